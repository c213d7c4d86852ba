// What one GraphQL operation may ask for, refused before it runs: the document's shape by graphql-armor (depth,
// aliases, tokens, directives; during validation, which Apollo caches per document), its cost by
// graphql-query-complexity once the variables are known (`first: $n` counts as what $n is).
import { GraphQLError, getNamedType, getNullableType, isCompositeType, isListType, isObjectType, type DocumentNode, type GraphQLSchema, type ValidationRule } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../shared/pagination.ts";
import { NESTED_LIST_LIMIT } from "./loaders.ts";

/**
 * The budgets. Every document of the portal passes with margin (tests/unit/query-limits.test.ts prints the margins);
 * the full standard introspection query passes too (introspection fields are not counted, as in graphql-armor).
 */
export const QUERY_LIMITS = {
  /** nested fields; a fragment spread counts as one level */
  maxDepth: 12,
  /** aliased fields in one operation */
  maxAliases: 15,
  /** lexical tokens in the document (names, punctuation, values) */
  maxTokens: 2_000,
  /** directives (@include, @skip…) in one operation */
  maxDirectives: 20,
  /** how many values the response could hold (see `operationCost`) */
  maxCost: 50_000,
  /** fields walked to estimate the cost; beyond this the operation is refused without finishing the estimate */
  maxCostNodes: 5_000,
} as const;

/** Lists without a `first` argument (a customer's connections, a connection's open orders…) count at their cap. */
const UNPAGED_LIST_SIZE = NESTED_LIST_LIMIT;

export type LimitName = "maxDepth" | "maxAliases" | "maxDirectives" | "maxCost";
export type LimitObserver = (limit: LimitName, measured: number) => void;

/**
 * Everything that bounds an operation, for ApolloServer's `parseOptions`, `validationRules` and `plugins`:
 * graphql-armor's validation rules (depth, aliases, directives), graphql-js's own token limit, and the cost plugin.
 * `observe` sees every measure (tests).
 *
 * Three of armor's protections are off, on purpose. Field suggestions ("Did you mean …?") are hidden in production by
 * Apollo's own `hideSchemaDetailsFromClientErrors`, which removes the whole sentence (armor's mask leaves its "?"
 * behind, and neither catches enum-value suggestions, which graphql-js words differently). Its cost limit takes a list's size only from a literal `first: 100`,
 * never from a variable (`first: $n` counts as one item). Its token limit, as an Apollo plugin, parses every document a
 * second time and reports an excess by throwing from `unexpectedErrorProcessingRequest`, which makes Apollo's HTTP
 * handler reject (a 500); graphql-js's parser counts tokens as it parses and stops at the limit with a syntax error (400).
 */
export function queryLimits(observe?: LimitObserver) {
  const report = (limit: LimitName) => ({ onAccept: observe ? [(_: unknown, { n }: { n: number }) => observe(limit, n)] : [], exposeLimits: true });
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...report("maxDepth") },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...report("maxAliases") },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...report("maxDirectives") },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: validationRules as ValidationRule[],
    plugins: [...plugins, queryCostPlugin(observe)],
  };
}

/**
 * Counts the values a response could hold: 1 per field, and a list multiplies what each of its items selects by its
 * `first` (by the default page size when absent; by UNPAGED_LIST_SIZE for lists without paging). A page's `nodes` and
 * `edges` are its `first` items already.
 */
const listEstimator: ComplexityEstimator = ({ field, type: parent, args, childComplexity }) => {
  // introspection is not counted (as in graphql-armor); it is refused altogether in production
  if (field.name === "__schema" || field.name === "__type") return 0;
  const list = isListType(getNullableType(field.type));
  const named = getNamedType(field.type);
  // `first` sizes a list, or a page (a type with pageInfo, whose nodes/edges are then not counted again); on any other
  // object (e.g. pendingWork's summary) it sizes the lists inside, which count themselves
  const paged = field.args.some((a) => a.name === "first") && (list || (isObjectType(named) && "pageInfo" in named.getFields()));
  const itemsOfPage = list && isObjectType(parent) && "pageInfo" in parent.getFields();
  if ((!list && !paged) || itemsOfPage || !isCompositeType(getNamedType(field.type))) return undefined;
  const items = typeof args.first === "number" ? Math.max(args.first, 1) : paged ? DEFAULT_PAGE_SIZE : UNPAGED_LIST_SIZE;
  return 1 + items * childComplexity;
};

/** The estimated cost of one operation of `document` with these variables (throws when it walks too many fields). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> = {}): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
    maxQueryNodes: QUERY_LIMITS.maxCostNodes,
  });
}

/** Refuses (400, QUERY_TOO_EXPENSIVE) an operation whose estimated cost exceeds the budget, before it runs. */
function queryCostPlugin(observe?: LimitObserver): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, operationName ?? undefined, request.variables ?? {});
          } catch (error) {
            // bad variables are reported by execution as usual; only an oversized walk is refused here
            if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) cost = Infinity;
            else return;
          }
          observe?.("maxCost", cost);
          if (cost > QUERY_LIMITS.maxCost) throw tooExpensive(cost);
        },
      };
    },
  };
}

function tooExpensive(cost: number): GraphQLError {
  const estimate = Number.isFinite(cost) ? `costo estimado ${Math.round(cost).toLocaleString("es-MX")}` : "demasiados campos";
  return new GraphQLError(
    `La consulta es demasiado costosa (${estimate}; máximo ${QUERY_LIMITS.maxCost.toLocaleString("es-MX")}): pida menos elementos (first) o menos campos anidados`,
    { extensions: { code: "QUERY_TOO_EXPENSIVE", http: { status: 400 } } },
  );
}
