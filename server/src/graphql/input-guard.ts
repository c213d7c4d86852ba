// Applies the rules every input value satisfies (shared/input-rules.ts) to every argument of every field of an
// operation, walking each value along its type in the schema, before anything runs. New fields get it without code.
import {
  BREAK, GraphQLError, TypeInfo, getArgumentValues, getNullableType, getVariableValues, isInputObjectType, isListType, visit, visitWithTypeInfo,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { textProblem } from "../shared/input-rules.ts";
import { isWellFormedId } from "../shared/global-id.ts";

/** graphql-js's own limit of variable errors reported in one answer */
const MAX_VARIABLE_ERRORS = 50;

interface InputProblem {
  field: string;
  message: string;
}

export function inputGuardPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const problem = operation && firstInputProblem(schema, document, operation, request.variables ?? {});
          // http 400: a refusal of the request, before execution (Apollo answers 500 for plugin errors otherwise)
          if (problem) throw new GraphQLError(problem.message, { extensions: { code: "BAD_USER_INPUT", field: problem.field, http: { status: 400 } } });
        },
      };
    },
  };
}

/** The first argument value (literal or variable, at any depth) that breaks an input rule; null when none does. */
export function firstInputProblem(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): InputProblem | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: MAX_VARIABLE_ERRORS });
  if (coerced.errors) {
    // past the limit graphql-js adds an error with no code ("Too many errors…"), which would read as a server error
    if (coerced.errors.length <= MAX_VARIABLE_ERRORS) return null; // execution refuses them, each BAD_USER_INPUT naming its variable
    const variable = /^Variable "\$(\w+)"/.exec(coerced.errors[0].message)?.[1] ?? "variables";
    return { field: variable, message: `Demasiados valores no válidos; el primero: ${coerced.errors[0].message}` };
  }
  const typeInfo = new TypeInfo(schema);
  let problem: InputProblem | null = null;
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (!field || !node.arguments?.length) return undefined;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, coerced.coerced);
      } catch {
        return undefined; // not this operation's field (another operation of the document): execution decides
      }
      for (const arg of field.args) {
        problem = valueProblem(values[arg.name], arg.type, arg.name);
        if (problem) return BREAK;
      }
      return undefined;
    },
  }));
  return problem;
}

function valueProblem(value: unknown, type: GraphQLInputType, path: string): InputProblem | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      const problem = valueProblem(items[i], nullable.ofType, `${path}.${i}`);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    const object = value as Record<string, unknown>;
    for (const field of Object.values(nullable.getFields())) {
      const problem = valueProblem(object[field.name], field.type, `${path}.${field.name}`);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value !== "string") return null;
  const message = textProblem(value) ?? (nullable.name === "ID" && !isWellFormedId(value) ? "Identificador no válido" : null);
  return message ? { field: path, message } : null;
}
