// The month's transparency report as a PDF: the figures of the CSV, with each breakdown drawn as vector bars.
import PDFDocument from "pdfkit";
import { CHANNELS, COMPLAINT_CATEGORIES, COMPLAINT_STATUSES, VERIFICATION_OUTCOMES, WORK_ORDER_TYPES } from "$lib/labels";
import { figureRows, monthTitle, type TransparencyFigures } from "$shared/transparency-figures";

const BLUE = "#0a6ea8";
const INK = "#1c2530";
const MUTED = "#5b6776";

export interface PdfReport {
  year: number;
  month: number;
  figures: TransparencyFigures;
  snapshot: { version: number; generatedAt: string; sha256: string } | null;
  printedAt: string;
}

type Doc = InstanceType<typeof PDFDocument>;

function bars(doc: Doc, title: string, rows: { label: string; value: number }[]) {
  const left = doc.page.margins.left;
  const labelWidth = 170;
  const trackWidth = doc.page.width - left - doc.page.margins.right - labelWidth - 40;
  const max = Math.max(1, ...rows.map((r) => r.value));
  if (doc.y + 22 + rows.length * 16 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.6).font("Helvetica-Bold").fontSize(11).fillColor(INK).text(title, left);
  doc.moveDown(0.3);
  for (const row of rows) {
    const y = doc.y;
    doc.font("Helvetica").fontSize(9).fillColor(INK).text(row.label, left, y, { width: labelWidth - 8 });
    doc.rect(left + labelWidth, y + 1, trackWidth, 9).fill("#eceff2");
    if (row.value > 0) doc.rect(left + labelWidth, y + 1, (row.value / max) * trackWidth, 9).fill(BLUE);
    doc.fillColor(INK).text(String(row.value), left + labelWidth + trackWidth + 6, y, { width: 34, align: "right" });
    doc.y = y + 15;
  }
}

/** Renders the report; resolves with the PDF's bytes. */
export function transparencyPdf(report: PdfReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: "LETTER", margin: 50, info: { Title: `Informe de transparencia — ${monthTitle(report.year, report.month)}`, Author: "Ventanilla" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const f = report.figures;
  const keyed = <K extends string>(rows: { key: K; count: number }[], labels: Record<K, string>) => rows.map((r) => ({ label: labels[r.key] ?? r.key, value: r.count }));

  doc.font("Helvetica-Bold").fontSize(16).fillColor("#0b3556").text("Departamento de Asistencia al Usuario");
  doc.font("Helvetica").fontSize(12).fillColor(INK).text(`Informe de transparencia — ${monthTitle(report.year, report.month)}`);
  doc.fontSize(9).fillColor(MUTED);
  doc.text(report.snapshot ? `Versión ${report.snapshot.version}, cifras congeladas el ${report.snapshot.generatedAt}` : "Cifras preliminares (sin versión generada)");
  if (report.snapshot) doc.text(`Sello SHA-256: ${report.snapshot.sha256}`);
  doc.text(`Impreso el ${report.printedAt}`);

  bars(doc, `Quejas por categoría (${f.complaintsFiled} en el mes)`, keyed(f.complaintsByCategory, COMPLAINT_CATEGORIES));
  bars(doc, "Quejas por medio de recepción", keyed(f.complaintsByChannel, CHANNELS));
  bars(doc, "Quejas registradas en el mes, por estado al generar el informe", keyed(f.complaintsByStatus, COMPLAINT_STATUSES));
  bars(doc, "Órdenes emitidas por tipo", f.workOrdersByType.map((o) => ({ label: WORK_ORDER_TYPES[o.type], value: o.issued })));
  bars(doc, "Verificaciones por resultado", keyed(f.verificationsByOutcome, VERIFICATION_OUTCOMES));

  doc.addPage();
  doc.font("Helvetica-Bold").fontSize(12).fillColor("#0b3556").text("Todas las cifras");
  let section = "";
  for (const row of figureRows(f)) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
    if (row.section !== section) {
      section = row.section;
      doc.moveDown(0.4).font("Helvetica-Bold").fontSize(10).fillColor(INK).text(section);
    }
    const y = doc.y;
    doc.font("Helvetica").fontSize(9).fillColor(INK).text(row.label, doc.page.margins.left + 12, y, { width: 330 });
    doc.text(row.value, doc.page.margins.left + 350, y, { width: 120, align: "right" });
    doc.y = Math.max(doc.y, y + 12);
  }
  doc.end();
  return done;
}
