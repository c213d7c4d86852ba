import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { DueCountdown, dueCountdownOf } from "../../graphql/due-countdown.ts";
import { idOf } from "../../shared/global-id.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { WorkOrder, WorkOrderPage } from "../work-order/work-order.type.ts";
import { DepartmentDashboard, OpenWorkFilter } from "./department.type.ts";
import { PendingItem } from "./dashboard.type.ts";
import { departmentFigures } from "./department-figures.ts";
import { listOpenWork } from "./open-work.service.ts";

@Resolver()
export class DepartmentDashboardResolver {
  @Authorized(...Operations.readDashboard)
  @Query(() => DepartmentDashboard, { description: "The tablero: open and overdue orders by type and department, their ages, and the month's complaints, resolution times and verification outcomes." })
  departmentDashboard(
    @Ctx() ctx: Context,
    @Arg("year", () => Int, { nullable: true, description: "The month's year (default: the utility's current month)." }) year?: number,
    @Arg("month", () => Int, { nullable: true, description: "The month, 1–12 (default: the utility's current month)." }) month?: number,
  ) {
    return departmentFigures(ctx as ActingScope, { year, month });
  }
}

@Resolver(() => WorkOrder)
export class OpenWorkResolver {
  @Authorized(...Operations.readOpenWork)
  @Query(() => WorkOrderPage, { description: "The work inbox (bandeja): open orders the caller may see, the longest overdue first (by due date, then id); filters narrow it to the caller's own, its department's, overdue or escalated orders." })
  openWork(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => OpenWorkFilter, { nullable: true, description: "Optional filters; null or absent lists all the open work the caller may see." }) filter?: OpenWorkFilter,
  ) {
    const { assigneeId, ...rest } = filter ?? {};
    return listOpenWork(ctx as ActingScope, { ...rest, assigneeId: assigneeId == null ? null : idOf("Staff", assigneeId, "filter.assigneeId") }, page);
  }

  @FieldResolver(() => DueCountdown, { nullable: true, description: "An open order's due date as a countdown in business time; null once completed or cancelled." })
  dueCountdown(@Root() row: { status: string; dueAt: Date; pausedAt?: Date | null }, @Ctx() ctx: Context) {
    return dueCountdownOf(ctx, row);
  }
}

@Resolver(() => PendingItem)
export class PendingItemOrderResolver {
  @FieldResolver(() => WorkOrder, { nullable: true, description: "The order itself (its countdown, assignee, actions), when the item is a work order the caller may see." })
  workOrder(@Root() item: { orderId?: number }, @Ctx() ctx: Context) {
    return item.orderId ? ctx.loaders.workOrder.load(item.orderId) : null;
  }
}
