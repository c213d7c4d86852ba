// Workflows 4 and 5 through the built portal in Chromium: collections lists the delinquent connections of a crew,
// issues their limitation orders, prints the crew's list (its PDF parsed here); the head reads the list without the
// actions, then its tablero and pending work; a verifier is offered neither.
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { usePortalServer } from "../support/e2e-portal.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";

const e2e = usePortalServer("collections", { acceptDownloads: true });
const { portal, scenario } = e2e;

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
      await collections.page.waitForURL(/\/morosos\/cuadrilla\/[A-Za-z0-9_-]+$/);
      const flash = await collections.page.getByTestId("flash").innerText();
      expect(flash).toMatch(/^2 órdenes de limitación emitidas \(OL-\d{4}-\d{6} a OL-\d{4}-\d{6}\)\./);
      const sheet = await collections.page.getByTestId("crew-orders").innerText();
      for (const control of chosen) expect(sheet).toContain(control);
      await collections.screenshot("cuadrilla-ordenes");

      const href = await collections.page.getByTestId("sheet-pdf").getAttribute("href");
      const pdf = await collections.page.request.get(`${e2e.server.portalUrl}${href}`);
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
      await head.open(`/morosos?cuadrilla=${toGlobalId("Crew", 1)}`);
      await head.page.getByTestId("delinquency-rows").waitFor();
      expect(await head.page.locator('input[name="connectionId"]').count()).toBe(0);
      expect(await head.page.getByRole("button", { name: "Emitir órdenes de limitación" }).count()).toBe(0);
      await head.screenshot("morosos-solo-lectura");
    });
  });

  it("should give the head its tablero with figures, charts and tables, and its pending work overdue first", async () => {
    const head = await portal("jefatura-tablero");
    await scenario(head, async () => {
      await head.login("head");
      await head.page.getByRole("link", { name: "Tablero" }).click();
      await head.page.getByRole("heading", { name: "Tablero del departamento" }).waitFor();
      const figures = await head.page.getByTestId("board-figures").innerText();
      expect(figures).toContain("Órdenes abiertas");
      expect(figures).toContain("Vencidas");
      expect(await head.page.locator("figure.bars svg").count()).toBe(2);
      expect(await head.page.getByTestId("board-by-type").locator("tbody tr").count()).toBeGreaterThan(0);
      await head.screenshot("tablero");

      await head.page.getByRole("link", { name: "Pendientes de la jefatura" }).click();
      await head.page.getByRole("heading", { name: "Pendientes de la jefatura" }).waitFor();
      const rows = head.page.getByTestId("pending-work").locator("tbody tr");
      expect(await rows.count()).toBeGreaterThan(0);
      // overdue first: no overdue row after one that is not
      const situations = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td:last-child")?.textContent ?? ""));
      const firstNotOverdue = situations.findIndex((s) => !s.includes("Vencida"));
      if (firstNotOverdue >= 0) expect(situations.slice(firstNotOverdue).some((s) => s.includes("Vencida"))).toBe(false);
      await head.screenshot("pendientes");
      await rows.first().locator("a").click();
      await head.page.waitForURL(/\/(ordenes|solicitudes)\/.+/);
    });

    const verifier = await portal("verificador-sin-tablero", 390);
    await scenario(verifier, async () => {
      await verifier.login("verifier");
      expect(await verifier.page.getByRole("link", { name: "Tablero" }).count()).toBe(0);
      expect(await verifier.page.getByRole("link", { name: "Morosos" }).count()).toBe(0);
      await verifier.open("/tablero");
      expect(await verifier.mainText()).toContain("El tablero es de la jefatura y la gerencia.");
    });
  });
});
