import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionStatus, LimitationResult } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { UserError } from "../../graphql/user-error.ts";
import { Connection } from "../../shared/pagination.ts";
import { WorkOrder } from "../work-order/work-order.type.ts";
import { Crew } from "../crew/crew.resolver.ts";

@ObjectType({ description: "An overdue connection on a crew's list (control number, holder, address, what it owes)." })
export class DelinquentConnection {
  @Field(() => ID, { description: "The connection's global id (a ServiceConnection)." })
  connectionId: string;

  @Field(() => String, { description: "Número de control." })
  controlNumber: string;

  @Field(() => String, { description: "The holder's full name." })
  holderName: string;

  @Field(() => String, { description: "Street, number and colonia." })
  address: string;

  @Field(() => String, { description: "The locality." })
  localityName: string;

  @Field(() => ConnectionStatus, { description: "ACTIVE, or LIMITED when asked to include them." })
  status: ConnectionStatus;

  @Field(() => DecimalScalar, { description: "Amount owed (MXN)." })
  balance: unknown;

  @Field(() => Int, { description: "Billing periods owed." })
  periodsOwed: number;
}

@ObjectType({ description: "A page of overdue connections: by crew, then the largest debts first." })
export class DelinquentConnectionPage extends Connection(DelinquentConnection, "DelinquentConnection") {}

@ObjectType({ simpleResolvers: true, description: "What one crew's list holds." })
export class CrewDelinquency {
  @Field(() => Int, { description: "Overdue connections on the list." })
  connections: number;

  @Field(() => DecimalScalar, { description: "What they owe together (MXN)." })
  totalBalance: unknown;
}

@ObjectType({ description: "The delinquency list (usuarios morosos) with the thresholds it was built with." })
export class DelinquencyList {
  @Field(() => DecimalScalar, { description: "Minimum balance owed (the filter's, or the setting delinquencyMinBalance)." })
  minBalance: unknown;

  @Field(() => Int, { description: "Minimum periods owed (the filter's, or the setting delinquencyMinPeriods)." })
  minPeriodsOwed: number;
}

@InputType({ description: "Which overdue connections to list; thresholds default to the settings." })
export class DelinquencyFilter {
  @Field(() => ID, { nullable: true, description: "Only this crew's connections." })
  crewId?: string;

  @Field(() => ID, { nullable: true, description: "Only this locality's connections." })
  localityId?: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Owing at least this much (MXN); default: setting delinquencyMinBalance." })
  minBalance?: string;

  @Field(() => Int, { nullable: true, description: "Owing at least this many periods; default: setting delinquencyMinPeriods." })
  minPeriodsOwed?: number;

  @Field(() => Boolean, { nullable: true, description: "Include connections already LIMITED (left out by default: they need no new order)." })
  includeLimited?: boolean;
}

@InputType({ description: "Limitation orders to issue to a crew, one per connection." })
export class IssueLimitationOrdersInput {
  @Field(() => ID, { description: "The crew that will visit them." })
  crewId: string;

  @Field(() => [ID], { description: "The connections (global ids), at most 100." })
  connectionIds: string[];
}

@ObjectType({ description: "A connection for which no order was issued, and why." })
export class SkippedConnection {
  @Field(() => ID, { description: "The connection's global id." })
  connectionId: string;

  @Field(() => String, { description: "Its control number." })
  controlNumber: string;

  @Field(() => String, { description: "ALREADY_LIMITED, OPEN_LIMITATION_ORDER or NOT_ACTIVE." })
  reason: string;

  @Field(() => String, { description: "Why, in Spanish, fit to show staff." })
  message: string;
}

@ObjectType({ description: "The orders issued and the connections skipped." })
export class IssueLimitationOrdersPayload {
  @Field(() => [WorkOrder], { description: "One SERVICE_LIMITATION order per connection that needed one." })
  orders: WorkOrder[];

  @Field(() => [SkippedConnection], { description: "Connections already limited, not in service, or with an open limitation order." })
  skipped: SkippedConnection[];

  @Field(() => [UserError], { description: "Why nothing was issued." })
  userErrors: UserError[];
}

@InputType({ description: "The result a crew brought back for one limitation order." })
export class LimitationResultInput {
  @Field(() => ID, { description: "The SERVICE_LIMITATION order (held by the caller, open and not paused)." })
  workOrderId: string;

  @Field(() => LimitationResult, { description: "LIMITED marks the connection LIMITED (with history); NOT_FOUND, PAID_ON_SITE and REFUSED leave it as it is." })
  result: LimitationResult;

  @Field(() => String, { nullable: true, description: "What the crew noted (up to 2,000 characters)." })
  notes?: string;
}

@InputType({ description: "A crew's list of results: each row is recorded in its own transaction." })
export class RecordLimitationResultsInput {
  @Field(() => [LimitationResultInput], { description: "One row per order, at most 100." })
  results: LimitationResultInput[];
}

@ObjectType({ description: "What happened to one row of the list." })
export class LimitationResultOutcome {
  @Field(() => Int, { description: "The row's position in the input (from 0)." })
  index: number;

  @Field(() => ID, { description: "The order's global id, as given." })
  workOrderId: string;

  @Field(() => Boolean, { description: "Whether the result was recorded." })
  ok: boolean;

  @Field(() => WorkOrder, { nullable: true, description: "The order as completed; null when the row failed." })
  workOrder?: WorkOrder | null;

  @Field(() => UserError, { nullable: true, description: "Why the row was not recorded (nothing of it changed); null when it was." })
  error?: UserError | null;
}

@ObjectType({ description: "One outcome per row: the recorded rows are kept even when others fail." })
export class RecordLimitationResultsPayload {
  @Field(() => [LimitationResultOutcome], { description: "In the input's order." })
  results: LimitationResultOutcome[];

  @Field(() => Int, { description: "How many rows were recorded." })
  recorded: number;

  @Field(() => Int, { description: "How many rows failed." })
  failed: number;

  @Field(() => [UserError], { description: "Why nothing was recorded at all (an empty or oversized list)." })
  userErrors: UserError[];
}

export { Crew };
