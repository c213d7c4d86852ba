// A citizen follows a complaint on the public page /consulta (no login), in Chromium at a phone's width: the status
// and dates of the complaint and its order appear, with no name, address or amount; a wrong pair reads as unknown.
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { graphqlOverHttp, startServer, type RunningServer } from "../support/server-process.ts";
import { PortalPage, SHOTS } from "../support/portal-page.ts";

let server: RunningServer;
let browser: Browser;
let folio: string;

beforeAll(async () => {
  if (!fs.existsSync(path.resolve(import.meta.dirname, "../../web/build/handler.js"))) throw new Error("Build the portal first: npm run build");
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  const login = await graphqlOverHttp(server.apiUrl, `mutation { login(input: { username: "front_desk", password: "demo1234" }) { token } }`);
  const connection = await graphqlOverHttp(server.apiUrl, `{ serviceConnection(controlNumber: "100001") { id } }`, {}, login.body.data.login.token);
  const filed = await graphqlOverHttp(
    server.apiUrl,
    `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { complaint { folio } userErrors { message } } }`,
    { i: { connectionId: connection.body.data.serviceConnection.id, kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "Consumo de 95 m³ en octubre", reporterPhone: "667 123 4567" } },
    login.body.data.login.token,
  );
  folio = filed.body.data.fileComplaint.complaint.folio;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("folio tracking for citizens", () => {
  it("should show a citizen the status of a complaint and its order, without a login and without personal data", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "es-MX" });
    page.setDefaultTimeout(20_000);
    const citizen = new PortalPage(page, server.portalUrl, "consulta");
    try {
      await citizen.open("/consulta");
      await page.getByRole("heading", { name: "Consulta de su reporte" }).waitFor();
      expect(await page.getByRole("button", { name: "Cerrar sesión" }).count()).toBe(0);
      await citizen.screenshot("formulario");

      await page.getByLabel("Folio").fill(folio.toLowerCase());
      await page.getByLabel("Número de control de la toma").fill("100001");
      await page.getByRole("button", { name: "Consultar" }).click();
      await page.getByTestId("tracking").waitFor();
      const shown = await citizen.mainText();
      expect(shown).toContain(folio);
      expect(await page.getByTestId("tracking-status").innerText()).toBe("En verificación");
      expect(shown).toMatch(/OV-\d{4}-\d{6}/);
      expect(shown).toMatch(/\d{2}\/\d{2}\/\d{4}/);
      expect(shown).not.toMatch(/Pérez|Núñez|95 m³|\$/);
      await citizen.screenshot("estado");

      await page.emulateMedia({ media: "print" });
      expect(await page.getByRole("button", { name: "Imprimir" }).isVisible()).toBe(false);
      await citizen.screenshot("impresion");
      await page.emulateMedia({ media: "screen" });

      await page.getByLabel("Número de control de la toma").fill("100002");
      await page.getByRole("button", { name: "Consultar" }).click();
      await page.getByTestId("tracking-none").waitFor();
      expect(await page.getByTestId("tracking").count()).toBe(0);
      await citizen.screenshot("no-encontrado");

      await page.getByLabel("Número de control de la toma").fill("");
      await page.getByLabel("o teléfono con el que reportó").fill("(667) 123-4567");
      await page.getByRole("button", { name: "Consultar" }).click();
      await page.getByTestId("tracking").waitFor();
      expect(await page.getByTestId("tracking-status").innerText()).toBe("En verificación");
    } catch (error) {
      await page.screenshot({ path: path.join(SHOTS, "failure-consulta.png"), fullPage: true }).catch(() => {});
      throw new Error(`${(error as Error).message}\nat ${page.url()}\n${(await citizen.mainText().catch(() => "")).slice(0, 1500)}`);
    }
  });
});
