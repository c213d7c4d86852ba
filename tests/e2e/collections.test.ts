// Workflows 4 and 5 through the built portal in Chromium: collections lists the delinquent connections of a crew,
// issues their limitation orders, prints the crew's list (its PDF parsed here), pauses and resumes an order and records
// the crew's results with the batch form (one row refused, named with its reason, the other kept); the head reads the list without the
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
      // the header's box marks the whole page and clears it again
      const all = collections.page.getByLabel("Marcar todas las tomas de esta página");
      await all.check();
      expect(await collections.page.locator('input[name="connectionId"]:checked').count()).toBe(await boxes.count());
      await all.uncheck();
      expect(await collections.page.locator('input[name="connectionId"]:checked').count()).toBe(0);
      const chosen = [];
      for (const i of [0, 1]) {
        const label = (await boxes.nth(i).getAttribute("aria-label"))!;
        chosen.push(label.replace("Emitir orden para la toma ", ""));
        await boxes.nth(i).check();
      }
      await collections.screenshot("morosos-cuadrilla-elegidas");
      await collections.page.getByRole("button", { name: "Emitir órdenes de limitación" }).click();
      await collections.page.waitForURL(/\/morosos\/cuadrilla\/[A-Za-z0-9_-]+$/);
      const sheetPath = new URL(collections.page.url()).pathname;
      const flash = await collections.page.getByTestId("flash").innerText();
      expect(flash).toMatch(/^2 órdenes de limitación emitidas \(OL-\d{4}-\d{6} a OL-\d{4}-\d{6}\)\./);
      const sheet = await collections.page.getByTestId("crew-orders").innerText();
      for (const control of chosen) expect(sheet).toContain(control);
      await collections.screenshot("cuadrilla-ordenes");
      // the print view: the sheet and its signature lines, without the result columns collections fills in later
      await collections.page.emulateMedia({ media: "print" });
      expect(await collections.page.getByText("Nombre y firma").first().isVisible()).toBe(true);
      expect(await collections.page.getByTestId("print-letterhead").innerText()).toMatch(/Junta Municipal de Agua Potable[\s\S]*Cobranza/);
      expect(await collections.page.getByRole("columnheader", { name: "Resultado" }).isVisible()).toBe(false);
      await collections.screenshot("cuadrilla-vista-impresion");
      await collections.page.emulateMedia({ media: "screen" });

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

      // the crew comes back: a result for each row of its list, chosen on the sheet
      const [first, second] = flash.match(/OL-\d{4}-\d{6}/g)!;
      await collections.open(sheetPath);
      await collections.page.getByLabel(`Resultado de la orden ${first}`).selectOption({ label: "Servicio limitado" });
      await collections.page.getByLabel(`Notas de la orden ${first}`).fill("Se colocó el limitador");
      await collections.page.getByLabel(`Resultado de la orden ${second}`).selectOption({ label: "Domicilio no localizado" });
      await collections.screenshot("cuadrilla-resultados-elegidos");

      // meanwhile, at another desk of collections, the second order is paused from its page: the customer asked for an appointment
      const other = await portal("cobranza-otro-equipo");
      await other.login("collections");
      await other.open(sheetPath);
      await other.page.getByRole("link", { name: second }).click();
      await other.page.getByRole("heading", { name: new RegExp(second), level: 1 }).waitFor();
      await other.page.getByLabel("¿Qué falta del usuario? (motivo de la pausa)").fill("El usuario pidió una cita para el lunes");
      await other.page.getByRole("button", { name: "Pausar" }).click();
      await other.page.getByTestId("order-paused").waitFor();
      expect(await other.page.getByTestId("flash").innerText()).toContain(`Orden ${second} en pausa`);
      expect(await other.page.getByRole("button", { name: "Reanudar" }).count()).toBe(1);
      expect(await other.page.getByRole("button", { name: "Pausar" }).count()).toBe(0);
      await other.screenshot("orden-en-pausa");
      await other.open("/ordenes");
      expect(await other.page.getByRole("row").filter({ hasText: second }).innerText()).toContain("En pausa");

      // the list is sent as it was: the first row is recorded, the second is named with its reason and stays
      await collections.page.getByRole("button", { name: "Registrar resultados" }).click();
      const report = collections.page.getByTestId("results-report");
      await report.waitFor();
      expect(await report.getByRole("status").innerText()).toBe("1 resultado registrado; 1 sin registrar (sigue en la lista).");
      const reportRows = await report.locator("tbody tr").allInnerTexts();
      expect(reportRows[0]).toContain(first);
      expect(reportRows[0]).toContain("Registrado");
      expect(reportRows[1]).toContain(second);
      expect(reportRows[1]).toContain(`Sin registrar La orden ${second} está en pausa: reanúdela antes de continuar`);
      await collections.page.getByTestId("crew-orders").getByRole("link", { name: first }).waitFor({ state: "detached" });
      expect(await collections.page.getByTestId("crew-orders").innerText()).toContain("En pausa: reanúdela en la orden");
      await collections.screenshot("cuadrilla-informe-parcial");

      // resumed from its page, the second order takes its result
      await collections.page.getByRole("link", { name: second }).click();
      await collections.page.getByRole("button", { name: "Reanudar" }).click();
      await collections.page.waitForURL(/\/ordenes\//);
      expect(await collections.page.getByTestId("flash").innerText()).toContain(`Orden ${second} reanudada`);
      expect(await collections.page.getByTestId("order-paused").count()).toBe(0);
      await collections.screenshot("orden-reanudada");
      await collections.open(sheetPath);
      await collections.page.getByLabel(`Resultado de la orden ${second}`).selectOption({ label: "No se permitió la limitación" });
      await collections.page.getByRole("button", { name: "Registrar resultados" }).click();
      await collections.page.getByTestId("results-report").waitFor();
      expect(await collections.page.getByTestId("results-report").getByRole("status").innerText()).toBe("1 resultado registrado.");
      await collections.page.getByText("La cuadrilla no tiene órdenes de limitación abiertas.").waitFor();
      await collections.screenshot("cuadrilla-sin-pendientes");

      // the connections' history tells it all: the limitation, the pause and its resumption
      await collections.open(`/tomas/${chosen[0]}`);
      expect(await collections.mainText()).toContain("Limitada");
      await collections.open(`/tomas/${chosen[1]}`);
      const history = await collections.mainText();
      expect(history).toContain(`Limitación del servicio ${second} en pausa: se espera al usuario`);
      expect(history).toContain(`Limitación del servicio ${second} reanudada`);
      await collections.screenshot("ficha-historial-pausa");
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
      // the charts (Chart.js canvases, tests/e2e/board.test.ts checks they are drawn) and their tables
      expect(await head.page.locator('[data-testid^="chart-"] canvas').count()).toBe(5);
      expect(await head.page.getByTestId("table-ordenes").locator("tbody tr").count()).toBeGreaterThan(0);
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
