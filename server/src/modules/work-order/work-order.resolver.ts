import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { ServiceConnection } from "../service-connection/service-connection.type.ts";
import { Complaint } from "../complaint/complaint.type.ts";
import { Staff } from "../staff/staff.type.ts";
import { WorkOrder, WorkOrderPage } from "./work-order.type.ts";
import { CompleteVerificationInput, CompleteVerificationPayload, WorkOrderFilter } from "./work-order.inputs.ts";
import { completeWorkOrder, listWorkOrders } from "./work-order.service.ts";
import { availableWorkOrderActions } from "./work-order.transitions.ts";

type OrderRow = Parameters<typeof availableWorkOrderActions>[0] & { id: number; connectionId: number | null; complaintId: number | null; dueAt: Date };

@Resolver(() => WorkOrder)
export class WorkOrderResolver extends NodeResolver(WorkOrder, "WorkOrder") {
  @Authorized(...Operations.readWorkOrders)
  @Query(() => WorkOrderPage, { description: "Work orders the caller may see (a verifier: only its own), newest first." })
  workOrders(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => WorkOrderFilter, { nullable: true, description: "Optional filters; null or absent lists everything the caller may see." }) filter?: WorkOrderFilter) {
    return listWorkOrders(ctx as ActingScope, filter, page);
  }

  @Authorized(...Operations.completeVerification)
  @Mutation(() => CompleteVerificationPayload, { description: "The assigned verifier records the result of a verification order." })
  completeVerification(@Ctx() ctx: Context, @Arg("input", () => CompleteVerificationInput, { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." }) input: CompleteVerificationInput) {
    const { workOrderId, ...result } = input;
    return asPayload(input, () => completeWorkOrder(ctx as ActingScope, idOf("WorkOrder", workOrderId, "workOrderId"), result, { verification: true }));
  }

  @FieldResolver(() => ServiceConnection, { nullable: true, description: "The connection the order is for (name, address, locality, control number, meter)." })
  connection(@Root() row: OrderRow, @Ctx() ctx: Context) {
    return row.connectionId ? ctx.loaders.connection.load(row.connectionId) : null;
  }

  @FieldResolver(() => Complaint, { nullable: true, description: "The complaint that caused the order, when the caller may see it." })
  complaint(@Root() row: OrderRow, @Ctx() ctx: Context) {
    return row.complaintId ? ctx.loaders.complaint.load(row.complaintId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: "Who the order is assigned to." })
  assignee(@Root() row: OrderRow, @Ctx() ctx: Context) {
    return row.assigneeId ? ctx.loaders.staff.load(row.assigneeId) : null;
  }

  @FieldResolver(() => Boolean, { description: "Open and past its due date." })
  overdue(@Root() row: OrderRow, @Ctx() ctx: Context) {
    return row.status !== "COMPLETED" && row.status !== "CANCELLED" && row.dueAt < ctx.clock.now();
  }

  @FieldResolver(() => [String], { description: "The lifecycle actions the caller may take now: assign, reassign, start, pause, resume, complete, cancel (pause and resume stop and restart the clock while the order waits on the customer)." })
  availableActions(@Root() row: OrderRow, @Ctx() ctx: Context) {
    return availableWorkOrderActions(row, ctx.actor!);
  }
}
