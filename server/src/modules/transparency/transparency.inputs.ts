import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/user-error.ts";
import { AtLeast, AtMost } from "../../shared/validation.ts";
import { CALENDAR_YEARS } from "../../shared/input-rules.ts";
import { TransparencyReport } from "./transparency.type.ts";

@InputType({ description: "The month whose figures to freeze (it must have ended)." })
export class GenerateTransparencyReportInput {
  @Field(() => Int, { description: "Year." })
  @AtLeast(CALENDAR_YEARS.min)
  @AtMost(CALENDAR_YEARS.max)
  year: number;

  @Field(() => Int, { description: "Month (1–12)." })
  @AtLeast(1)
  @AtMost(12)
  month: number;
}

@InputType({ description: "The snapshot delivered." })
export class MarkTransparencyReportDeliveredInput {
  @Field(() => ID, { description: "The snapshot (the month's latest version)." })
  id: string;
}

@ObjectType({ description: "The snapshot after the change." })
export class TransparencyReportPayload {
  @Field(() => TransparencyReport, { nullable: true, description: "The snapshot, when the change was made." })
  report?: TransparencyReport;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}
