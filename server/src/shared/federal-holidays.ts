// Mexico's mandatory rest days (Ley Federal del Trabajo, art. 74), computed for any year so that no due date ever
// ignores a holiday because nobody loaded next year's list. Closures of the utility itself are configured (Holiday).
import type { HolidayKind } from "../generated/prisma/enums.ts";

export interface HolidayDefinition {
  date: Date;
  name: string;
  kind: HolidayKind;
}

export const utcDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** The n-th Monday of a month (UTC midnight). */
function nthMonday(year: number, month: number, n: number): Date {
  const first = utcDate(year, month, 1);
  const offset = (8 - first.getUTCDay()) % 7;
  return utcDate(year, month, 1 + offset + 7 * (n - 1));
}

/** The federal holidays of `year`, at UTC midnight of their calendar day. */
export function federalHolidays(year: number): HolidayDefinition[] {
  const federal = (date: Date, name: string): HolidayDefinition => ({ date, name, kind: "FEDERAL" });
  return [
    federal(utcDate(year, 1, 1), "Año Nuevo"),
    federal(nthMonday(year, 2, 1), "Día de la Constitución"),
    federal(nthMonday(year, 3, 3), "Natalicio de Benito Juárez"),
    federal(utcDate(year, 5, 1), "Día del Trabajo"),
    federal(utcDate(year, 9, 16), "Día de la Independencia"),
    // fr. VII: every six years, when the federal executive changes hands (2024, 2030, …)
    ...((year - 2024) % 6 === 0 ? [federal(utcDate(year, 10, 1), "Transmisión del Poder Ejecutivo Federal")] : []),
    federal(nthMonday(year, 11, 3), "Día de la Revolución Mexicana"),
    federal(utcDate(year, 12, 25), "Navidad"),
  ].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** yyyy-mm-dd of every federal holiday in the years from `from` to `until`. */
export function federalHolidayKeys(from: Date, until: Date): string[] {
  const keys: string[] = [];
  for (let year = from.getUTCFullYear(); year <= until.getUTCFullYear(); year++) {
    keys.push(...federalHolidays(year).map((h) => h.date.toISOString().slice(0, 10)));
  }
  return keys;
}
