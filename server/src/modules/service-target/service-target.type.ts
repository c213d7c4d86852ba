import { Field, InputType, Int, ObjectType } from "type-graphql";
import { WorkOrderType } from "../../generated/prisma/enums.ts";
import { UserError } from "../../graphql/user-error.ts";

@ObjectType({ simpleResolvers: true, description: "The due-date target of an order type, and when an open order escalates." })
export class ServiceTarget {
  @Field(() => WorkOrderType, { description: "The order type." })
  type: WorkOrderType;

  @Field(() => Int, { nullable: true, description: "Due this many hours after issue (or null: in business days)." })
  hours: number | null;

  @Field(() => Int, { nullable: true, description: "Due this many business days after issue (or null: in hours)." })
  businessDays: number | null;

  @Field(() => Int, { description: "An open order escalates to the head after this many hours." })
  escalateToHeadAfterHours: number;

  @Field(() => Int, { description: "And to the manager after this many hours." })
  escalateToManagerAfterHours: number;
}

@InputType({ description: "A new target for an order type (hours or business days, one of them)." })
export class UpdateServiceTargetInput {
  @Field(() => WorkOrderType, { description: "The order type." })
  type: WorkOrderType;

  @Field(() => Int, { nullable: true, description: "Hours (1–720), or omit to use business days." })
  hours?: number;

  @Field(() => Int, { nullable: true, description: "Business days (1–60), or omit to use hours." })
  businessDays?: number;

  @Field(() => Int, { description: "Hours until escalation to the head." })
  escalateToHeadAfterHours: number;

  @Field(() => Int, { description: "Hours until escalation to the manager (more than to the head)." })
  escalateToManagerAfterHours: number;
}

@ObjectType({ description: "The target after the change." })
export class ServiceTargetPayload {
  @Field(() => ServiceTarget, { nullable: true, description: "The target, when the change was made." })
  serviceTarget?: ServiceTarget;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

