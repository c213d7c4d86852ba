// The kinds of Decimal column in schema/schema.prisma, so that an input is refused before it overflows its column
// (tests/unit/decimal-columns.test.ts fails when the schema has a Decimal column of a kind not listed here).

export interface DecimalColumn {
  precision: number;
  scale: number;
}

/** MXN amounts: @db.Decimal(12, 2) */
export const MONEY: DecimalColumn = { precision: 12, scale: 2 };
/** cubic metres: @db.Decimal(10, 2) */
export const VOLUME_M3: DecimalColumn = { precision: 10, scale: 2 };
/** percentages: @db.Decimal(5, 2) */
export const PERCENTAGE: DecimalColumn = { precision: 5, scale: 2 };
/** latitude and longitude: @db.Decimal(9, 6) */
export const COORDINATE: DecimalColumn = { precision: 9, scale: 6 };

export const DECIMAL_COLUMNS = { MONEY, VOLUME_M3, PERCENTAGE, COORDINATE };

/** What the `Decimal` scalar (two decimals) admits at all: the widest two-decimal column. */
export const DECIMAL_INPUT = MONEY;

/** Whether decimal text ("-123.45") fits `column` without overflow or rounding. */
export function fitsColumn(text: string, column: DecimalColumn): boolean {
  const match = /^-?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return false;
  const integer = match[1].replace(/^0+(?=\d)/, "");
  return (integer === "0" ? 0 : integer.length) <= column.precision - column.scale && (match[2]?.length ?? 0) <= column.scale;
}

/** The largest value `column` holds, as text ("99999999.99"), for messages. */
export function largestIn(column: DecimalColumn): string {
  const integer = "9".repeat(column.precision - column.scale);
  return column.scale ? `${integer}.${"9".repeat(column.scale)}` : integer;
}
