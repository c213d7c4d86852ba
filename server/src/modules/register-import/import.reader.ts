// Reads the register file as a stream of rows, never the whole file in memory: CSV with csv-parse, XLSX (the first
// worksheet) with exceljs's streaming reader. Both give the same rows: the first row holds the headers.
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, mapHeaders, type ImportColumn, type RawRow } from "./import.columns.ts";

export type RegisterFileFormat = "csv" | "xlsx";

/** The file's format, by its name (.xlsx; anything else is read as CSV). */
export function registerFileFormat(fileName: string): RegisterFileFormat {
  return path.extname(fileName).toLowerCase() === ".xlsx" ? "xlsx" : "csv";
}

/** Data rows of a register file (first row the headers), numbered from 1. */
export async function* readRegisterFile(file: string, format = registerFileFormat(file)): AsyncGenerator<{ rowNumber: number; raw: RawRow }> {
  let columns: ReturnType<typeof mapHeaders> | null = null;
  let rowNumber = 0;
  for await (const record of format === "xlsx" ? xlsxRecords(file) : csvRecords(file)) {
    if (!columns) {
      columns = mapHeaders(record);
      continue;
    }
    if (record.every((cell) => !cell)) continue;
    rowNumber += 1;
    const raw: RawRow = {};
    columns.forEach((column, i) => {
      if (column) raw[column] = record[i];
    });
    yield { rowNumber, raw };
  }
}

/** Columns a register file cannot do without (every row needs them). */
const REQUIRED: ImportColumn[] = ["controlNumber", "fullName", "street", "locality"];

/** The required columns the file's headers row lacks (by their first Spanish name); empty when it has them all. */
export async function missingColumns(file: string, format = registerFileFormat(file)): Promise<string[]> {
  for await (const headers of format === "xlsx" ? xlsxRecords(file) : csvRecords(file)) {
    const present = new Set(mapHeaders(headers));
    return REQUIRED.filter((c) => !present.has(c)).map((c) => IMPORT_COLUMNS[c][0]);
  }
  return REQUIRED.map((c) => IMPORT_COLUMNS[c][0]);
}

/** CSV: UTF-8, comma or semicolon separated. */
async function* csvRecords(file: string): AsyncGenerator<string[]> {
  const header = await firstLine(file);
  const delimiter = header.split(";").length > header.split(",").length ? ";" : ",";
  const parser = fs.createReadStream(file).pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }));
  yield* parser as AsyncIterable<string[]>;
}

async function firstLine(file: string): Promise<string> {
  const handle = await fs.promises.open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").split(/\r?\n/)[0];
  } finally {
    await handle.close();
  }
}

/** XLSX: the first worksheet, row by row (exceljs streaming reader); cells as the text a person reads in them. */
async function* xlsxRecords(file: string): AsyncGenerator<string[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "emit" });
  for await (const worksheet of workbook) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      // row.values is 1-based (index 0 is empty) and sparse where cells are blank
      const values = row.values as ExcelJS.CellValue[];
      const record: string[] = [];
      for (let i = 1; i < values.length; i++) record.push(cellText(values[i]));
      yield record;
    }
    return; // the first worksheet only
  }
}

/** A cell's value as text: numbers as written (no thousands separator), dates as aaaa-mm-dd, formulas by their result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)));
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "1" : "0";
  if ("richText" in value) return value.richText.map((r) => r.text).join("").trim();
  if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text).trim();
  if ("error" in value) return "";
  return "";
}

/** SHA-256 of the file and its number of data rows, in one streaming pass each. */
export async function fileFingerprint(file: string, format = registerFileFormat(file)): Promise<{ sha256: string; rows: number }> {
  const hash = createHash("sha256");
  let rows = 0;
  for await (const _ of readRegisterFile(file, format)) rows += 1;
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return { sha256: hash.digest("hex"), rows };
}
