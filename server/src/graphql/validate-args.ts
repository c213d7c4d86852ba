import { validateOrReject, type ValidationError } from "class-validator";
import { ArgumentValidationError, type ResolverData } from "type-graphql";
import { VALIDATION_OPTIONS } from "../shared/validation.ts";
import { assertInputRules } from "./input-guard.ts";

/** the fields (one resolve info each) whose arguments passed the input rules already: type-graphql calls once per argument */
const checked = new WeakSet<object>();

/**
 * Runs after the field's access check. First the input rules every argument of every field follows (input-guard.ts),
 * then class-validator on the arguments of queries, as type-graphql's default does, but with a static import (the
 * default imports class-validator on every call, ~0.4 ms a request under tsx). Mutations skip class-validator here:
 * `asPayload` validates their input and answers with `userErrors`.
 */
export async function validateArgs(argValue: unknown, _type: unknown, resolverData: ResolverData): Promise<void> {
  if (!checked.has(resolverData.info)) {
    checked.add(resolverData.info);
    assertInputRules(resolverData.info);
  }
  if (argValue === null || typeof argValue !== "object" || resolverData.info.parentType.name === "Mutation") return;
  const values = Array.isArray(argValue) ? argValue.filter((v) => v !== null && typeof v === "object") : [argValue];
  try {
    await Promise.all(values.map((value) => validateOrReject(value as object, VALIDATION_OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
