// The register import's template (README, "Importing an existing register"): the documented column names, in
// order, with two example rows; and the name of the template column a report's field stands for, so that staff read
// "telefono", the column of their file, and never the code's name ("phone", "meter.initialReadingM3").
// Free of runtime imports of server code: the portal serves the template and labels the report with it.

/** Documented headers, in the template's order, each with the code names of the fields it fills. */
export const REGISTER_TEMPLATE_COLUMNS = [
  { header: "numero_control", fields: ["controlNumber"], examples: ["800101", "800102"] },
  { header: "nombre", fields: ["fullName"], examples: ["María Guadalupe López Ríos", "Abarrotes La Palma"] },
  { header: "curp", fields: ["curp"], examples: ["", ""] },
  { header: "telefono", fields: ["phone"], examples: ["6971234567", ""] },
  { header: "correo", fields: ["email"], examples: ["", ""] },
  { header: "calle", fields: ["street"], examples: ["Calle Benito Juárez", "Av. Insurgentes"] },
  { header: "numero_exterior", fields: ["exteriorNumber"], examples: ["12", "45"] },
  { header: "colonia", fields: ["neighborhood"], examples: ["Centro", "Centro"] },
  { header: "localidad", fields: ["locality", "localityId"], examples: ["Angostura", "Angostura"] },
  { header: "tipo", fields: ["type"], examples: ["Doméstica", "Comercial"] },
  { header: "medidor_serie", fields: ["meterSerial", "meter.serialNumber"], examples: ["EJ-0101", "EJ-0102"] },
  { header: "medidor_marca", fields: ["meterBrand", "meter.brand"], examples: ["Cicasa", ""] },
  { header: "medidor_instalado", fields: ["meterInstalledAt", "meter.installedAt"], examples: ["15/01/2024", "2023-06-01"] },
  { header: "lectura_m3", fields: ["meterReadingM3", "meter.initialReadingM3"], examples: ["120.5", "80"] },
  { header: "saldo_inicial", fields: ["openingBalance"], examples: ["350.00", "0"] },
] as const;

const BY_FIELD = new Map<string, string>(REGISTER_TEMPLATE_COLUMNS.flatMap((c) => c.fields.map((f) => [f, c.header] as const)));

/** The template column a report's field names ("phone" → "telefono"); a field of no column keeps its name. */
export const templateColumnOf = (field: string | null | undefined): string => (field ? (BY_FIELD.get(field) ?? field) : "");

/** The template's rows: the headers, then the examples. */
export const registerTemplateRows = (): string[][] => [REGISTER_TEMPLATE_COLUMNS.map((c) => c.header), ...[0, 1].map((i) => REGISTER_TEMPLATE_COLUMNS.map((c) => c.examples[i]))];
