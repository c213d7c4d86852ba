import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DomainError } from "../shared/errors.ts";
import { translateDatabaseError } from "../shared/database-errors.ts";

/** Codes that are safe to pass through as they are: they describe the request, not the server. */
const CLIENT_CODES = new Set([
  "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CONFLICT",
  "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "QUERY_TOO_EXPENSIVE",
]);

/** The one place where errors become `extensions.code`; anything unexpected is logged and masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const domainError = original instanceof DomainError ? original : translateDatabaseError(original);
  const base = { locations: formatted.locations, path: formatted.path };
  if (domainError) {
    return { ...base, message: domainError.message, extensions: { code: domainError.code, ...(domainError.field ? { field: domainError.field } : {}) } };
  }
  const code = formatted.extensions?.code;
  // type-graphql's AuthorizationError says UNAUTHORIZED; the API's word for "authenticated but not allowed" is FORBIDDEN
  if (code === "UNAUTHORIZED") return { ...base, message: "No tiene permiso para esta operación o este dato", extensions: { code: "FORBIDDEN" } };
  if (code === "BAD_USER_INPUT" && formatted.extensions?.validationErrors) {
    return { ...base, message: "Datos no válidos", extensions: { code, validationErrors: validationSummary(formatted.extensions.validationErrors) } };
  }
  const field = formatted.extensions?.field;
  if (typeof code === "string" && CLIENT_CODES.has(code)) return { ...base, message: formatted.message, extensions: { code, ...(typeof field === "string" ? { field } : {}) } };
  console.error("Unexpected error:", original);
  return { ...base, message: "Error interno del servidor", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

// class-validator errors carry the whole input object; keep only which property failed and why.
function validationSummary(errors: unknown): { property: string; constraints: Record<string, string> }[] {
  return (errors as { property: string; constraints?: Record<string, string> }[]).map((e) => ({ property: e.property, constraints: e.constraints ?? {} }));
}
