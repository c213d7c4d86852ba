import { GraphQLScalarType, Kind } from "graphql";
import { Prisma } from "../generated/prisma/client.ts";
import { DECIMAL_INPUT } from "../shared/decimal-columns.ts";

// at most what the widest column holds; a field in a narrower column adds @FitsColumn (shared/validation.ts)
const DECIMAL_PATTERN = new RegExp(`^-?\\d{1,${DECIMAL_INPUT.precision - DECIMAL_INPUT.scale}}(\\.\\d{1,${DECIMAL_INPUT.scale}})?$`);

function parseDecimal(value: unknown): string {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !DECIMAL_PATTERN.test(text)) throw new TypeError("Se espera un número decimal con hasta 2 decimales, p. ej. \"12.50\"");
  return text;
}

/** Money (MXN) and volumes (m³) travel as strings with two decimals, so no precision is lost in JSON. */
export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description: 'A decimal number as a string with two decimals, e.g. "1234.50" (MXN) or "12.00" (m³).',
  // a Prisma Decimal, or decimal text already exact (e.g. a sum frozen in a snapshot's JSON)
  serialize: (value) => (typeof value === "string" ? new Prisma.Decimal(value) : (value as { toFixed(n: number): string })).toFixed(2),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT ? ast.value : undefined),
});
