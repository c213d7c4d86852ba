// The register file reader's pure parts: a spreadsheet cell as the text the row checks read, the file's format by
// its name, and the required columns of the headers row (Spanish or English, accents and case ignored).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cellText, missingColumns, registerFileFormat } from "../../server/src/modules/register-import/import.reader.ts";

describe("cellText", () => {
  it.each([
    ["empty", null, ""],
    ["an integer (a control number, a phone)", 6971234567, "6971234567"],
    ["a decimal without float noise", 120.50000000000001, "120.5"],
    ["a date cell", new Date(Date.UTC(2024, 0, 15)), "2024-01-15"],
    ["text, trimmed", "  Calle Durango ", "Calle Durango"],
    ["rich text", { richText: [{ text: "Gloria " }, { text: "Hernández" }] }, "Gloria Hernández"],
    ["a formula, by its result", { formula: "A1*2", result: 700 }, "700"],
    ["a hyperlink, by its text", { text: "gloria@correo.mx", hyperlink: "mailto:gloria@correo.mx" }, "gloria@correo.mx"],
    ["an error cell", { error: "#N/A" }, ""],
  ])("should read %s", (_label, value, text) => {
    expect(cellText(value as never)).toBe(text);
  });
});

describe("registerFileFormat and missingColumns", () => {
  it("should tell the format by the name", () => {
    expect([registerFileFormat("Padrón.XLSX"), registerFileFormat("padron.csv"), registerFileFormat("padron.txt")]).toEqual(["xlsx", "csv", "csv"]);
  });

  it("should name the required columns the headers row lacks", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "encabezados-"));
    const file = (name: string, text: string) => (fs.writeFileSync(path.join(dir, name), text), path.join(dir, name));
    expect(await missingColumns(file("ok.csv", "Número de control;Nombre;Calle;Localidad\n1;a;b;c\n"))).toEqual([]);
    expect(await missingColumns(file("en.csv", "controlNumber,fullName,street,locality\n"))).toEqual([]);
    expect(await missingColumns(file("falta.csv", "nombre,calle\n"))).toEqual(["numero_control", "localidad"]);
    expect(await missingColumns(path.resolve(import.meta.dirname, "../fixtures/padron-ejemplo.xlsx"))).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  });
});
