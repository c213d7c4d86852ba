// The register template the portal serves (/padron/importar/plantilla.csv) is read by the importer itself: every
// header maps to its column, both example rows pass the row checks, and the report names each field by its template
// column.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS, mapHeaders } from "../../server/src/modules/register-import/import.columns.ts";
import { missingColumns, readRegisterFile } from "../../server/src/modules/register-import/import.reader.ts";
import { checkRow } from "../../server/src/modules/register-import/import.rows.ts";
import { REGISTER_TEMPLATE_COLUMNS, registerTemplateRows, templateColumnOf } from "../../server/src/shared/register-import-template.ts";

const csv = (rows: string[][]) => rows.map((r) => r.map((v) => (/[",]/.test(v) ? `"${v}"` : v)).join(",")).join("\r\n") + "\r\n";

describe("register import template", () => {
  it("should hold every column the importer reads, under its documented name", () => {
    const headers = REGISTER_TEMPLATE_COLUMNS.map((c) => c.header);
    expect(mapHeaders(headers)).toEqual(Object.keys(IMPORT_COLUMNS));
  });

  it("should be accepted row by row by the importer", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plantilla-"));
    const file = path.join(dir, "plantilla.csv");
    fs.writeFileSync(file, "\uFEFF" + csv(registerTemplateRows()));
    expect(await missingColumns(file)).toEqual([]);
    const angostura = { id: 1, name: "Angostura" };
    const outcomes = [];
    for await (const { raw } of readRegisterFile(file)) outcomes.push(checkRow(raw, (name) => (name === "Angostura" ? angostura : null), new Date("2026-11-30T12:00:00Z")));
    fs.rmSync(dir, { recursive: true });
    expect(outcomes).toHaveLength(2);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ ok: true, warnings: [] });
  });

  it("should name a report's field by its template column", () => {
    expect(templateColumnOf("phone")).toBe("telefono");
    expect(templateColumnOf("controlNumber")).toBe("numero_control");
    expect(templateColumnOf("meter.initialReadingM3")).toBe("lectura_m3");
    expect(templateColumnOf("meterSerial")).toBe("medidor_serie");
    expect(templateColumnOf(null)).toBe("");
    // every column the importer reads has a template name
    const headers = REGISTER_TEMPLATE_COLUMNS.map((c) => c.header as string);
    for (const column of Object.keys(IMPORT_COLUMNS)) expect(headers).toContain(templateColumnOf(column));
  });
});
