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
import { ComplaintFilter, FileComplaintInput, FileComplaintPayload, LeakPlaceInput } from "./complaint.inputs.ts";
import { fileComplaint, findNearbyLeakReports, listComplaints } from "./complaint.service.ts";
import { Locality } from "../locality/locality.type.ts";
import { availableComplaintActions, type ComplaintForRule } from "./complaint.transitions.ts";

type ComplaintRow = ComplaintForRule & { id: number; connectionId: number | null; localityId: number | null; duplicateOfId: number | null };

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
      fileComplaint(ctx as ActingScope, {
        ...input,
        connectionId: input.connectionId ? idOf("ServiceConnection", input.connectionId, "connectionId") : null,
        localityId: input.localityId ? idOf("Locality", input.localityId, "localityId") : null,
        duplicateOfId: input.duplicateOfId ? idOf("Complaint", input.duplicateOfId, "duplicateOfId") : null,
      }),
    );
  }

  @FieldResolver(() => ServiceConnection, { nullable: true, description: "The connection it concerns, when there is one and the caller may see it." })
  connection(@Root() row: ComplaintRow, @Ctx() ctx: Context) {
    return row.connectionId ? ctx.loaders.connection.load(row.connectionId) : null;
  }

  @FieldResolver(() => Locality, { nullable: true, description: "Where the problem is: the connection's locality or the one reported." })
  locality(@Root() row: ComplaintRow, @Ctx() ctx: Context) {
    return row.localityId ? ctx.loaders.locality.load(row.localityId) : null;
  }

  @FieldResolver(() => Complaint, { nullable: true, description: "The open report of the same leak this one was linked to, instead of duplicating it." })
  duplicateOf(@Root() row: ComplaintRow, @Ctx() ctx: Context) {
    return row.duplicateOfId ? ctx.loaders.complaint.load(row.duplicateOfId) : null;
  }

  @Authorized(...Operations.fileComplaint)
  @Query(() => [Complaint], { description: "Open leak reports within 100 m of a place or on the same street of its locality (at most 20), to link instead of duplicating." })
  nearbyLeakReports(@Ctx() ctx: Context, @Arg("place", () => LeakPlaceInput, { description: "The connection, or street + locality and/or coordinates." }) place: LeakPlaceInput) {
    return findNearbyLeakReports(ctx as ActingScope, {
      connectionId: place.connectionId ? idOf("ServiceConnection", place.connectionId, "place.connectionId") : null,
      localityId: place.localityId ? idOf("Locality", place.localityId, "place.localityId") : null,
      street: place.street ?? null,
      latitude: place.latitude ?? null,
      longitude: place.longitude ?? null,
    });
  }

  @FieldResolver(() => [WorkOrder], { description: "Orders issued for this complaint (those the caller may see, at most 50), oldest first." })
  workOrders(@Root() row: ComplaintRow, @Ctx() ctx: Context) {
    return ctx.loaders.workOrdersByComplaint.load(row.id);
  }

  @FieldResolver(() => [String], { description: "The actions the caller may take now by hand: forward (a leak report), recordAdvice (after a NORMAL verification), pause and resume (its clock, while it waits on the customer)." })
  async availableActions(@Root() row: ComplaintRow, @Ctx() ctx: Context) {
    const orders = await ctx.loaders.workOrdersByComplaint.load(row.id);
    const verification = orders.filter((o) => o.type === "VERIFICATION" && o.status === "COMPLETED").at(-1);
    return availableComplaintActions({ ...row, verificationOutcome: verification?.verificationOutcome ?? null }, ctx.actor!);
  }
}
