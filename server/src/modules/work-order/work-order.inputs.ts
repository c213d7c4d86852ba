import { Field, ID, InputType, ObjectType } from "type-graphql";
import { MaxText } from "../../shared/validation.ts";
import { VerificationOutcome, WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { UserError } from "../../graphql/user-error.ts";
import { WorkOrder } from "./work-order.type.ts";

@InputType({ description: "Filters for the work-order list." })
export class WorkOrderFilter {
  @Field(() => WorkOrderType, { nullable: true })
  type?: WorkOrderType;

  @Field(() => WorkOrderStatus, { nullable: true })
  status?: WorkOrderStatus;

  @Field(() => Boolean, { nullable: true, description: "Only orders not yet completed or cancelled (ISSUED, ASSIGNED, IN_PROGRESS)." })
  open?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Only the orders assigned to the caller." })
  assignedToMe?: boolean;
}

@InputType({ description: "The verifier's field result." })
export class CompleteVerificationInput {
  @Field(() => ID)
  workOrderId: string;

  @Field(() => VerificationOutcome)
  outcome: VerificationOutcome;

  @Field(() => DecimalScalar, { nullable: true, description: "Excess m³ measured; required (> 0) for METER_OVER_REGISTERING." })
  excessM3?: string;

  @Field(() => String, { nullable: true })
  @MaxText(2000)
  notes?: string;
}

@ObjectType()
export class CompleteVerificationPayload {
  @Field(() => WorkOrder, { nullable: true })
  workOrder?: WorkOrder;

  @Field(() => [UserError])
  userErrors: UserError[];
}
