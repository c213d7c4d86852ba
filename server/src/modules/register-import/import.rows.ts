// One row of the register file, checked with the same rules as the API (user.rules, connection.rules): what it
// would write, its warnings, or why it is rejected.
import { DomainError } from "../../shared/errors.ts";
import { normalizeForSearch } from "../../shared/text.ts";
import { cleanUserFields } from "../user/user.rules.ts";
import { cleanConnectionFields, cleanControlNumber, cleanMeterFields } from "../service-connection/connection.rules.ts";
import { TYPE_NAMES, type RawRow } from "./import.columns.ts";

export interface RowIssue {
  severity: "WARNING" | "ERROR";
  field: string | null;
  message: string;
}

export interface CheckedRow {
  controlNumber: string;
  user: ReturnType<typeof cleanUserFields> & { fullName: string; searchText: string };
  connection: ReturnType<typeof cleanConnectionFields> & { street: string; localityId: number };
  meter: ReturnType<typeof cleanMeterFields> | null;
  /** MXN, two decimals; "0.00" when absent */
  openingBalance: string;
}

export type RowOutcome = { ok: true; row: CheckedRow; warnings: RowIssue[] } | { ok: false; issues: RowIssue[] };

const MONEY = /^\d{1,10}(\.\d{1,2})?$/;
/** "1234.5" → "1234.50", without going through a float. */
const money = (text: string) => {
  const [integer, decimals = ""] = text.split(".");
  return `${BigInt(integer)}.${decimals.padEnd(2, "0")}`;
};

/** "2024-01-15" or "15/01/2024" (the utility's way of writing dates). */
function parseDay(text: string): Date {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const mx = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : mx ? [mx[3], mx[2], mx[1]] : ["x", "x", "x"];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCDate() === Number(d) ? date : new Date(NaN);
}

/** The localities catalog, looked up by name without accents or case. */
export function localityMatcher(localities: { id: number; name: string }[]) {
  const byKey = new Map(localities.map((l) => [normalizeForSearch(l.name), l]));
  return (written: string) => byKey.get(normalizeForSearch(written)) ?? null;
}

export function checkRow(raw: RawRow, findLocality: (name: string) => { id: number; name: string } | null, today: Date): RowOutcome {
  const warnings: RowIssue[] = [];
  const error = (field: string | null, message: string): RowOutcome => ({ ok: false, issues: [{ severity: "ERROR", field, message }] });
  try {
    const text = (value: string | undefined) => value?.trim() ?? "";
    const controlNumber = cleanControlNumber(text(raw.controlNumber));
    if (!text(raw.fullName)) return error("fullName", "Falta el titular (nombre)");
    const user = cleanUserFields({ fullName: raw.fullName, curp: text(raw.curp) || null, phone: text(raw.phone) || null, email: text(raw.email) || null }, { creating: true }) as CheckedRow["user"];
    if (user.phone && user.phone !== text(raw.phone)) warnings.push({ severity: "WARNING", field: "phone", message: `Teléfono normalizado: «${text(raw.phone)}» → ${user.phone}` });

    const written = text(raw.locality);
    if (!written) return error("locality", "Falta la localidad");
    const locality = findLocality(written);
    if (!locality) return error("locality", `La localidad «${written}» no está en el catálogo`);
    if (locality.name !== written) warnings.push({ severity: "WARNING", field: "locality", message: `Localidad «${written}» tomada como «${locality.name}»` });

    const typeText = normalizeForSearch(text(raw.type));
    const type = typeText ? TYPE_NAMES[typeText] : "DOMESTIC";
    if (!type) return error("type", `Tipo de toma «${text(raw.type)}» desconocido (doméstica, comercial, industrial o pública)`);
    const connection = { ...cleanConnectionFields({ street: raw.street ?? "", exteriorNumber: text(raw.exteriorNumber) || null, neighborhood: text(raw.neighborhood) || null, type }, { creating: true }), localityId: locality.id } as CheckedRow["connection"];

    let meter: CheckedRow["meter"] = null;
    if (text(raw.meterSerial)) {
      const installedAt = text(raw.meterInstalledAt) ? parseDay(text(raw.meterInstalledAt)) : today;
      if (Number.isNaN(installedAt.getTime())) return error("meterInstalledAt", `Fecha de instalación «${text(raw.meterInstalledAt)}» no válida (aaaa-mm-dd o dd/mm/aaaa)`);
      meter = cleanMeterFields({ serialNumber: text(raw.meterSerial), brand: text(raw.meterBrand) || null, installedAt, initialReadingM3: text(raw.meterReadingM3) || null }, today, "meter");
    }

    const balance = text(raw.openingBalance).replace(/[$,\s]/g, "") || "0";
    if (balance.startsWith("-")) return error("openingBalance", "El saldo inicial no puede ser negativo");
    if (!MONEY.test(balance)) return error("openingBalance", `Saldo inicial «${text(raw.openingBalance)}» no válido (p. ej. 1234.50)`);
    return { ok: true, row: { controlNumber, user, connection, meter, openingBalance: money(balance) }, warnings };
  } catch (e) {
    if (e instanceof DomainError) return error(e.field ?? null, e.message);
    throw e;
  }
}
