// Mexican phone numbers as staff and customers write them, stored as the 10-digit national number.
import { badInput } from "./errors.ts";

/** Room for a number written with its country code, spaces, parentheses and hyphens: "+52 1 (667) 123-4567". */
export const PHONE_MAX_LENGTH = 30;

/**
 * Since August 2019 every Mexican number is dialled as 10 digits (area code + number, first digit 2–9). People
 * still write what they used before, so these prefixes are accepted and dropped:
 * - `+52`, `52` or `0052` (country code), optionally followed by the old mobile `1` ("+52 1 667 …");
 * - `044`, `045` (the old mobile prefixes) and `01` (the old long-distance prefix).
 * Separators allowed between digits: spaces, hyphens, dots and parentheses. Anything else (letters, extensions,
 * a number of another length) is not a phone number.
 */
const WRITTEN = /^\+?[\d\s().-]+$/;
const NATIONAL = /^[2-9]\d{9}$/;
const PREFIXES = /^(?:(?:00)?521?|044|045|01)(?=\d{10}$)/;

/** The 10-digit national number, or null when `written` is not a Mexican phone number. */
export function normalizePhone(written: string): string | null {
  // full-width digits (typed with some phone keyboards) read as the digits they are
  const text = written.normalize("NFKC").trim();
  if (!WRITTEN.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  if (text.startsWith("+") && !digits.startsWith("52")) return null; // another country's number
  const national = digits.replace(PREFIXES, "");
  return NATIONAL.test(national) ? national : null;
}

/**
 * The rule for every phone input of the API: empty means "none" (null); otherwise the normalised number, or
 * BAD_USER_INPUT on `field` with a message naming it (`label`, e.g. "El teléfono de contacto").
 */
export function phoneInput(field: string, label: string, written: string | null | undefined): string | null {
  if (written == null || !written.trim()) return null;
  const phone = normalizePhone(written);
  if (!phone) throw badInput(field, `${label} no es un número de teléfono: escriba los 10 dígitos, p. ej. 667 123 4567 (puede llevar +52)`);
  return phone;
}
