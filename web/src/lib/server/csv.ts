// CSV for spreadsheets in Mexico: UTF-8 with a byte-order mark (Excel reads the accents), comma-separated, quoted.

export const CSV_BOM = "\uFEFF";

const quote = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value);
  // a leading =, +, - or @ would be read as a formula by a spreadsheet
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const csvLine = (values: unknown[]) => `${values.map(quote).join(",")}\r\n`;

export function csvHeaders(filename: string): HeadersInit {
  return { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" };
}
