import { Field, ObjectType } from "type-graphql";
import { DomainError, type ErrorCode } from "../shared/errors.ts";
import { translateDatabaseError } from "../shared/database-errors.ts";

@ObjectType({ simpleResolvers: true, description: "A rule or validation failure of a mutation; nothing was changed." })
export class UserError {
  @Field(() => String, { nullable: true, description: "The input field at fault, when there is one." })
  field: string | null;

  @Field(() => String, { description: "What went wrong, in Spanish, fit to show staff." })
  message: string;

  @Field(() => String, { description: "NOT_FOUND, BAD_USER_INPUT, CONFLICT or FORBIDDEN." })
  code: ErrorCode;
}

/**
 * Runs a mutation's service call: rule and validation failures (DomainError, and the database's unique and
 * not-found errors) come back as `userErrors`; anything else is a real error and propagates.
 */
export async function asPayload<T extends object>(run: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    const domainError = error instanceof DomainError ? error : translateDatabaseError(error);
    if (!domainError) throw error;
    return { userErrors: [{ field: domainError.field ?? null, message: domainError.message, code: domainError.code }] } as Partial<T> & { userErrors: UserError[] };
  }
}
