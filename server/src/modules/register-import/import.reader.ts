// Reads the register file as a stream of rows, never the whole file in memory (csv-parse).
import fs from "node:fs";
import { createHash } from "node:crypto";
import { parse } from "csv-parse";
import { mapHeaders, type RawRow } from "./import.columns.ts";

/** Data rows of a CSV file (UTF-8, comma or semicolon separated, first line the headers), numbered from 1. */
export async function* readRegisterCsv(file: string): AsyncGenerator<{ rowNumber: number; raw: RawRow }> {
  const delimiter = (await firstLine(file)).split(";").length > (await firstLine(file)).split(",").length ? ";" : ",";
  const parser = fs.createReadStream(file).pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }));
  let columns: ReturnType<typeof mapHeaders> | null = null;
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (!columns) {
      columns = mapHeaders(record);
      continue;
    }
    rowNumber += 1;
    const raw: RawRow = {};
    columns.forEach((column, i) => {
      if (column) raw[column] = record[i];
    });
    yield { rowNumber, raw };
  }
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

/** SHA-256 of the file and its number of data rows, in one streaming pass. */
export async function fileFingerprint(file: string): Promise<{ sha256: string; rows: number }> {
  const hash = createHash("sha256");
  let rows = 0;
  for await (const _ of readRegisterCsv(file)) rows += 1;
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return { sha256: hash.digest("hex"), rows };
}
