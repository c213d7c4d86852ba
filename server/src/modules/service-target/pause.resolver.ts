import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload, UserError } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { RequiredText } from "../../shared/validation.ts";
import { WorkOrder } from "../work-order/work-order.type.ts";
import { PAUSE_REASON_MAX, pauseWorkOrder, resumeWorkOrder } from "./pause.service.ts";

@InputType({ description: "Stops an order's clock while it waits on the customer." })
class PauseWorkOrderInput {
  @Field(() => ID, { description: "The order." })
  workOrderId: string;

  @Field(() => String, { description: "What is expected from the customer (shown in the history)." })
  @RequiredText(PAUSE_REASON_MAX)
  reason: string;
}

@InputType({ description: "Starts a paused order's clock again." })
class ResumeWorkOrderInput {
  @Field(() => ID, { description: "The order." })
  workOrderId: string;
}

@ObjectType({ description: "The order after the change." })
class WorkOrderClockPayload {
  @Field(() => WorkOrder, { nullable: true, description: "The order, when the change was made." })
  workOrder?: WorkOrder;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

type ClockRow = { pausedAt?: Date | null; pauseReason?: string | null; pausedBusinessMinutes?: number; escalationLevel?: number; escalatedAt?: Date | null };

@Resolver(() => WorkOrder)
export class WorkOrderClockResolver {
  @Authorized(...Operations.pauseWorkOrders)
  @Mutation(() => WorkOrderClockPayload, { description: "Pauses an open order waiting on the customer: its clock stops until it is resumed (history and audit record both)." })
  pauseWorkOrder(@Ctx() ctx: Context, @Arg("input", () => PauseWorkOrderInput, { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." }) input: PauseWorkOrderInput) {
    return asPayload(input, () => pauseWorkOrder(ctx as ActingScope, { workOrderId: idOf("WorkOrder", input.workOrderId, "workOrderId"), reason: input.reason }));
  }

  @Authorized(...Operations.pauseWorkOrders)
  @Mutation(() => WorkOrderClockPayload, { description: "Resumes a paused order; its due date moves so that the business time it had left is left again." })
  resumeWorkOrder(@Ctx() ctx: Context, @Arg("input", () => ResumeWorkOrderInput, { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." }) input: ResumeWorkOrderInput) {
    return asPayload(input, () => resumeWorkOrder(ctx as ActingScope, { workOrderId: idOf("WorkOrder", input.workOrderId, "workOrderId") }));
  }

  @FieldResolver(() => Date, { nullable: true, description: "Since when the order is paused waiting on the customer (null: its clock runs)." })
  pausedAt(@Root() row: ClockRow) {
    return row.pausedAt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "What is expected from the customer while paused." })
  pauseReason(@Root() row: ClockRow) {
    return row.pauseReason ?? null;
  }

  @FieldResolver(() => Int, { description: "Business minutes the order spent paused (its earlier pauses)." })
  pausedBusinessMinutes(@Root() row: ClockRow) {
    return row.pausedBusinessMinutes ?? 0;
  }

  @FieldResolver(() => Int, { description: "0: with its department; 1: escalated to the head; 2: to the manager." })
  escalationLevel(@Root() row: ClockRow) {
    return row.escalationLevel ?? 0;
  }

  @FieldResolver(() => Date, { nullable: true, description: "When it last went up an escalation level." })
  escalatedAt(@Root() row: ClockRow) {
    return row.escalatedAt ?? null;
  }
}
