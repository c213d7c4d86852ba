// Workflow 4 through the built portal in Chromium: collections lists the delinquent connections of a crew, issues
// their limitation orders, prints the crew's list (its PDF parsed here); the head reads the list without the actions.
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { startServer, type RunningServer } from "../support/server-process.ts";
import { PortalPage, SHOTS } from "../support/portal-page.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.resolve(import.meta.dirname, "../../web/build/handler.js"))) throw new Error("Build the portal first: npm run build");
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function portal(prefix: string, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "es-MX", acceptDownloads: true });
  page.setDefaultTimeout(20_000);
  return new PortalPage(page, server.portalUrl, prefix);
}

async function scenario(p: PortalPage, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    await p.page.screenshot({ path: path.join(SHOTS, "failure-collections.png"), fullPage: true }).catch(() => {});
    throw new Error(`${(error as Error).message}\nat ${p.page.url()}\n${(await p.mainText().catch(() => "")).slice(0, 2000)}`);
  }
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: path.resolve("node_modules/pdfjs-dist/standard_fonts") + "/" }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push((await (await pdf.getPage(n)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" "));
  return pages.join("\n");
}

describe("delinquency and limitation in the portal", () => {
  it("should let collections issue a crew's limitation orders and print its list, and show the head the list without actions", async () => {
    const collections = await portal("cobranza");
    await scenario(collections, async () => {
      await collections.login("collections");
      await collections.page.getByRole("link", { name: "Morosos" }).click();
      await collections.page.getByRole("heading", { name: "Morosos por cuadrilla" }).waitFor();
      await collections.page.getByTestId("crew-totals").waitFor();
      await collections.screenshot("morosos");

      await collections.page.getByLabel("Cuadrilla", { exact: true }).selectOption({ label: "Cuadrilla 1" });
      await collections.page.getByRole("button", { name: "Filtrar" }).click();
      await collections.page.waitForURL(/cuadrilla=/);
      const boxes = collections.page.locator('input[name="connectionId"]');
      expect(await boxes.count()).toBeGreaterThan(2);
      const chosen = [];
      for (const i of [0, 1]) {
        const label = (await boxes.nth(i).getAttribute("aria-label"))!;
        chosen.push(label.replace("Emitir orden para la toma ", ""));
        await boxes.nth(i).check();
      }
      await collections.screenshot("morosos-cuadrilla-elegidas");
      await collections.page.getByRole("button", { name: "Emitir órdenes de limitación" }).click();
      await collections.page.waitForURL(/\/morosos\/cuadrilla\/\d+$/);
      const flash = await collections.page.getByTestId("flash").innerText();
      expect(flash).toMatch(/^2 órdenes de limitación emitidas \(OL-\d{4}-\d{6} a OL-\d{4}-\d{6}\)\./);
      const sheet = await collections.page.getByTestId("crew-orders").innerText();
      for (const control of chosen) expect(sheet).toContain(control);
      await collections.screenshot("cuadrilla-ordenes");

      const href = await collections.page.getByTestId("sheet-pdf").getAttribute("href");
      const pdf = await collections.page.request.get(`${server.portalUrl}${href}`);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      const text = await pdfText(await pdf.body());
      expect(text).toContain("Lista de limitación del servicio — Cuadrilla 1");
      expect(text).toContain("Jefe de cuadrilla: Juan Carlos Osuna Félix");
      for (const control of chosen) expect(text).toContain(control);
      for (const folio of flash.match(/OL-\d{4}-\d{6}/g)!) expect(text).toContain(folio);

      // back on the list, the two connections show their orders and can no longer be chosen
      await collections.page.getByRole("link", { name: "← Morosos de la cuadrilla" }).click();
      await collections.page.getByTestId("delinquency-rows").waitFor();
      for (const control of chosen) expect(await collections.page.locator(`input[aria-label="Emitir orden para la toma ${control}"]`).count()).toBe(0);
    });

    const head = await portal("jefatura-morosos");
    await scenario(head, async () => {
      await head.login("head");
      await head.open("/morosos?cuadrilla=1");
      await head.page.getByTestId("delinquency-rows").waitFor();
      expect(await head.page.locator('input[name="connectionId"]').count()).toBe(0);
      expect(await head.page.getByRole("button", { name: "Emitir órdenes de limitación" }).count()).toBe(0);
      await head.screenshot("morosos-solo-lectura");
    });
  });
});
