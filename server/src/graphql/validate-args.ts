import { validateOrReject, type ValidationError } from "class-validator";
import { ArgumentValidationError } from "type-graphql";

const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * Validates input and args objects with class-validator, as type-graphql's default does, but with a static import:
 * the default imports class-validator dynamically on every call, which costs ~0.4 ms a request under tsx.
 */
export async function validateArgs(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== "object") return;
  const values = Array.isArray(argValue) ? argValue.filter((v) => v !== null && typeof v === "object") : [argValue];
  try {
    await Promise.all(values.map((value) => validateOrReject(value as object, OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
