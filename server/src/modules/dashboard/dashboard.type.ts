import { Field, ID, Int, ObjectType } from "type-graphql";
import { Role, WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";

@ObjectType({ simpleResolvers: true, description: "Open orders of one type in one status." })
export class OrdersByTypeAndStatus {
  @Field(() => WorkOrderType, { description: "The order type." })
  type: WorkOrderType;

  @Field(() => WorkOrderStatus, { description: "The status." })
  status: WorkOrderStatus;

  @Field(() => Int, { description: "How many are open." })
  count: number;

  @Field(() => Int, { description: "Of them, past their due date." })
  overdue: number;
}

@ObjectType({ description: "Open orders of one person (or of a department, when no one person has them)." })
export class OrdersByAssignee {
  @Field(() => Role, { nullable: true, description: "The department that receives them when no one person does." })
  department: Role | null;

  @Field(() => Int, { description: "How many are open." })
  open: number;

  @Field(() => Int, { description: "Of them, past their due date." })
  overdue: number;
}

@ObjectType({ simpleResolvers: true, description: "The department's open work at a glance (tablero)." })
export class FollowUpBoard {
  @Field(() => Int, { description: "Open orders." })
  open: number;

  @Field(() => Int, { description: "Open and past their due date." })
  overdue: number;

  @Field(() => Int, { description: "Open, not yet overdue, due before today ends." })
  dueToday: number;

  @Field(() => Int, { description: "Paused, waiting on the customer." })
  paused: number;

  @Field(() => Int, { description: "Escalated to the head (level 1)." })
  escalatedToHead: number;

  @Field(() => Int, { description: "Escalated to the manager (level 2)." })
  escalatedToManager: number;

  @Field(() => [OrdersByTypeAndStatus], { description: "Open orders by type and status." })
  byTypeAndStatus: OrdersByTypeAndStatus[];

  @Field(() => [OrdersByAssignee], { description: "Open orders by assignee, most overdue first." })
  byAssignee: OrdersByAssignee[];
}

@ObjectType({ simpleResolvers: true, description: "One thing the head must look at: an order or an information request." })
export class PendingItem {
  @Field(() => String, { description: "WORK_ORDER or INFORMATION_REQUEST." })
  kind: string;

  @Field(() => String, { description: "Its folio." })
  folio: string;

  @Field(() => String, { description: "What it is about (the order's observations, the request's subject)." })
  title: string;

  @Field(() => WorkOrderType, { nullable: true, description: "The order's type (null for a request)." })
  orderType: WorkOrderType | null;

  @Field(() => Date, { description: "When it is due (a request: the start of its last day, UTC midnight of that date)." })
  dueAt: Date;

  @Field(() => Boolean, { description: "Past its due date." })
  overdue: boolean;

  @Field(() => Int, { description: "An order's escalation level (0 none, 1 head, 2 manager)." })
  escalationLevel: number;

  @Field(() => Boolean, { description: "Paused waiting on the customer." })
  paused: boolean;
}

@ObjectType({ description: "The head's pending work, overdue and escalated first." })
export class PendingWork {
  @Field(() => [PendingItem], { description: "The first items." })
  items: PendingItem[];

  @Field(() => Int, { description: "How many items there are in all." })
  totalCount: number;
}
