import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { ServiceConnection } from "../service-connection/service-connection.type.ts";
import { WorkOrder } from "../work-order/work-order.type.ts";
import { Complaint, ComplaintPage } from "./complaint.type.ts";
import { ComplaintFilter, FileComplaintInput, FileComplaintPayload } from "./complaint.inputs.ts";
import { fileComplaint, listComplaints } from "./complaint.service.ts";

type ComplaintRow = { id: number; connectionId: number | null };

@Resolver(() => Complaint)
export class ComplaintResolver extends NodeResolver(Complaint, "Complaint") {
  @Authorized(...Operations.readComplaints)
  @Query(() => ComplaintPage, { description: "Complaints the caller may see, newest first." })
  complaints(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => ComplaintFilter, { nullable: true, description: "Optional filters; null or absent lists everything the caller may see." }) filter?: ComplaintFilter) {
    const connectionId = filter?.connectionId ? idOf("ServiceConnection", filter.connectionId, "filter.connectionId") : undefined;
    return listComplaints(ctx as ActingScope, { ...filter, connectionId }, page);
  }

  @Authorized(...Operations.fileComplaint)
  @Mutation(() => FileComplaintPayload, { description: "Records a complaint; a meter or excess-consumption complaint issues a verification order at once." })
  fileComplaint(@Ctx() ctx: Context, @Arg("input", () => FileComplaintInput, { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." }) input: FileComplaintInput) {
    return asPayload(input, () =>
      fileComplaint(ctx as ActingScope, { ...input, connectionId: input.connectionId ? idOf("ServiceConnection", input.connectionId, "connectionId") : null }),
    );
  }

  @FieldResolver(() => ServiceConnection, { nullable: true, description: "The connection it concerns, when there is one and the caller may see it." })
  connection(@Root() row: ComplaintRow, @Ctx() ctx: Context) {
    return row.connectionId ? ctx.loaders.connection.load(row.connectionId) : null;
  }

  @FieldResolver(() => [WorkOrder], { description: "Orders issued for this complaint (those the caller may see, at most 50), oldest first." })
  workOrders(@Root() row: ComplaintRow, @Ctx() ctx: Context) {
    return ctx.loaders.workOrdersByComplaint.load(row.id);
  }
}
