// Writes a register file as XLSX from its CSV form (exceljs streaming writer), with the cell types a spreadsheet
// gives: numbers as numbers, dd/mm/aaaa and aaaa-mm-dd as dates, the rest as text. Made the fixture
// tests/fixtures/padron-ejemplo.xlsx: `node --import tsx tests/support/register-xlsx.ts tests/fixtures/padron-ejemplo.csv tests/fixtures/padron-ejemplo.xlsx`
import fs from "node:fs";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

function typed(text: string): string | number | Date | null {
  if (text === "") return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const mx = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (iso) return new Date(Date.UTC(+iso[1], +iso[2] - 1, +iso[3]));
  if (mx) return new Date(Date.UTC(+mx[3], +mx[2] - 1, +mx[1]));
  // numbers a spreadsheet keeps as numbers (not phones with a leading +, not serials with letters)
  if (/^-?\d+(\.\d+)?$/.test(text) && text.length < 12) return Number(text);
  return text;
}

export async function csvToXlsx(csvFile: string, xlsxFile: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxFile, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet("Padrón");
  let header = true;
  for await (const record of fs.createReadStream(csvFile).pipe(parse({ bom: true, relax_column_count: true })) as AsyncIterable<string[]>) {
    const row = sheet.addRow(header ? record : record.map(typed));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy";
    });
    row.commit();
    header = false;
  }
  sheet.commit();
  await workbook.commit();
}

if (process.argv[1] && import.meta.filename === fs.realpathSync(process.argv[1])) await csvToXlsx(process.argv[2], process.argv[3]);
