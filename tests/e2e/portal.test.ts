// Workflow 1 through the built staff portal in Chromium: complaint at the front desk → verification → history.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { startServer, type RunningServer } from "../support/server-process.ts";

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
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("staff portal", () => {
  it("should take an excess-consumption complaint to a verification result in the user's history", async () => {
    const started = Date.now();
    try {
      await workflow();
    } catch (error) {
      await page.screenshot({ path: path.join(SHOTS, "failure.png"), fullPage: true }).catch(() => {});
      throw new Error(`${(error as Error).message}\nat ${page.url()}\n${(await mainText().catch(() => "")).slice(0, 2000)}`);
    }
    console.log(`[e2e] server ready in ${server.startupSeconds.toFixed(1)} s; scenario ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 180_000);
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
    expect(await page.getByTestId("order-assignee").innerText()).toMatch(/^Asignada a: .+ \(.+\)$/);
    const verifier = await page.getByTestId("order-assignee-username").innerText();
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
