// Workflow 1 through the built staff portal in Chromium: complaint at the front desk → verification → history.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { graphqlOverHttp, startServer, type RunningServer } from "../support/server-process.ts";
import { PortalClient } from "../support/portal-http.ts";
import { DEMO_STAFF } from "../../server/src/db/demo-names.ts";

const SHOTS = path.resolve(import.meta.dirname, "screenshots");
const PASSWORD = "demo1234";

let server: RunningServer;
let browser: Browser;
let page: Page;
let shot = 0;

async function screenshot(name: string) {
  shot += 1;
  await page.screenshot({ path: path.join(SHOTS, `${String(shot).padStart(2, "0")}-${name}.png`), fullPage: true });
}

/** Loads a page and waits until its scripts are in: text typed before hydration can be lost. */
async function open(url: string) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
}

async function login(username: string) {
  await open(`${server.portalUrl}/login`);
  await page.getByLabel("Usuario").fill(username);
  await page.getByLabel("Contraseña").fill(PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await page.getByRole("button", { name: "Cerrar sesión" }).waitFor();
}

async function logout() {
  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await page.waitForURL(/\/login$/);
  await page.getByRole("heading", { name: "Iniciar sesión" }).waitFor();
}

const mainText = () => page.locator("main").innerText();

beforeAll(async () => {
  if (!fs.existsSync(path.resolve(import.meta.dirname, "../../web/build/handler.js"))) throw new Error("Build the portal first: npm run build");
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "es-MX" });
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

/** Runs a scenario in the browser; on failure, a screenshot and the page's text go with the error. */
async function inBrowser(scenario: () => Promise<void>) {
  const started = Date.now();
  try {
    await scenario();
  } catch (error) {
    await page.screenshot({ path: path.join(SHOTS, "failure.png"), fullPage: true }).catch(() => {});
    throw new Error(`${(error as Error).message}\nat ${page.url()}\n${(await mainText().catch(() => "")).slice(0, 2000)}`);
  }
  console.log(`[e2e] server ready in ${server.startupSeconds.toFixed(1)} s; scenario ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A new browser window with no cookies. */
async function freshPage() {
  await page.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "es-MX" });
  page.setDefaultTimeout(20_000);
}

const focusedId = () => page.evaluate<string>(`document.activeElement?.id ?? ""`);

describe("staff portal", () => {
  it("should take an excess-consumption complaint to a verification result in the user's history", () => inBrowser(workflow), 180_000);

  it("should keep what was typed when the session is revoked while a complaint is being filled in", () => inBrowser(sessionExpiry), 120_000);
});

describe("login redirect (HTTP against the built portal)", () => {
  // raw query strings, as an attacker would send them; the first two are the reported ones (evil.example; a 500)
  const HOSTILE_NEXT = [
    "%2F%09%2Fevil.example",
    "%2F%0A%2Fevil.example",
    "%2F%0D%0ASet-Cookie%3A%20a%3Db",
    "%2F%5Cevil.example",
    "%2F%2Fevil.example",
    "%2F.%2F%2Fevil.example",
    "https%3A%2F%2Fevil.example",
    "javascript%3Aalert(1)",
  ];

  it("should send the staff member to / after logging in when next is hostile", async () => {
    const browser = new PortalClient(server.portalUrl);
    const login = await browser.login("front_desk", PASSWORD, `?next=${HOSTILE_NEXT[0]}`);
    expect([login.status, login.location]).toEqual([303, "/"]);
    for (const next of HOSTILE_NEXT) {
      const visit = await browser.get(`/login?next=${next}`);
      expect([next, visit.status, visit.location]).toEqual([next, 303, "/"]);
    }
    expect((await browser.get("/login?next=%2Ftomas%2F100001")).location).toBe("/tomas/100001");
  });
});

describe("a form sent after the session expired (HTTP, as without JavaScript)", () => {
  const FORM = "/tomas/100003/queja";
  const complaint = (description: string) => ({ kind: "COMPLAINT", category: "LOW_PRESSURE", channel: "PHONE", description, reporterName: "Vecina", reporterPhone: "(667) 123 4567" });

  /** Logs `username` in, then loses the session cookie (as when it expires in the browser) and posts the form. */
  async function postWithoutSession(browser: PortalClient, username: string, description: string) {
    await browser.login(username, PASSWORD);
    browser.cookies.delete("ventanilla_portal");
    return browser.post(FORM, complaint(description));
  }

  it("should give the typed fields back on the same page after the same staff member logs in again", async () => {
    const browser = new PortalClient(server.portalUrl);
    const sent = await postWithoutSession(browser, "front_desk", "Baja presión por las tardes desde hace una semana");
    expect([sent.status, sent.location]).toEqual([303, `/login?next=${encodeURIComponent(FORM)}&expirada=1`]);
    expect(sent.location).not.toContain("presi");
    const loginPage = (await browser.get(sent.location!)).body;
    expect(loginPage).toContain("Su sesión expiró. Inicie sesión de nuevo para continuar.");
    expect(loginPage).toContain("Lo que estaba escribiendo se conservó.");

    const again = await browser.login("front_desk", PASSWORD, sent.location!.slice("/login".length));
    expect(again.location).toBe(FORM);
    const form = (await browser.get(FORM)).body;
    expect(form).toContain("Su sesión expiró. Recuperamos lo que había escrito");
    expect(form).toContain("Baja presión por las tardes desde hace una semana");
    expect(form).toContain('value="(667) 123 4567"');
    // given back once
    expect((await browser.get(FORM)).body).not.toContain("Baja presión por las tardes");
  });

  it("should not give the typed fields to another staff member who logs in on the same browser", async () => {
    const browser = new PortalClient(server.portalUrl);
    const sent = await postWithoutSession(browser, "front_desk", "Texto de otra persona que no debe verse");
    await browser.login("front_desk2", PASSWORD, sent.location!.slice("/login".length));
    expect((await browser.get(FORM)).body).not.toContain("Texto de otra persona");
  });
});

async function workflow() {
  {

    // a wrong password is refused with the API's message
    await open(`${server.portalUrl}/`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel("Usuario").fill("front_desk");
    await page.getByLabel("Contraseña").fill("incorrecta");
    await page.getByRole("button", { name: "Entrar" }).click();
    await page.getByText("Usuario o contraseña incorrectos").waitFor();
    await screenshot("login-error");

    // front desk: find the connection and file the complaint
    await login("front_desk");
    await page.getByRole("heading", { name: "Búsqueda de tomas" }).waitFor();
    await screenshot("busqueda");
    await page.getByLabel("Nombre del titular o número de control").fill("José Pérez");
    await page.getByRole("button", { name: "Buscar" }).click();
    await page.waitForURL(/\?q=/);
    await page.getByRole("link", { name: "100001" }).waitFor();
    expect(await mainText()).toContain("José Pérez Núñez");
    await screenshot("resultados");

    await page.getByRole("link", { name: "100001" }).click();
    await page.getByRole("heading", { name: "Ficha del usuario" }).waitFor();
    const card = await mainText();
    expect(card).toContain("José Pérez Núñez");
    expect(card).toContain("Angostura");
    expect(card).toContain("Saldo"); // FRONT_DESK reads balances
    expect(card).toContain("CURP");
    expect(card).not.toMatch(/\bnull\b|undefined/);
    await screenshot("ficha");

    await page.getByRole("link", { name: "Nueva queja" }).click();
    await page.getByRole("heading", { name: "Nueva queja" }).waitFor();
    await page.getByLabel("Queja", { exact: true }).check();
    await page.getByLabel("Categoría").selectOption("EXCESS_CONSUMPTION");
    await page.getByLabel("Medio de recepción").selectOption("IN_PERSON");
    await page.getByLabel(/Descripción/).fill("El recibo de octubre llegó con 45 m³ y en casa viven dos personas.");
    expect(await page.getByLabel("Nombre de quien reporta").inputValue()).toBe("José Pérez Núñez");
    await screenshot("nueva-queja");
    await page.getByRole("button", { name: "Registrar queja" }).click();

    await page.getByTestId("complaint-folio").waitFor();
    expect(await page.getByTestId("complaint-folio").innerText()).toMatch(/^Q-\d{4}-\d{6}$/);
    const orderFolio = await page.getByTestId("order-folio").innerText();
    expect(orderFolio).toMatch(/^OV-\d{4}-\d{6}$/);
    // the verifier by name, as the clerk tells the customer (never the account name)
    const assigned = (await page.getByTestId("order-assignee-name").innerText()).trim();
    expect(await page.getByTestId("order-assignee").innerText()).toBe(`Asignada a: ${assigned}`);
    const verifier = DEMO_STAFF.find((s) => s.fullName === assigned && s.role === "VERIFIER")!.username;
    expect(await mainText()).toContain("Fecha límite");
    await screenshot("queja-registrada");
    await logout();

    // the assigned verifier: lands on its orders, records the result
    await login(verifier);
    await page.waitForURL(/\/ordenes$/);
    await page.getByRole("heading", { name: "Mis órdenes" }).waitFor();
    await page.getByRole("link", { name: orderFolio }).waitFor();
    await screenshot("mis-ordenes");

    await page.getByRole("link", { name: orderFolio }).click();
    await page.getByRole("heading", { name: "Registrar resultado" }).waitFor();
    const order = await mainText();
    expect(order).toContain("José Pérez Núñez");
    expect(order).toContain("100001");
    expect(order).not.toContain("Saldo"); // VERIFIER may not read balances: the field is withheld, not shown
    expect(order).not.toMatch(/\bnull\b|undefined/);
    await screenshot("orden");

    // the API insists on the m³ even when the browser's hint is bypassed, and its userError reaches the page
    await page.getByLabel("El medidor registra de más").check();
    await page.locator("#excessM3").evaluate((input) => input.removeAttribute("required"));
    await page.getByRole("button", { name: "Registrar resultado" }).click();
    await page.getByText("Indique los m³ que el medidor registra de más (mayor que 0)").waitFor();
    await screenshot("orden-sin-m3");

    await page.getByLabel(/m³ de más/).fill("12");
    await page.getByLabel("Notas").fill("Medidor con engrane dañado; registra de más.");
    await page.getByRole("button", { name: "Registrar resultado" }).click();
    await page.waitForURL(/\/ordenes$/);
    await page.getByTestId("flash").waitFor();
    expect(await page.getByTestId("flash").innerText()).toContain("Resultado registrado");
    await screenshot("resultado-registrado");
    await logout();

    // front desk again: the result is in the user's history
    await login("front_desk");
    await open(`${server.portalUrl}/tomas/100001`);
    await page.getByRole("heading", { name: "Ficha del usuario" }).waitFor();
    expect(await page.locator("#historial").innerText()).toContain("registra de más (12.00 m³)");
    await screenshot("ficha-historial");
    await logout();
  }
}

async function sessionExpiry() {
  await freshPage();
  await login("front_desk");
  await page.getByRole("heading", { name: "Búsqueda de tomas" }).waitFor();
  expect(await focusedId()).toBe("q"); // the search box has focus on arrival

  // a hostile next is ignored by a logged-in browser too
  await open(`${server.portalUrl}/login?next=%2F%09%2Fevil.example`);
  expect(page.url()).toBe(`${server.portalUrl}/`);

  await open(`${server.portalUrl}/tomas/100002/queja`);
  await page.getByLabel("Categoría").selectOption("LOW_PRESSURE");
  await page.getByLabel("Medio de recepción").selectOption("PHONE");
  const description = "Desde el lunes casi no llega agua por las tardes; los vecinos de la misma calle dicen lo mismo.";
  await page.getByLabel(/Descripción/).fill(description);
  await page.getByLabel(/Teléfono de contacto/).fill("667 123 45");

  // the session is revoked in the API while the form is on screen
  const token = (await page.context().cookies()).find((c) => c.name === "ventanilla_portal")!.value;
  expect((await graphqlOverHttp(server.apiUrl, "mutation { logout }", {}, token)).body.data).toEqual({ logout: true });
  await page.getByRole("button", { name: "Registrar queja" }).click();
  await page.waitForURL(/\/login\?next=%2Ftomas%2F100002%2Fqueja&expirada=1$/);
  expect(await page.getByTestId("session-expired").innerText()).toContain("Su sesión expiró");
  await screenshot("sesion-expirada");

  await page.getByLabel("Usuario").fill("front_desk");
  await page.getByLabel("Contraseña").fill(PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await page.waitForURL(/\/tomas\/100002\/queja$/);
  expect(await page.getByTestId("restored-form").innerText()).toContain("Su sesión expiró");
  expect(await page.getByLabel(/Descripción/).inputValue()).toBe(description);
  expect(await page.getByLabel("Categoría").inputValue()).toBe("LOW_PRESSURE");
  expect(await page.getByLabel("Medio de recepción").inputValue()).toBe("PHONE");
  expect(await page.getByLabel(/Teléfono de contacto/).inputValue()).toBe("667 123 45");
  await screenshot("formulario-recuperado");

  // the API refuses the phone: its message is shown at the field, which gets the focus
  await page.getByRole("button", { name: "Registrar queja" }).click();
  const phone = page.getByLabel(/Teléfono de contacto/);
  await page.locator("#reporterPhone-error").waitFor();
  expect(await page.locator("#reporterPhone-error").innerText()).toMatch(/^El teléfono de contacto no es un número de teléfono/);
  expect(await phone.getAttribute("aria-invalid")).toBe("true");
  expect(await phone.getAttribute("aria-describedby")).toBe("reporterPhone-error");
  await page.waitForFunction(`document.activeElement?.id === "reporterPhone"`);
  expect(await page.getByLabel(/Descripción/).inputValue()).toBe(description);
  expect(await page.getByTestId("restored-form").count()).toBe(0); // the notice was about the form as it came back
  await screenshot("telefono-rechazado");

  await phone.fill("(667) 123 4567");
  await page.getByRole("button", { name: "Registrar queja" }).click();
  await page.getByTestId("complaint-folio").waitFor();
  expect(await page.getByTestId("complaint-folio").innerText()).toMatch(/^Q-\d{4}-\d{6}$/);
  await screenshot("queja-con-telefono");
}
