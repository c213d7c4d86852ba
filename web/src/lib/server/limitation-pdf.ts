// A crew's limitation list on paper (workflow 4): what its leader takes to the field and brings back signed. Rows are
// the crew's open SERVICE_LIMITATION orders, each with its folio; a column to write the result by hand.
// Only pdfkit here (no portal aliases), so a test renders it directly.
import PDFDocument from "pdfkit";

export interface LimitationSheetRow {
  folio: string;
  controlNumber: string;
  holderName: string;
  address: string;
  localityName: string;
  balance: string;
  periodsOwed: number;
}

export interface LimitationSheet {
  crewName: string;
  leaderName: string;
  /** "30/11/2026 10:15", in the utility's time zone */
  printedAt: string;
  rows: LimitationSheetRow[];
}

const INK = "#1c2530";
const MUTED = "#5b6776";
const HEAD = "#0b3556";

type Doc = InstanceType<typeof PDFDocument>;

// column x offsets and widths on a landscape letter page (792 × 612 pt, 36 pt margins)
const COLUMNS = [
  { key: "n", title: "#", width: 22 },
  { key: "folio", title: "Folio", width: 82 },
  { key: "controlNumber", title: "No. control", width: 60 },
  { key: "holderName", title: "Titular", width: 130 },
  { key: "address", title: "Domicilio", width: 150 },
  { key: "localityName", title: "Localidad", width: 72 },
  { key: "balance", title: "Adeudo", width: 62, align: "right" as const },
  { key: "periodsOwed", title: "Periodos", width: 42, align: "right" as const },
  { key: "result", title: "Resultado (limitada / no localizada / pagó / se negó)", width: 100 },
];

function header(doc: Doc, sheet: LimitationSheet, page: number) {
  doc.font("Helvetica-Bold").fontSize(13).fillColor(HEAD).text("Junta Municipal de Agua Potable y Alcantarillado — Cobranza", 36, 30);
  doc.font("Helvetica-Bold").fontSize(11).fillColor(INK).text(`Lista de limitación del servicio — ${sheet.crewName}`);
  doc.font("Helvetica").fontSize(9).fillColor(MUTED);
  doc.text(`Jefe de cuadrilla: ${sheet.leaderName}   ·   Impresa el ${sheet.printedAt}   ·   ${sheet.rows.length} ${sheet.rows.length === 1 ? "orden" : "órdenes"}   ·   Hoja ${page}`);
  doc.text("Limitación del servicio por adeudo (Ley de Agua Potable y Alcantarillado del Estado de Sinaloa, art. 51): se limita, no se suspende.");
  doc.moveDown(0.5);
  tableRow(doc, Object.fromEntries(COLUMNS.map((c) => [c.key, c.title])), true);
}

function tableRow(doc: Doc, cells: Record<string, string>, bold = false) {
  const y = doc.y;
  let x = 36;
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(bold ? 7.5 : 8).fillColor(INK);
  let height = 0;
  for (const c of COLUMNS) {
    const text = cells[c.key] ?? "";
    doc.text(text, x + 2, y + 3, { width: c.width - 4, align: c.align ?? "left" });
    height = Math.max(height, doc.heightOfString(text, { width: c.width - 4 }));
    x += c.width;
  }
  const rowHeight = Math.max(bold ? 14 : 20, height + 6);
  doc.lineWidth(0.5).strokeColor("#9aa5b1").rect(36, y, x - 36, rowHeight).stroke();
  doc.y = y + rowHeight;
  doc.x = 36;
}

/** Renders the sheet; resolves with the PDF's bytes. */
export function limitationSheetPdf(sheet: LimitationSheet, formatMoney: (amount: string) => string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "LETTER", layout: "landscape", margin: 36, info: { Title: `Lista de limitación — ${sheet.crewName}`, Author: "Ventanilla" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  let page = 1;
  header(doc, sheet, page);
  sheet.rows.forEach((row, i) => {
    if (doc.y > doc.page.height - 70) {
      doc.addPage();
      header(doc, sheet, ++page);
    }
    tableRow(doc, { n: String(i + 1), ...row, balance: formatMoney(row.balance), periodsOwed: String(row.periodsOwed), result: "" });
  });
  if (!sheet.rows.length) doc.moveDown().font("Helvetica").fontSize(10).text("La cuadrilla no tiene órdenes de limitación abiertas.");
  if (doc.y > doc.page.height - 110) doc.addPage();
  const y = Math.max(doc.y + 50, doc.page.height - 90);
  doc.lineWidth(0.8).strokeColor(INK);
  for (const [x, who, name] of [[80, "Jefe de cuadrilla", sheet.leaderName], [460, "Recibe (Cobranza)", ""]] as const) {
    doc.moveTo(x, y).lineTo(x + 250, y).stroke();
    doc.font("Helvetica").fontSize(9).fillColor(INK).text(`${who}${name ? `: ${name}` : ""}`, x, y + 4, { width: 250, align: "center" });
    doc.fillColor(MUTED).text("Nombre y firma", x, y + 16, { width: 250, align: "center" });
  }
  doc.end();
  return done;
}
