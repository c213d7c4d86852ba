import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { requestLoader } from "../../graphql/request-loader.ts";
import { fromGlobalId, idOf, toGlobalId } from "../../shared/global-id.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { formatAddress } from "../../shared/format.ts";
import { LIMITATION_SKIP_REASONS } from "../../shared/labels.ts";
import { WorkOrder, WorkOrderPage } from "../work-order/work-order.type.ts";
import { listCrews } from "../crew/crew.service.ts";
import {
  Crew, CrewDelinquency, DelinquencyFilter, DelinquencyList, DelinquentConnection, DelinquentConnectionPage, IssueLimitationOrdersInput,
  IssueLimitationOrdersPayload, RecordLimitationResultsInput, RecordLimitationResultsPayload,
} from "./delinquency.type.ts";
import { recordLimitationResults } from "./limitation-results.service.ts";
import {
  crewTotals, listCrewLimitationOrders, delinquencyList, delinquentPage, issueLimitationOrders, lastPayments, openLimitationOrders,
  type CrewTotal,
} from "./delinquency.service.ts";

/** A row's order id, or null when it names no work order (that row fails; the others go on). */
function workOrderIdOrNull(id: string): number | null {
  try {
    const parsed = fromGlobalId(id, "workOrderId");
    return parsed.type === "WorkOrder" ? parsed.id : null;
  } catch {
    return null;
  }
}

type ListRoot = Awaited<ReturnType<typeof delinquencyList>>;
type RowRoot = { id: number; crewId: number | null };

/** Every crew of the catalog (a few dozen), loaded once per request. */
const crewOf = (ctx: Context, id: number) =>
  requestLoader<number, unknown>(ctx, "crewById", async (ids) => {
    const crews = await listCrews(ctx as ActingScope);
    return ids.map((crewId) => crews.find((c) => c.id === crewId) ?? null);
  }).load(id);

@Resolver(() => DelinquencyList)
export class DelinquencyResolver {
  @Authorized(...Operations.readDelinquency)
  @Query(() => DelinquencyList, { description: "Overdue connections (balance and periods owed at or over the thresholds) grouped by collection crew." })
  delinquencyList(@Ctx() ctx: Context, @Arg("filter", () => DelinquencyFilter, { nullable: true, description: "Filters; thresholds default to the settings." }) filter?: DelinquencyFilter) {
    return delinquencyList(ctx as ActingScope, {
      ...filter,
      crewId: filter?.crewId ? idOf("Crew", filter.crewId, "filter.crewId") : null,
      localityId: filter?.localityId ? idOf("Locality", filter.localityId, "filter.localityId") : null,
    });
  }

  @FieldResolver(() => [CrewDelinquency], { description: "Totals per crew (connections without a crew come last, with crew null)." })
  crews(@Root() root: ListRoot, @Ctx() ctx: Context) {
    return crewTotals(ctx as ActingScope, root.where);
  }

  @FieldResolver(() => DelinquentConnectionPage, { description: "The connections, by crew, then the largest debts first." })
  async connections(@Root() root: ListRoot, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    const result = await delinquentPage(ctx as ActingScope, root.where, page);
    const rows = result.nodes.map(toRow);
    return { ...result, nodes: rows, edges: result.edges.map((e, i) => ({ cursor: e.cursor, node: rows[i] })) };
  }

  @Authorized(...Operations.readDelinquency)
  @Query(() => WorkOrderPage, { description: "A crew's open limitation orders, oldest first: its list for the field, and the rows whose results come back." })
  crewLimitationOrders(@Ctx() ctx: Context, @Arg("crewId", () => ID, { description: "The crew." }) crewId: string, @Args(() => PageArgs) page: PageArgs) {
    return listCrewLimitationOrders(ctx as ActingScope, idOf("Crew", crewId, "crewId"), page);
  }

