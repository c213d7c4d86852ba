import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { FieldReaders, Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { idOf, toGlobalId } from "../../shared/global-id.ts";
import { Locality } from "../locality/locality.type.ts";
import { User } from "../user/user.type.ts";
import { Complaint } from "../complaint/complaint.type.ts";
import { WorkOrder } from "../work-order/work-order.type.ts";
import { HistoryEventPage } from "../history/history.type.ts";
import { Meter, ServiceConnection, ServiceConnectionPage } from "./service-connection.type.ts";
import { ConnectionFilter } from "./service-connection.inputs.ts";
import { connectionHistory, connectionLedger, findConnection, searchConnections } from "./service-connection.service.ts";
import { LedgerEntryPage } from "./ledger.type.ts";

type ConnectionRow = { id: number; holderId: number; localityId: number };

@Resolver(() => ServiceConnection)
export class ServiceConnectionResolver extends NodeResolver(ServiceConnection, "ServiceConnection") {
  @Authorized(...Operations.lookupConnection)
  @Query(() => ServiceConnection, { nullable: true, description: "One connection by global id or by control number; null when there is none." })
  serviceConnection(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { nullable: true, description: "Global id of the connection (give this or controlNumber)." }) id?: string,
    @Arg("controlNumber", () => String, { nullable: true, description: "Número de control of the connection (give this or id)." }) controlNumber?: string,
  ) {
    return findConnection(ctx as ActingScope, { id: id ? idOf("ServiceConnection", id) : undefined, controlNumber });
  }

  @Authorized(...Operations.readConnections)
  @Query(() => ServiceConnectionPage, { description: "Connections, filtered and paginated (ordered by creation)." })
  serviceConnections(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => ConnectionFilter, { nullable: true, description: "Optional filters; null or absent lists everything the caller may see." }) filter?: ConnectionFilter,
  ) {
    return searchConnections(ctx as ActingScope, filter && { ...filter, localityId: filter.localityId ? idOf("Locality", filter.localityId, "filter.localityId") : undefined }, page);
  }

  @Authorized(...FieldReaders.holder)
  @FieldResolver(() => User, { nullable: true, description: "The customer the connection is registered to (titular). Staff only." })
  holder(@Root() row: ConnectionRow, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(row.holderId);
  }

  @FieldResolver(() => ID, { nullable: true, description: "Global id of the collection crew that visits it (as in crews), when it has one." })
  crewId(@Root() row: { crewId: number | null }): string | null {
    return row.crewId == null ? null : toGlobalId("Crew", row.crewId);
  }

  @FieldResolver(() => Locality, { description: "The town or community of the address." })
  locality(@Root() row: ConnectionRow, @Ctx() ctx: Context) {
    return ctx.loaders.locality.load(row.localityId);
  }

  @FieldResolver(() => Meter, { nullable: true, description: "The meter installed now." })
  meter(@Root() row: ConnectionRow, @Ctx() ctx: Context) {
    return ctx.loaders.currentMeter.load(row.id);
  }

  @FieldResolver(() => [Meter], { description: "Every meter the connection has had (meter history): the one installed now first, then the removed ones, newest first (at most 50)." })
  meters(@Root() row: ConnectionRow, @Ctx() ctx: Context) {
    return ctx.loaders.metersByConnection.load(row.id);
  }

  @Authorized(...FieldReaders.history)
  @FieldResolver(() => HistoryEventPage, { nullable: true, description: "The connection's timeline, newest first." })
  history(@Root() row: ConnectionRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return connectionHistory(ctx as ActingScope, row.id, page);
  }

  @Authorized(...FieldReaders.balance)
  @FieldResolver(() => LedgerEntryPage, { nullable: true, description: "The account's movements, newest first. Restricted like balance." })
  ledger(@Root() row: ConnectionRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return connectionLedger(ctx as ActingScope, row.id, page);
  }

  @FieldResolver(() => [Complaint], { description: "Complaints not yet resolved (those the caller may see, at most 50), newest first." })
  openComplaints(@Root() row: ConnectionRow, @Ctx() ctx: Context) {
    return ctx.loaders.openComplaintsByConnection.load(row.id);
  }

  @FieldResolver(() => [WorkOrder], { description: "Orders not yet completed or cancelled (those the caller may see, at most 50), newest first." })
  openWorkOrders(@Root() row: ConnectionRow, @Ctx() ctx: Context) {
    return ctx.loaders.openWorkOrdersByConnection.load(row.id);
  }
}
