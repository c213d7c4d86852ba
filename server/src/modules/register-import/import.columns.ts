// The register file's one column layout (README documents it). Headers are matched without accents, case or
// spaces; each column accepts its Spanish and English names.
import { normalizeForSearch } from "../../shared/text.ts";

export const IMPORT_COLUMNS = {
  controlNumber: ["numero_control", "numero de control", "control", "controlnumber"],
  fullName: ["nombre", "titular", "nombre_titular", "fullname"],
  curp: ["curp"],
  phone: ["telefono", "phone"],
  email: ["correo", "email", "correo_electronico"],
  street: ["calle", "street"],
  exteriorNumber: ["numero_exterior", "num_ext", "exteriornumber"],
  neighborhood: ["colonia", "neighborhood"],
  locality: ["localidad", "locality"],
  type: ["tipo", "tipo_toma", "type"],
  meterSerial: ["medidor", "medidor_serie", "serie_medidor", "meterserial"],
  meterBrand: ["medidor_marca", "marca", "meterbrand"],
  meterInstalledAt: ["medidor_instalado", "fecha_instalacion", "meterinstalledat"],
  meterReadingM3: ["lectura_m3", "lectura", "meterreadingm3"],
  openingBalance: ["saldo_inicial", "saldo", "openingbalance"],
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;
export type RawRow = Partial<Record<ImportColumn, string>>;

const key = (header: string) => normalizeForSearch(header).replace(/[\s-]+/g, "_");
const BY_HEADER = new Map<string, ImportColumn>(
  (Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]).flatMap(([column, names]) => names.map((name) => [key(name), column] as const)),
);

/** The column each header stands for (null for unknown headers, which are ignored). */
export function mapHeaders(headers: string[]): (ImportColumn | null)[] {
  return headers.map((header) => BY_HEADER.get(key(header)) ?? null);
}

/** Spanish names of the connection types in the file (and the API's own names). */
export const TYPE_NAMES: Record<string, "DOMESTIC" | "COMMERCIAL" | "INDUSTRIAL" | "PUBLIC"> = {
  domestica: "DOMESTIC", domestic: "DOMESTIC", comercial: "COMMERCIAL", commercial: "COMMERCIAL",
  industrial: "INDUSTRIAL", publica: "PUBLIC", public: "PUBLIC",
};
