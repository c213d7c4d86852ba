// What every input value of the API satisfies, checked once at the root so that each new argument gets it for free.
//
// - Text: no NUL byte (PostgreSQL cannot store it) and well-formed Unicode (no lone surrogate), in any String, ID or
//   custom scalar, at any depth of any argument. `graphql/input-guard.ts` walks every argument of every field against
//   the schema after the field's access check and before its resolver, and refuses the field with BAD_USER_INPUT
//   naming the argument path (e.g. `input.description`).
// - Ids: every ID argument is a global id or a database id within the id columns' range (`shared/global-id.ts`, the
//   same guard); its type is checked where it is decoded (`idOf`), which names the field.
// - Decimals: the `Decimal` scalar admits at most what the widest column holds (`shared/decimal-columns.ts`); a field
//   stored in a narrower column says so with `@FitsColumn(VOLUME_M3)` (validation.ts), whose bound comes from the
//   same constants.
// - Search text: `searchText()` below (NFKC, so full-width letters are plain ones); LIKE patterns are built with
//   `containsText()`, which escapes `%`, `_` and `\`; a search with no usable character finds nothing, never everything.
// - Pages: `first` 1–100, cursors checked on decoding (`shared/pagination.ts`).
// - Years and months: `assertYearMonth()` below, for every calendar question (reports, holidays).
// Lengths and ranges of each field stay with its input class (class-validator, Spanish messages from validation.ts).

import { badInput } from "./errors.ts";

/** Why `text` cannot be stored or compared as text, or null when it can. */
export function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "No admite el carácter nulo (U+0000)";
  if (LONE_SURROGATE.test(text)) return "El texto no es Unicode válido";
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A search as typed, in the form it is compared in: NFKC (full-width "ＡＢＣ" is "ABC"), trimmed; "" when blank. */
export function searchText(search: string | null | undefined): string {
  return (search ?? "").normalize("NFKC").trim();
}

/** A case-insensitive "contains" condition (Prisma) for `term` taken literally: LIKE's `%`, `_` and `\` escaped. */
export function containsText(term: string) {
  return { contains: term.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
}

/** A condition that matches no row (a search that has no usable terms finds nothing). */
export const NO_ROWS = { id: { in: [] as number[] } };

/** The years the calendar rules (due dates, holidays, monthly reports) are asked about. */
export const CALENDAR_YEARS = { min: 2000, max: 2100 };

export function assertYear(year: number, field = "year"): void {
  if (!Number.isInteger(year) || year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) {
    throw badInput(field, `El año debe estar entre ${CALENDAR_YEARS.min} y ${CALENDAR_YEARS.max}`);
  }
}

export function assertYearMonth(year: number, month: number): void {
  assertYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badInput("month", "El mes debe estar entre 1 y 12");
}
