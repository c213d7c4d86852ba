// Random operations generated from a GraphQL schema (introspected from the running server, so fields added later are
// covered without a hand list): valid-shaped arguments filled with hostile values, and a selection of every field.
import fc from "fast-check";
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLOutputType,
} from "graphql";

const b64 = (text: string) => Buffer.from(text).toString("base64url");

/** Text that broke or fooled the API once: NUL, lone surrogates, LIKE wildcards, emoji, full-width letters, huge. */
const HOSTILE_TEXT = [
  "", " ", "\u0000", "a\u0000b", "\uD800", "x\uDFFFy", "%", "_", "\\", "%_\\", "😀", "💧🚰", "ＧＡＲＣＩＡ", "ｆｒｏｎｔ＿ｄｅｓｋ",
  "' OR 1=1 --", "<script>alert(1)</script>", "\t\r\n", "ñÑáÉ", "x".repeat(5_000), "😀".repeat(2_000), "100001",
];
const hostileText = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 40, unit: "binary" }), fc.string({ maxLength: 20 }));

/** Ids: malformed, out of the id columns' range, of the wrong type, and (from `knownIds`) some that exist. */
function idArbitrary(knownIds: string[]) {
  const hostile = [
    "", "abc", "0", "-1", "1", "999999", "2147483647", "2147483648", "9007199254740993", "1e3", " 1", "1\u0000",
    b64("User:2147483648"), b64("User:-1"), b64("User:1.5"), b64("Nada:1"), b64("c:9007199254740991"), b64("User:"), "😀",
  ];
  const wellFormed = fc.tuple(fc.constantFrom("User", "ServiceConnection", "Complaint", "WorkOrder", "Discount", "InformationRequest", "TransparencyReport"), fc.integer({ min: 1, max: 2_147_483_647 }))
    .map(([type, id]) => b64(`${type}:${id}`));
  return fc.oneof(fc.constantFrom(...hostile), wellFormed, ...(knownIds.length ? [fc.constantFrom(...knownIds)] : []));
}

const INT_EDGES = [0, -1, 1, 12, 13, 100, 101, 2026, 1900, 9999, 10_000, 2_147_483_647, -2_147_483_648, 2_147_483_648, 2 ** 53];
const hostileInt = fc.oneof(fc.constantFrom(...INT_EDGES), fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }));
const hostileFloat = fc.oneof(fc.constantFrom(0, -0, 0.5, -1, 1e308, -1e308, 2 ** 53, 1e-300), fc.double({ noNaN: true, noDefaultInfinity: true }));
const hostileDecimal = fc.oneof(
  fc.constantFrom("0", "0.00", "-1", "1.5", "99999999.99", "100000000", "9999999999.99", "-9999999999.99", "0.001", "1e5", "abc", "", 9999999999.99, 12.5),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => (n / 100).toFixed(2)),
);
const hostileDateTime = fc.constantFrom(
  "2026-01-01T00:00:00Z", "2026-12-31T23:30:00-07:00", "0001-01-01T00:00:00Z", "1900-02-28T00:00:00Z", "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00.000Z", "2026-02-30T00:00:00Z", "no es fecha", "", "2026-13-01T00:00:00Z",
);
const hostileDate = fc.constantFrom("2026-01-01", "2030-06-15", "2026-02-29", "0001-01-01", "9999-12-31", "2026-13-40", "", "ayer");

export interface ArgumentContext {
  knownIds: string[];
}

/** A value for an input type: null/omitted sometimes when nullable; hostile leaves. */
export function inputArbitrary(type: GraphQLInputType, context: ArgumentContext, depth = 0): fc.Arbitrary<unknown> {
  const inner = valueArbitrary(getNullableType(type) as GraphQLInputType, context, depth);
  return isNonNullType(type) ? inner : fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: inner });
}

function valueArbitrary(type: GraphQLInputType, context: ArgumentContext, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = inputArbitrary(type.ofType as GraphQLInputType, context, depth + 1);
    return fc.oneof({ weight: 5, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: item.map((v) => Array.from({ length: 150 }, () => v)) });
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const entries = fields.map((field) => {
      const value = inputArbitrary(field.type, context, depth + 1);
      return isNonNullType(field.type) ? value : fc.option(value, { nil: undefined });
    });
    return fc.tuple(...entries).map((values) => Object.fromEntries(fields.map((f, i) => [f.name, values[i]]).filter(([, v]) => v !== undefined)));
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  switch (type.name) {
    case "ID": return idArbitrary(context.knownIds);
    case "String": return hostileText;
    case "Int": return hostileInt;
    case "Float": return hostileFloat;
    case "Boolean": return fc.boolean();
    case "Decimal": return hostileDecimal;
    case "DateTimeISO": return hostileDateTime;
    case "Date": return hostileDate;
    default: return fc.oneof(hostileText, fc.jsonValue({ maxDepth: 2 }));
  }
}

/** Variables and a document calling `field` of the root type `root` with every argument as a variable. */
export function operationArbitrary(root: "query" | "mutation", field: GraphQLField<unknown, unknown>, context: ArgumentContext) {
  const args: readonly GraphQLArgument[] = field.args;
  const declarations = args.map((a, i) => `$a${i}: ${a.type.toString()}`);
  const passing = args.map((a, i) => `${a.name}: $a${i}`);
  const document = `${root} Fuzz${declarations.length ? `(${declarations.join(", ")})` : ""} { ${field.name}${passing.length ? `(${passing.join(", ")})` : ""} ${selection(field.type)} }`;
  const values = args.map((a) => inputArbitrary(a.type, context));
  return fc.tuple(...values).map((vals) => ({
    document,
    variables: Object.fromEntries(vals.map((v, i) => [`a${i}`, v]).filter(([, v]) => v !== null)),
  }));
}

/** Every field that takes no required argument, two levels deep (leaves only at the second). */
export function selection(type: GraphQLOutputType, depth = 1): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!isObjectType(named)) return "{ __typename }";
  const parts = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .map((f) => (isLeafType(getNamedType(f.type)) ? f.name : depth < 2 ? `${f.name} ${selection(f.type, depth + 1)}` : null))
    .filter(Boolean);
  return `{ __typename ${parts.join(" ")} }`;
}
