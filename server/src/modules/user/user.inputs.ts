import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DiscountCredentialType } from "../../generated/prisma/enums.ts";
import { MaxText } from "../../shared/validation.ts";
import { CURP_LENGTH } from "../../shared/curp.ts";
import { PHONE_MAX_LENGTH } from "../../shared/phone.ts";
import { UserError } from "../../graphql/user-error.ts";
import { User } from "./user.type.ts";
import { USER_LIMITS } from "./user.rules.ts";

@InputType({ description: "A customer's data. On update only the fields given change; an empty text clears an optional field." })
export class UserFieldsInput {
  @Field(() => String, { nullable: true, description: "Full name (required to create)." })
  @MaxText(USER_LIMITS.fullName)
  fullName?: string;

  @Field(() => String, { nullable: true, description: "CURP: 18 characters, checked by its structure and check digit; unique." })
  @MaxText(CURP_LENGTH + 4)
  curp?: string;

  @Field(() => String, { nullable: true, description: "Contact phone as written; stored as the 10-digit national number." })
  @MaxText(PHONE_MAX_LENGTH)
  phone?: string;

  @Field(() => String, { nullable: true, description: "Contact e-mail." })
  @MaxText(USER_LIMITS.email)
  email?: string;

  @Field(() => String, { nullable: true, description: "Postal address (where mail reaches the customer)." })
  @MaxText(USER_LIMITS.postalAddress)
  postalAddress?: string;

  @Field(() => DiscountCredentialType, { nullable: true, description: "Kind of social-discount credential (with discountCredential)." })
  discountCredentialType?: DiscountCredentialType;

  @Field(() => String, { nullable: true, description: "Pensioner/retiree key or employee number." })
  @MaxText(USER_LIMITS.discountCredential)
  discountCredential?: string;
}

@InputType({ description: "Registers a customer." })
export class CreateUserInput extends UserFieldsInput {}

@InputType({ description: "Corrects a customer's data." })
export class UpdateUserInput extends UserFieldsInput {
  @Field(() => ID, { description: "The customer." })
  id: string;
}

@InputType({ description: "Merges a duplicate record into the one kept." })
export class MergeUsersInput {
  @Field(() => ID, { description: "The record kept: it receives the duplicate's connections (with their history, ledger and discounts)." })
  keepId: string;

  @Field(() => ID, { description: "The duplicate: kept, marked as merged, never deleted." })
  mergeId: string;
}

@InputType({ description: "Whom to compare: an existing customer, or the data of one about to be registered." })
export class PossibleDuplicatesInput {
  @Field(() => ID, { nullable: true, description: "An existing customer (its own name, CURP and first connection's address are used)." })
  userId?: string;

  @Field(() => String, { nullable: true, description: "Full name of the candidate." })
  @MaxText(USER_LIMITS.fullName)
  fullName?: string;

  @Field(() => String, { nullable: true, description: "CURP of the candidate." })
  @MaxText(CURP_LENGTH + 4)
  curp?: string;

  @Field(() => String, { nullable: true, description: "Street of the candidate's address." })
  @MaxText(200)
  street?: string;

  @Field(() => ID, { nullable: true, description: "Locality of the candidate's address." })
  localityId?: string;
}

@ObjectType({ description: "A customer who may be the same person." })
export class DuplicateCandidate {
  @Field(() => User, { description: "The existing record." })
  user: User;

  @Field(() => [String], { description: "Why: SAME_CURP, SIMILAR_NAME_SAME_ADDRESS." })
  reasons: string[];

  @Field(() => Float, { description: "Trigram similarity of the names, 0 to 1." })
  nameSimilarity: number;
}

@ObjectType({ description: "The customer after the change." })
export class UserPayload {
  @Field(() => User, { nullable: true, description: "The customer, when the change was made." })
  user?: User;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

@ObjectType({ description: "The outcome of a merge." })
export class MergeUsersPayload {
  @Field(() => User, { nullable: true, description: "The record kept." })
  user?: User;

  @Field(() => User, { nullable: true, description: "The duplicate, now marked as merged." })
  merged?: User;

  @Field(() => Int, { nullable: true, description: "How many connections moved to the record kept." })
  movedConnections?: number;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}
