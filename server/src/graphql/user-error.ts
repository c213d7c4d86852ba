import { Field, ObjectType } from "type-graphql";
import { DomainError, type ErrorCode } from "../shared/errors.ts";
import { translateDatabaseError } from "../shared/database-errors.ts";
import { validateInput } from "../shared/validation.ts";

@ObjectType({ simpleResolvers: true, description: "A rule or validation failure of a mutation; nothing was changed." })
export class UserError {
  @Field(() => String, { nullable: true, description: "The input field at fault, when there is one." })
  field: string | null;

  @Field(() => String, { description: "What went wrong, in Spanish, fit to show staff." })
  message: string;

  @Field(() => String, { description: "NOT_FOUND, BAD_USER_INPUT, CONFLICT or FORBIDDEN." })
  code: ErrorCode;
}

type Payload<T> = Partial<T> & { userErrors: UserError[] };

const toUserError = (e: DomainError): UserError => ({ field: e.field ?? null, message: e.message, code: e.code });

/**
 * Runs a mutation: first its input's constraints, then the service call. Validation and rule failures (and the
 * database's unique and not-found errors) come back as `userErrors`; anything else is a real error and propagates.
 */
export async function asPayload<T extends object>(input: object, run: () => Promise<T>): Promise<Payload<T>> {
  try {
    const failures = await validateInput(input);
    if (failures.length) return { userErrors: failures.map(toUserError) } as Payload<T>;
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    const domainError = error instanceof DomainError ? error : translateDatabaseError(error);
    if (!domainError) throw error;
    return { userErrors: [toUserError(domainError)] } as Payload<T>;
  }
}
