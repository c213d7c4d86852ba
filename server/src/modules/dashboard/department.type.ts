import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Channel, ComplaintCategory, Role, VerificationOutcome, WorkOrderType } from "../../generated/prisma/enums.ts";
import { AGING_BUCKETS, type AgingBucket as AgingBucketKey } from "../../shared/workflow-facts.ts";

export const AgingBucket = Object.fromEntries(AGING_BUCKETS.map((b) => [b.key, b.key])) as { [K in AgingBucketKey]: K };
registerEnumType(AgingBucket, {
  name: "AgingBucket",
  description: `How long an open order has waited since it was issued, in calendar days: ${AGING_BUCKETS.map((b) => `${b.key} [${b.fromDays}, ${b.toDays ?? "∞"})`).join(", ")}.`,
});

@ObjectType({ simpleResolvers: true, description: "Open orders of one type held by one department." })
export class OpenOrdersByTypeAndDepartment {
  @Field(() => WorkOrderType, { description: "The order type." })
  type: WorkOrderType;

  @Field(() => Role, { description: "The department that holds them: the one they were sent to, or the one their type goes to (a verifier's orders: VERIFIER)." })
  department: Role;

  @Field(() => Int, { description: "How many are open." })
  open: number;

  @Field(() => Int, { description: "Of them, past their due date." })
  overdue: number;
}

@ObjectType({ simpleResolvers: true, description: "Open orders that have waited this long since issue." })
export class OpenOrdersByAge {
  @Field(() => AgingBucket, { description: "The age bucket." })
  bucket: AgingBucketKey;

  @Field(() => Int, { description: "How many open orders." })
  open: number;

  @Field(() => Int, { description: "Of them, past their due date." })
  overdue: number;
}

@ObjectType({ simpleResolvers: true, description: "Complaints filed in the month in one category through one channel." })
export class ComplaintsByCategoryAndChannel {
  @Field(() => ComplaintCategory, { description: "The category." })
  category: ComplaintCategory;

  @Field(() => Channel, { description: "The channel." })
  channel: Channel;

  @Field(() => Int, { description: "How many were filed." })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "Orders of one type completed in the month." })
export class CompletedOrdersByType {
  @Field(() => WorkOrderType, { description: "The order type." })
  type: WorkOrderType;

  @Field(() => Int, { description: "How many were completed in the month." })
  completed: number;

  @Field(() => Float, { nullable: true, description: "Median hours from issue to completion (calendar hours, one decimal); null when none." })
  medianHours: number | null;

  @Field(() => Int, { description: "Of them, completed by their due date." })
  onTime: number;
}

@ObjectType({ simpleResolvers: true, description: "Verification orders completed in the month with one outcome." })
export class VerificationsByOutcome {
  @Field(() => VerificationOutcome, { description: "The outcome." })
  outcome: VerificationOutcome;

  @Field(() => Int, { description: "How many." })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "The department at a glance (tablero): open work as of now and the month's figures." })
export class DepartmentDashboard {
  @Field(() => Int, { description: "The month's year." })
  year: number;

  @Field(() => Int, { description: "The month (1–12), on the utility's calendar." })
  month: number;

  @Field(() => Date, { description: "When the open-work figures were taken." })
  asOf: Date;

  @Field(() => [OpenOrdersByTypeAndDepartment], { description: "Open orders by type and holding department, with how many are overdue." })
  openByTypeAndDepartment: OpenOrdersByTypeAndDepartment[];

  @Field(() => [OpenOrdersByAge], { description: "Open orders by how long they have waited since issue (every bucket, youngest first)." })
  aging: OpenOrdersByAge[];

  @Field(() => Int, { description: "Complaints and reports filed in the month." })
  complaintsFiled: number;

  @Field(() => [ComplaintsByCategoryAndChannel], { description: "The month's complaints by category and channel (pairs with none are left out)." })
  complaintsByCategoryAndChannel: ComplaintsByCategoryAndChannel[];

  @Field(() => Int, { description: "Complaints resolved or closed in the month." })
  complaintsResolved: number;

  @Field(() => Float, { nullable: true, description: "Median hours from filing to resolution of the complaints resolved in the month; null when none." })
  complaintResolutionMedianHours: number | null;

  @Field(() => [CompletedOrdersByType], { description: "Orders completed in the month, per type (every type), with the median time to complete." })
  ordersCompletedByType: CompletedOrdersByType[];

  @Field(() => [VerificationsByOutcome], { description: "Verifications completed in the month by outcome (every outcome)." })
  verificationsByOutcome: VerificationsByOutcome[];
}

@InputType({ description: "Narrows the open-work inbox; the filters add up (AND). Absent or null: no narrowing." })
export class OpenWorkFilter {
  @Field(() => Boolean, { nullable: true, description: "Only orders assigned to the caller by name (bandeja: mías)." })
  mine?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Only orders of the caller's department(s); the head and the manager answer for the whole department." })
  myDepartment?: boolean;

  @Field(() => Role, { nullable: true, description: "Only orders held by this department (sent to it, or of a type it receives and sent to no other desk)." })
  department?: Role;

  @Field(() => WorkOrderType, { nullable: true, description: "Only orders of this type." })
  type?: WorkOrderType;

  @Field(() => ID, { nullable: true, description: "Only orders assigned to this staff member." })
  assigneeId?: string;

  @Field(() => Boolean, { nullable: true, description: "true: only orders past their due date; false: only those not yet due." })
  overdue?: boolean;

  @Field(() => Boolean, { nullable: true, description: "true: only orders escalated to the head or the manager; false: only those not escalated." })
  escalated?: boolean;
}
