import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { toGlobalId } from "../../shared/global-id.ts";
import { Staff } from "../staff/staff.type.ts";
import { FollowUpBoard, OrdersByAssignee, PendingItem, PendingWork } from "./dashboard.type.ts";
import { followUpBoard, MAX_PENDING, pendingWork } from "./dashboard.service.ts";

@Resolver()
export class DashboardResolver {
  @Authorized(...Operations.readFollowUp)
  @Query(() => FollowUpBoard, { description: "The department's open orders at a glance: by type and status, overdue, due today, paused, escalated, by assignee." })
  followUpBoard(@Ctx() ctx: Context) {
    return followUpBoard(ctx as ActingScope);
  }

  @Authorized(...Operations.readFollowUp)
  @Query(() => PendingWork, { description: "What the head must look at: overdue and escalated orders first, then orders due within a day and information requests near their legal deadline." })
  async pendingWork(@Ctx() ctx: Context, @Arg("first", () => Int, { defaultValue: 50, description: `How many items (1–${MAX_PENDING}).` }) first: number) {
    const { items, totalCount } = await pendingWork(ctx as ActingScope, first);
    return {
      totalCount,
      items: items.map((i) => ({
        ...i,
        orderType: "type" in i ? i.type : null,
      })),
    };
  }
}

@Resolver(() => PendingItem)
export class PendingItemResolver {
  @FieldResolver(() => ID, { description: "The global id of the order (a WorkOrder) or the request (an InformationRequest); fetch it with node(id)." })
  subjectId(@Root() row: { kind: string; id: number }): string {
    return toGlobalId(row.kind === "WORK_ORDER" ? "WorkOrder" : "InformationRequest", row.id);
  }
}

@Resolver(() => OrdersByAssignee)
export class OrdersByAssigneeResolver {
  @FieldResolver(() => Staff, { nullable: true, description: "The person, when one has them." })
  assignee(@Root() row: { assigneeId: number | null }, @Ctx() ctx: Context) {
    return row.assigneeId ? ctx.loaders.staff.load(row.assigneeId) : null;
  }
}
