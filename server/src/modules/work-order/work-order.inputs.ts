import { Field, ID, InputType, ObjectType } from "type-graphql";
import { FitsColumn, MaxText } from "../../shared/validation.ts";
import { VOLUME_M3 } from "../../shared/decimal-columns.ts";
import { VerificationOutcome, WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { UserError } from "../../graphql/user-error.ts";
import { WorkOrder } from "./work-order.type.ts";

@InputType({ description: "Filters for the work-order list." })
export class WorkOrderFilter {
  @Field(() => WorkOrderType, { nullable: true, description: "Only orders of this type." })
  type?: WorkOrderType;

  @Field(() => WorkOrderStatus, { nullable: true, description: "Only orders in this status." })
  status?: WorkOrderStatus;

  @Field(() => Boolean, { nullable: true, description: "Only orders not yet completed or cancelled (ISSUED, ASSIGNED, IN_PROGRESS)." })
  open?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Only the orders assigned to the caller." })
  assignedToMe?: boolean;
}

@InputType({ description: "The verifier's field result." })
export class CompleteVerificationInput {
  @Field(() => ID, { description: "The verification order, assigned to the caller." })
  workOrderId: string;

  @Field(() => VerificationOutcome, { description: "What the verifier found." })
  outcome: VerificationOutcome;

  @Field(() => DecimalScalar, { nullable: true, description: "Excess m³ measured; required (> 0) for METER_OVER_REGISTERING." })
  @FitsColumn(VOLUME_M3)
  excessM3?: string;

  @Field(() => String, { nullable: true, description: "The verifier's notes (up to 2,000 characters)." })
  @MaxText(2000)
  notes?: string;
}

@ObjectType({ description: "The verification order with its result recorded." })
export class CompleteVerificationPayload {
  @Field(() => WorkOrder, { nullable: true, description: "The completed order; null when userErrors is not empty." })
  workOrder?: WorkOrder;

  @Field(() => WorkOrder, { nullable: true, description: "The LEAK_REPAIR field report issued to FOLLOW_UP when the outcome is EXTERNAL_LEAK." })
  followUpOrder?: WorkOrder | null;

  @Field(() => [UserError], { description: "Why nothing was recorded; empty on success." })
  userErrors: UserError[];
}