  @Authorized(...Operations.recordLimitationResults)
  @Mutation(() => RecordLimitationResultsPayload, {
    description: "Records a crew's results (completeWorkOrder with its LimitationResult), each order in its own transaction: the rows that fail are named with the reason and the others are kept.",
  })
  async recordLimitationResults(@Ctx() ctx: Context, @Arg("input", () => RecordLimitationResultsInput, { description: "The operation's input; rows that fail come back in results[].error, an empty or oversized list in userErrors." }) input: RecordLimitationResultsInput) {
    const payload = await asPayload(input, async () => {
      const rows = input.results.map((r) => ({ workOrderId: workOrderIdOrNull(r.workOrderId), result: r.result, notes: r.notes ?? null }));
      const outcomes = await recordLimitationResults(ctx as ActingScope, rows);
      return {
        results: outcomes.map((o) => ({ ...o, workOrderId: input.results[o.index].workOrderId, workOrder: o.ok ? o.workOrder : null, error: o.ok ? null : o.error })),
        recorded: outcomes.filter((o) => o.ok).length,
        failed: outcomes.filter((o) => !o.ok).length,
      };
    });
    return { results: [], recorded: 0, failed: 0, ...payload };
  }

  @Authorized(...Operations.issueLimitationOrders)
  @Mutation(() => IssueLimitationOrdersPayload, { description: "Issues one SERVICE_LIMITATION order per connection to a crew, in one transaction; connections already limited or with an open limitation order are skipped and reported." })
  async issueLimitationOrders(@Ctx() ctx: Context, @Arg("input", () => IssueLimitationOrdersInput, { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." }) input: IssueLimitationOrdersInput) {
    const payload = await asPayload(input, async () => {
      const ids = input.connectionIds.map((id) => idOf("ServiceConnection", id, "connectionIds"));
      const { orders, skipped } = await issueLimitationOrders(ctx as ActingScope, { crewId: idOf("Crew", input.crewId, "crewId"), connectionIds: ids });
      return {
        orders,
        skipped: skipped.map((s) => ({
          connectionId: toGlobalId("ServiceConnection", s.connection.id),
          controlNumber: s.connection.controlNumber,
          reason: s.reason,
          message: `Toma ${s.connection.controlNumber}: ${LIMITATION_SKIP_REASONS[s.reason]}${s.orderFolio ? ` (${s.orderFolio})` : ""}`,
        })),
      };
    });
    return { orders: [], skipped: [], ...payload };
  }
}

type ConnectionRow = {
  id: number; controlNumber: string; street: string; exteriorNumber: string | null; neighborhood: string | null; status: string; balance: unknown;
  periodsOwed: number; crewId: number | null; holder: { fullName: string }; locality: { name: string };
};

const toRow = (c: ConnectionRow) => ({
  id: c.id,
  crewId: c.crewId,
  connectionId: toGlobalId("ServiceConnection", c.id),
  controlNumber: c.controlNumber,
  holderName: c.holder.fullName,
  address: formatAddress(c),
  localityName: c.locality.name,
  status: c.status,
  balance: c.balance,
  periodsOwed: c.periodsOwed,
});

@Resolver(() => DelinquentConnection)
export class DelinquentConnectionResolver {
  @FieldResolver(() => Date, { nullable: true, description: "When its last payment was posted." })
  lastPaymentAt(@Root() row: RowRoot, @Ctx() ctx: Context) {
    return requestLoader<number, Date | null>(ctx, "lastPayment", (ids) => lastPayments(ctx as ActingScope, ids)).load(row.id);
  }

  @FieldResolver(() => WorkOrder, { nullable: true, description: "Its open limitation order, when one was issued." })
  openLimitationOrder(@Root() row: RowRoot, @Ctx() ctx: Context) {
    return requestLoader<number, unknown>(ctx, "openLimitation", (ids) => openLimitationOrders(ctx as ActingScope, ids)).load(row.id);
  }

  @FieldResolver(() => Crew, { nullable: true, description: "The crew whose list it is on." })
  crew(@Root() row: RowRoot, @Ctx() ctx: Context) {
    return row.crewId ? crewOf(ctx, row.crewId) : null;
  }
}

@Resolver(() => CrewDelinquency)
export class CrewDelinquencyResolver {
  @FieldResolver(() => Crew, { nullable: true, description: "The crew; null for connections no crew covers." })
  crew(@Root() row: CrewTotal, @Ctx() ctx: Context) {
    return row.crewId ? crewOf(ctx, row.crewId) : null;
  }
}

@Resolver(() => WorkOrder)
export class WorkOrderCrewResolver {
  @FieldResolver(() => Crew, { nullable: true, description: "The collection crew a limitation order was issued to." })
  crew(@Root() row: { crewId?: number | null }, @Ctx() ctx: Context) {
    return row.crewId ? crewOf(ctx, row.crewId) : null;
  }
}
