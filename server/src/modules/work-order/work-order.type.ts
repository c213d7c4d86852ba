import { Field, ObjectType } from "type-graphql";
import { LimitationResult, Role, VerificationOutcome, WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { Node } from "../../graphql/node.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "Work sent to a person or department, tracked until done (orden)." })
export class WorkOrder extends Node {
  @Field(() => String, { description: "Human folio, e.g. OV-2026-000045." })
  folio: string;

  @Field(() => WorkOrderType, { description: "What the order asks for." })
  type: WorkOrderType;

  @Field(() => WorkOrderStatus, { description: "Where the order stands." })
  status: WorkOrderStatus;

  @Field(() => Role, { nullable: true, description: "The department that receives the order when no one person does." })
  department: Role | null;

  @Field(() => String, { nullable: true, description: "Instructions, e.g. \"Reinstalación de servicio\"." })
  observations: string | null;

  @Field(() => Date, { description: "Due by the service target of the order's type." })
  dueAt: Date;

  @Field(() => Date, { description: "When the order was issued." })
  issuedAt: Date;

  @Field(() => Date, { nullable: true, description: "When the result was recorded; null while open." })
  completedAt: Date | null;

  @Field(() => VerificationOutcome, { nullable: true, description: "Result of a VERIFICATION order." })
  verificationOutcome: VerificationOutcome | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Excess m³ measured, when the meter over-registers." })
  excessM3: unknown;

  @Field(() => LimitationResult, { nullable: true, description: "Result of a SERVICE_LIMITATION order." })
  limitationResult: LimitationResult | null;

  @Field(() => String, { nullable: true, description: "Notes of whoever completed the order." })
  resultNotes: string | null;
}

@ObjectType({ description: "A page of work orders." })
export class WorkOrderPage extends Connection(WorkOrder, "WorkOrder") {}
