// The crew's limitation list as a PDF: it opens, and its text holds the crew, the leader, every row and the signature lines.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { limitationSheetPdf, type LimitationSheetRow } from "../../web/src/lib/server/limitation-pdf.ts";

async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: path.resolve("node_modules/pdfjs-dist/standard_fonts") + "/" }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push((await (await pdf.getPage(n)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" "));
  return pages;
}

const money = (amount: string) => `$${Number(amount).toFixed(2)}`;
const row = (n: number): LimitationSheetRow => ({
  folio: `OL-2026-${String(n).padStart(6, "0")}`, controlNumber: String(100000 + n), holderName: `Titular Número ${n}`, address: `Calle Obregón ${n}, Centro`,
  localityName: "La Reforma", balance: `${1000 + n}.50`, periodsOwed: 3,
});

describe("limitation sheet PDF", () => {
  it("should hold the crew, its leader, the date, each order's row and the signature lines", async () => {
    const pdf = await limitationSheetPdf({ crewName: "Cuadrilla Norte", leaderName: "Ramón Félix Soto", printedAt: "30/11/2026 10:15", rows: [row(1), row(2)] }, money);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const [text, ...rest] = await pdfPages(pdf);
    expect(rest).toEqual([]);
    for (const fragment of ["Lista de limitación del servicio — Cuadrilla Norte", "Jefe de cuadrilla: Ramón Félix Soto", "Impresa el 30/11/2026 10:15", "2 órdenes",
      "OL-2026-000001", "100001", "Titular Número 1", "Calle Obregón 1, Centro", "$1001.50", "OL-2026-000002", "Titular Número 2", "Recibe (Cobranza)", "Nombre y firma"]) {
      expect(text).toContain(fragment);
    }
  });

  it("should continue a long list on further pages, repeating the heading, with every row once", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(i + 1));
    const pages = await pdfPages(await limitationSheetPdf({ crewName: "Cuadrilla Sur", leaderName: "Lucía Armenta", printedAt: "30/11/2026 10:15", rows }, money));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain("Lista de limitación del servicio — Cuadrilla Sur");
    const all = pages.join(" ");
    for (const r of rows) expect(all.split(r.folio).length - 1).toBe(1);
  });
});
