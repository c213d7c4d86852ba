// Inputs and payload of the work-order lifecycle mutations (work-order-lifecycle.resolver.ts).
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ValidateNested } from "class-validator";
import { GraphQLDate } from "graphql-scalars";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { LimitationResult, Role } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { UserError } from "../../graphql/user-error.ts";
import { METER_SERIAL_MAX_LENGTH } from "./results/meter-replacement.result.ts";
import { WorkOrder } from "./work-order.type.ts";

@InputType({ description: "The meter installed by a METER_REPLACEMENT order; the one in place is retired that day." })
export class NewMeterInput {
  @Field(() => String, { description: "Serial number of the new meter (unique, up to 40 characters)." })
  @MaxText(METER_SERIAL_MAX_LENGTH)
  serialNumber: string;

  @Field(() => String, { nullable: true, description: "Brand of the new meter." })
  @MaxText(60)
  brand?: string;

  @Field(() => DecimalScalar, { description: "Its reading when installed, m³ (0 or more)." })
  initialReadingM3: string;

  @Field(() => GraphQLDate, { description: "The day it was installed (yyyy-mm-dd, not in the future)." })
  installedOn: Date;
}

@InputType({ description: "The result of an order, typed by the order's type: give only the fields of that type." })
export class CompleteWorkOrderInput {
  @Field(() => ID, { description: "The order (not a VERIFICATION: those use completeVerification), held by the caller." })
  workOrderId: string;

  @Field(() => LimitationResult, { nullable: true, description: "SERVICE_LIMITATION: the crew's result; LIMITED marks the connection LIMITED." })
  limitationResult?: LimitationResult;

  @Field(() => NewMeterInput, { nullable: true, description: "METER_REPLACEMENT: the meter installed (required)." })
  @ValidateNested()
  newMeter?: NewMeterInput;

  @Field(() => String, {
    nullable: true,
    description: "The result's note (up to 2,000 characters): required for LEAK_REPAIR (it resolves the complaint); optional for the others.",
  })
  @MaxText(2000)
  notes?: string;
}

@InputType({ description: "Who receives the order: a person or a department, not both." })
export class AssignWorkOrderInput {
  @Field(() => ID, { description: "The order to assign (ISSUED) or reassign (ASSIGNED, IN_PROGRESS)." })
  workOrderId: string;

  @Field(() => ID, { nullable: true, description: "The staff member (Staff.id) who will do it; they must hold a role that receives this type of order." })
  assigneeId?: string;

  @Field(() => Role, { nullable: true, description: "The department that takes it as a desk (REGISTRY, FOLLOW_UP, COLLECTIONS, by order type)." })
  department?: Role;
}

@InputType({ description: "The order whose work starts." })
export class StartWorkOrderInput {
  @Field(() => ID, { description: "An ASSIGNED order the caller holds." })
  workOrderId: string;
}

@InputType({ description: "An open order to cancel, and why." })
export class CancelWorkOrderInput {
  @Field(() => ID, { description: "The order to cancel." })
  workOrderId: string;

  @Field(() => String, { description: "Why it is cancelled (up to 500 characters); it enters the history." })
  @RequiredText(500)
  reason: string;
}

@InputType({ description: "The connection to reconnect." })
export class RequestReconnectionInput {
  @Field(() => ID, { description: "A LIMITED connection with a balance of 0 or less." })
  connectionId: string;
}

@ObjectType({ description: "The order after the change." })
export class WorkOrderPayload {
  @Field(() => WorkOrder, { nullable: true, description: "The order; null when userErrors is not empty." })
  workOrder?: WorkOrder;

  @Field(() => WorkOrder, { nullable: true, description: "An order issued as a consequence (e.g. the LEAK_REPAIR after an external leak)." })
  followUpOrder?: WorkOrder | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}
