/** The codes that reach API callers in `extensions.code` and in `userErrors.code`. */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT" | "RATE_LIMITED" | "INTERNAL_SERVER_ERROR";

/** A business-rule or validation failure raised by a service. `field` names the input field at fault. */
export class DomainError extends Error {
  constructor(public readonly code: ErrorCode, message: string, public readonly field?: string) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} no existe o no está a su alcance`);
export const badInput = (field: string, message: string) => new DomainError("BAD_USER_INPUT", message, field);
export const conflict = (message: string, field?: string) => new DomainError("CONFLICT", message, field);
