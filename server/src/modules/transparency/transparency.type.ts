import { Field, Float, Int, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";
import { WorkOrderType } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { Node } from "../../graphql/node.ts";

@ObjectType({ simpleResolvers: true, description: "A count under one key of a breakdown (the key is the enum value, e.g. WATER_LEAK)." })
export class FigureCount {
  @Field(() => String, { description: "The enum value counted (category, channel, status or outcome)." })
  key: string;

  @Field(() => Int, { description: "How many." })
  count: number;
}

@ObjectType({ simpleResolvers: true, description: "Work orders of one type in the month." })
export class WorkOrderTypeFigures {
  @Field(() => WorkOrderType, { description: "The order type." })
  type: WorkOrderType;

  @Field(() => Int, { description: "Issued in the month." })
  issued: number;

  @Field(() => Int, { description: "Completed in the month." })
  completed: number;

  @Field(() => Int, { description: "Due in the month and not completed by their due date (cancelled ones excluded)." })
  overdue: number;
}

@ObjectType({ simpleResolvers: true, description: "Discounts by decision in the month: requested (by request date), authorized or rejected (by decision date)." })
export class DiscountFigures {
  @Field(() => String, { description: "REQUESTED, AUTHORIZED or REJECTED." })
  decision: string;

  @Field(() => Int, { description: "How many discounts." })
  count: number;

  @Field(() => DecimalScalar, { description: "Their total amount, MXN (an aggregate: no one customer's figure)." })
  amount: string;
}

@ObjectType({ simpleResolvers: true, description: "The department's figures for one calendar month (America/Mazatlan); definitions in the README." })
export class TransparencyFigures {
  @Field(() => Int, { description: "Complaints and reports filed in the month." })
  complaintsFiled: number;

  @Field(() => [FigureCount], { description: "Filed in the month, by category (every category, zeros included)." })
  complaintsByCategory: FigureCount[];

  @Field(() => [FigureCount], { description: "Filed in the month, by channel." })
  complaintsByChannel: FigureCount[];

  @Field(() => [FigureCount], { description: "Filed in the month, by their status when the figures were computed." })
  complaintsByStatus: FigureCount[];

  @Field(() => Int, { description: "Complaints resolved in the month." })
  complaintsResolved: number;

  @Field(() => Float, { nullable: true, description: "Median hours from filing to resolution of those resolved in the month." })
  resolutionMedianHours: number | null;

  @Field(() => Float, { nullable: true, description: "90th percentile of the same hours." })
  resolutionP90Hours: number | null;

  @Field(() => [WorkOrderTypeFigures], { description: "Orders issued, completed and overdue, by type." })
  workOrdersByType: WorkOrderTypeFigures[];

  @Field(() => [FigureCount], { description: "Verifications completed in the month, by outcome." })
  verificationsByOutcome: FigureCount[];

  @Field(() => [DiscountFigures], { description: "Discounts requested, authorized and rejected, with amounts." })
  discounts: DiscountFigures[];

  @Field(() => Int, { description: "Reconnections completed in the month." })
  reconnectionsCompleted: number;

  @Field(() => Float, { nullable: true, description: "Median hours from the last payment before the order to the reconnection." })
  reconnectionMedianHoursAfterPayment: number | null;

  @Field(() => Float, { nullable: true, description: "90th percentile of the same hours." })
  reconnectionP90HoursAfterPayment: number | null;

  @Field(() => Int, { description: "Water and sewer leak reports filed in the month." })
  leakReportsFiled: number;

  @Field(() => Int, { description: "Of those, with their repair order completed." })
  leakReportsAttended: number;

  @Field(() => Int, { description: "Of those, completed by the repair order's due date." })
  leakReportsWithinTarget: number;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A frozen snapshot of a month's figures (one version); it never changes, except to record its delivery once." })
export class TransparencyReport extends Node {
  @Field(() => Int, { description: "Year of the month reported." })
  year: number;

  @Field(() => Int, { description: "Month reported (1–12)." })
  month: number;

  @Field(() => Int, { description: "1 for the first generation; each regeneration adds one." })
  version: number;

  @Field(() => Date, { description: "When the figures were frozen." })
  generatedAt: Date;

  @Field(() => String, { description: "SHA-256 (hex) of the canonical JSON of {year, month, version, generatedAt, figures}: the seal of this version." })
  sha256: string;

  @Field(() => TransparencyFigures, { description: "The figures as they were when generated." })
  figures: TransparencyFigures;

  @Field(() => Date, { nullable: true, description: "When it was delivered to IT's transparency unit." })
  deliveredAt: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "A month of the transparency calendar: its legal due day (the 20th of the next month) and its snapshots." })
export class TransparencyMonth {
  @Field(() => Int, { description: "Year." })
  year: number;

  @Field(() => Int, { description: "Month (1–12)." })
  month: number;

  @Field(() => GraphQLDate, { description: "The legal due day: the 20th of the following month." })
  dueOn: Date;
}
