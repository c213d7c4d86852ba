// The rules of a connection's data and of its first meter, shared by the API and the register import: one source.
import type { ConnectionType, SpecialUserKind } from "../../generated/prisma/enums.ts";
import { badInput } from "../../shared/errors.ts";

/** Text limits shared with the portal's forms and the import. */
export const CONNECTION_LIMITS = { controlNumber: 20, street: 200, exteriorNumber: 20, neighborhood: 120, serialNumber: 40, brand: 60, reason: 1000 } as const;

/** A control number: digits, capital letters and hyphens (as utilities print them on bills). */
const CONTROL_NUMBER = /^[0-9A-Z][0-9A-Z-]*$/;
/** A meter reading or opening figure: up to 8 integer digits and 2 decimals. */
const DECIMAL = /^\d{1,8}(\.\d{1,2})?$/;

export interface ConnectionFieldsInput {
  street?: string | null;
  exteriorNumber?: string | null;
  neighborhood?: string | null;
  type?: ConnectionType | null;
  latitude?: number | null;
  longitude?: number | null;
  specialKind?: SpecialUserKind | null;
}

export interface CleanConnectionFields {
  street?: string;
  exteriorNumber?: string | null;
  neighborhood?: string | null;
  type?: ConnectionType;
  latitude?: number | null;
  longitude?: number | null;
  specialKind?: SpecialUserKind | null;
}

const optional = (value: string | null | undefined, field: string, label: string, max: number) => {
  if (value === undefined) return undefined;
  const text = value?.replace(/\s+/g, " ").trim() || null;
  if (text && text.length > max) throw badInput(field, `${label} admite hasta ${max} caracteres`);
  return text;
};

export function cleanControlNumber(written: string, field = "controlNumber"): string {
  const controlNumber = written.trim().toUpperCase();
  if (!controlNumber) throw badInput(field, "Escriba el número de control");
  if (controlNumber.length > CONNECTION_LIMITS.controlNumber || !CONTROL_NUMBER.test(controlNumber)) {
    throw badInput(field, `El número de control admite dígitos, letras mayúsculas y guiones (hasta ${CONNECTION_LIMITS.controlNumber})`);
  }
  return controlNumber;
}

/** The stored form of the fields given (absent ones stay absent); BAD_USER_INPUT names the first field at fault. */
export function cleanConnectionFields(input: ConnectionFieldsInput, { creating }: { creating: boolean }): CleanConnectionFields {
  const out: CleanConnectionFields = {};
  if (input.street !== undefined || creating) {
    const street = optional(input.street ?? "", "street", "La calle", CONNECTION_LIMITS.street);
    if (!street) throw badInput("street", "Escriba la calle del domicilio de la toma");
    out.street = street;
  }
  const exteriorNumber = optional(input.exteriorNumber, "exteriorNumber", "El número exterior", CONNECTION_LIMITS.exteriorNumber);
  if (exteriorNumber !== undefined) out.exteriorNumber = exteriorNumber;
  const neighborhood = optional(input.neighborhood, "neighborhood", "La colonia", CONNECTION_LIMITS.neighborhood);
  if (neighborhood !== undefined) out.neighborhood = neighborhood;
  if (input.type) out.type = input.type;
  if (input.latitude !== undefined || input.longitude !== undefined) {
    const { latitude = null, longitude = null } = input;
    if ((latitude === null) !== (longitude === null)) throw badInput(latitude === null ? "latitude" : "longitude", "Indique latitud y longitud juntas (o ninguna)");
    // the coordinates of a Mexican address: latitude 14–33 N, longitude 86–119 W
    if (latitude !== null && !(latitude >= 14 && latitude <= 33)) throw badInput("latitude", "La latitud debe estar entre 14 y 33 (México)");
    if (longitude !== null && !(longitude >= -119 && longitude <= -86)) throw badInput("longitude", "La longitud debe estar entre -119 y -86 (México, al oeste)");
    out.latitude = latitude;
    out.longitude = longitude;
  }
  if (input.specialKind !== undefined) out.specialKind = input.specialKind ?? null;
  return out;
}

export interface MeterFieldsInput {
  serialNumber: string;
  brand?: string | null;
  installedAt: Date;
  initialReadingM3?: string | null;
}

/** A meter as installed: serial, optional brand, installation day (not in the future), reading ≥ 0. */
export function cleanMeterFields(input: MeterFieldsInput, now: Date, prefix = "meter") {
  const serialNumber = input.serialNumber.replace(/\s+/g, "").toUpperCase();
  if (!serialNumber) throw badInput(`${prefix}.serialNumber`, "Escriba el número de serie del medidor");
  if (serialNumber.length > CONNECTION_LIMITS.serialNumber) throw badInput(`${prefix}.serialNumber`, `El número de serie admite hasta ${CONNECTION_LIMITS.serialNumber} caracteres`);
  const brand = optional(input.brand, `${prefix}.brand`, "La marca", CONNECTION_LIMITS.brand) ?? null;
  if (Number.isNaN(input.installedAt.getTime()) || input.installedAt > now) throw badInput(`${prefix}.installedAt`, "La fecha de instalación no puede ser futura");
  const reading = (input.initialReadingM3 ?? "0").trim();
  if (reading.startsWith("-")) throw badInput(`${prefix}.initialReadingM3`, "La lectura del medidor no puede ser negativa");
  if (!DECIMAL.test(reading)) throw badInput(`${prefix}.initialReadingM3`, "La lectura debe ser un número de m³ con hasta 2 decimales, p. ej. 1234.50");
  return { serialNumber, brand, installedAt: input.installedAt, lastReadingM3: reading };
}
