// Applies the rules every input value satisfies (shared/input-rules.ts) to every argument of a field, walking each
// value along its type in the schema. It runs from `validateArgs`, so after the field's access check (a caller without
// a session or the right hears UNAUTHENTICATED / FORBIDDEN, never a detail of its input) and before its resolver.
// New fields get it without code.
import { GraphQLError, getArgumentValues, getNullableType, getVariableValues, isInputObjectType, isListType, type GraphQLInputType, type GraphQLResolveInfo } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { badInput } from "../shared/errors.ts";
import { textProblem } from "../shared/input-rules.ts";
import { isWellFormedId } from "../shared/global-id.ts";

interface InputProblem {
  field: string;
  message: string;
}

/** Throws BAD_USER_INPUT naming the first argument value (at any depth) of the field being resolved that breaks a rule. */
export function assertInputRules(info: GraphQLResolveInfo): void {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field?.args.length) return;
  const values = getArgumentValues(field, info.fieldNodes[0], info.variableValues);
  for (const arg of field.args) {
    const problem = valueProblem(values[arg.name], arg.type, arg.name);
    if (problem) throw badInput(problem.field, problem.message);
  }
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

/** graphql-js's own limit of variable errors reported in one answer */
const MAX_VARIABLE_ERRORS = 50;

/**
 * Past that limit graphql-js adds an error with no code ("Too many errors…"), which would read as a server error: such
 * a request is refused here as BAD_USER_INPUT naming the first variable at fault (HTTP 400, before execution, as
 * graphql-js refuses variables of the wrong shape anyway).
 */
export function variableErrorLimitPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, request }) {
          if (!operation?.variableDefinitions?.length) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions, request.variables ?? {}, { maxErrors: MAX_VARIABLE_ERRORS });
          if (!coerced.errors || coerced.errors.length <= MAX_VARIABLE_ERRORS) return;
          const variable = /^Variable "\$(\w+)"/.exec(coerced.errors[0].message)?.[1] ?? "variables";
          const message = `Demasiados valores no válidos; el primero: ${coerced.errors[0].message}`;
          throw new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field: variable, http: { status: 400 } } });
        },
      };
    },
  };
}
