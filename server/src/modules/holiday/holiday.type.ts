import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";
import { HolidayKind } from "../../generated/prisma/enums.ts";
import { UserError } from "../../graphql/user-error.ts";
import { RequiredText } from "../../shared/validation.ts";

@ObjectType({ simpleResolvers: true, description: "A day that is not a business day." })
export class Holiday {
  @Field(() => ID, { nullable: true, description: "Global id of a configured closure; null for a computed federal holiday." })
  id: number | string | null;

  @Field(() => GraphQLDate, { description: "The day (yyyy-mm-dd)." })
  date: Date;

  @Field(() => String, { description: "Its name or reason." })
  name: string;

  @Field(() => HolidayKind, { description: "FEDERAL (computed, read-only) or CLOSURE (configured)." })
  kind: HolidayKind;

  @Field(() => Boolean, { description: "Whether it may still be removed (a future closure)." })
  editable: boolean;
}

@InputType({ description: "A day the utility closes." })
export class CreateClosureInput {
  @Field(() => GraphQLDate, { description: "The day (a future date)." })
  date: Date;

  @Field(() => String, { description: "Why it closes, e.g. Jueves Santo." })
  @RequiredText(120)
  name: string;
}

@InputType({ description: "A future closure to remove." })
export class DeleteClosureInput {
  @Field(() => ID, { description: "The closure." })
  id: string;
}

@ObjectType({ description: "The closure created." })
export class ClosurePayload {
  @Field(() => Holiday, { nullable: true, description: "The closure, when created." })
  holiday?: Holiday;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

@ObjectType({ description: "The closure removed." })
export class DeleteClosurePayload {
  @Field(() => ID, { nullable: true, description: "Global id of the closure removed." })
  deletedId?: string;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

