// The query limits let every portal document through with margin, and the standard introspection query too.
import { beforeAll, describe, expect, it } from "vitest";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  getIntrospectionQuery, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, Kind, Lexer, parse, print, Source, TokenKind, typeFromAST,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from "graphql";
import * as generated from "../../web/src/lib/graphql/generated/graphql.ts";
import { buildApiSchema } from "../../server/src/graphql/schema.ts";
import { formatError } from "../../server/src/graphql/format-error.ts";
import { operationCost, QUERY_LIMITS, queryLimits, type LimitName } from "../../server/src/graphql/query-limits.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../server/src/shared/pagination.ts";

type Measures = Record<LimitName | "maxTokens", number>;

const portalDocuments = Object.entries(generated).filter(([name]) => name.endsWith("Document")) as [string, DocumentNode][];

let schema: GraphQLSchema;
let measured: Partial<Measures> = {};
let apollo: ApolloServer;

/** Stops an accepted operation before it runs: only parsing, validation and the cost estimate are under test here. */
const stopBeforeExecution: ApolloServerPlugin = {
  async requestDidStart() {
    return { async responseForOperation() { return { http: { status: 200, headers: new Map() } as never, body: { kind: "single", singleResult: { data: { accepted: true } } } }; } };
  },
};

beforeAll(async () => {
  schema = await buildApiSchema();
  const limits = queryLimits((limit, n) => (measured[limit] = Math.max(measured[limit] ?? 0, n)));
  apollo = new ApolloServer({ schema, formatError, parseOptions: limits.parseOptions, validationRules: limits.validationRules, plugins: [...limits.plugins, stopBeforeExecution] });
  await apollo.start();
});

/** Runs `query` through the API's parse, validation and cost plugin; returns the error codes and what was measured. */
async function check(query: string, variables: Record<string, unknown> = {}) {
  measured = {};
  const response = await apollo.executeOperation({ query, variables });
  const result = response.body.kind === "single" ? response.body.singleResult : { errors: [{ message: "incremental" }] };
  const tokens = countTokens(query);
  return { codes: (result.errors ?? []).map((e) => e.extensions?.code), messages: (result.errors ?? []).map((e) => e.message), measured: { ...measured, maxTokens: tokens } };
}

function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/** The most a portal operation can ask for: every Int variable at the largest page, every other one filled in. */
function worstCaseVariables(document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const value = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return value(type.ofType);
    if (isListType(type)) return [value(type.ofType)];
    const named = getNamedType(type);
    if (isEnumType(named)) return named.getValues()[0].value;
    if (isInputObjectType(named)) return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, value(f.type)]));
    return { Int: MAX_PAGE_SIZE, Float: 1, Boolean: true, Decimal: "1", Date: "2026-01-01", DateTimeISO: "2026-01-01T00:00:00Z" }[named.name] ?? "x";
  };
  return Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, value(typeFromAST(schema, v.type as never) as GraphQLInputType)]));
}

describe("query limits and the portal", () => {
  it("should accept every document the portal sends, at its largest, with every budget at least 1.5 times what it needs", async () => {
    expect(portalDocuments.length).toBeGreaterThan(5);
    const highest: Partial<Measures> = {};
    for (const [name, document] of portalDocuments) {
      const { codes, messages, measured } = await check(print(document), worstCaseVariables(document));
      expect({ name, codes, messages }).toEqual({ name, codes: [], messages: [] });
      for (const [limit, n] of Object.entries(measured) as [keyof Measures, number][]) {
        if (n > (highest[limit] ?? -1)) highest[limit] = n;
        expect({ name, limit, n }).toEqual({ name, limit, n: expect.toSatisfy((v: number) => v * 1.5 <= QUERY_LIMITS[limit]) });
      }
    }
    console.log(`portal documents (${portalDocuments.length}), highest measure / budget:`,
      Object.entries(highest).map(([limit, n]) => `${limit} ${n}/${QUERY_LIMITS[limit as keyof Measures]}`).join(", "));
  });

  it("should accept the standard introspection query (introspection is allowed outside production)", async () => {
    const { codes } = await check(getIntrospectionQuery());
    expect(codes).toEqual([]);
  });
});

describe("cost estimate", () => {
  const LIST = `query($n: Int) { serviceConnections(first: $n) { nodes { controlNumber holder { fullName } } } }`;

  it("should count a page at the size a variable asks for, not as one item", async () => {
    const small = operationCost(schema, parse(LIST), undefined, { n: 1 });
    const large = operationCost(schema, parse(LIST), undefined, { n: 100 });
    expect(large).toBeGreaterThan(50 * small);
  });

  it("should count a page without `first` at the default page size", async () => {
    expect(operationCost(schema, parse(LIST), undefined, {})).toBe(operationCost(schema, parse(LIST), undefined, { n: DEFAULT_PAGE_SIZE }));
  });

  it("should refuse as QUERY_TOO_EXPENSIVE a nested page of pages that no limit on its shape catches", async () => {
    const query = `query($n: Int) { serviceConnections(first: $n) { nodes { holder { connections { history(first: $n) { nodes { summary } } } } } } }`;
    expect((await check(query, { n: 5 })).codes).toEqual([]);
    const refused = await check(query, { n: 100 });
    expect(refused.codes).toEqual(["QUERY_TOO_EXPENSIVE"]);
    expect(refused.messages[0]).toMatch(/La consulta es demasiado costosa/);
  });
});
