// Workflow 4: the overdue connections (balance and periods owed over thresholds) grouped by collection crew, and
// the limitation orders a crew takes to the field. Sinaloa's water law (art. 51) allows limiting the service of a
// delinquent account, never cutting it: the order is SERVICE_LIMITATION.
import type { ActingScope } from "../../context.ts";
import type { Db, Tx } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { connectionScope, crewScope, ledgerScope, workOrderScope } from "../../auth/policies.ts";
import { badInput, notFound } from "../../shared/errors.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paginateModel, type Page, type PageArgs } from "../../shared/pagination.ts";
import { OPEN_WORK_ORDER_STATUSES } from "../../shared/workflow-facts.ts";
import { numericSetting } from "../setting/setting.service.ts";
import { issueWorkOrder } from "../work-order/work-order.service.ts";
import { dueDateFor } from "../service-target/due-date.ts";

export interface DelinquencyFilterInput {
  crewId?: number | null;
  localityId?: number | null;
  minBalance?: string | null;
  minPeriodsOwed?: number | null;
  /** connections already LIMITED are left out unless asked for (they need no new order) */
  includeLimited?: boolean | null;
}

export interface Thresholds {
  minBalance: Prisma.Decimal;
  minPeriodsOwed: number;
}

/** The most connections one call issues orders for (a crew's day of work, with room to spare). */
export const MAX_LIMITATION_BATCH = 100;

/** The thresholds asked for, or the configured ones (Settings delinquencyMinBalance / delinquencyMinPeriods). */
export async function thresholdsOf(db: Db | Tx, filter: DelinquencyFilterInput): Promise<Thresholds> {
  let minBalance: Prisma.Decimal;
  try {
    minBalance = new Prisma.Decimal(filter.minBalance ?? (await numericSetting(db, "delinquencyMinBalance")));
  } catch {
    throw badInput("minBalance", "El adeudo mínimo debe ser un importe");
  }
  if (minBalance.isNaN() || minBalance.lt(0) || minBalance.decimalPlaces() > 2) throw badInput("minBalance", "El adeudo mínimo debe ser un importe de 0 o más, con hasta 2 decimales");
  const minPeriodsOwed = filter.minPeriodsOwed ?? (await numericSetting(db, "delinquencyMinPeriods"));
  if (!Number.isInteger(minPeriodsOwed) || minPeriodsOwed < 0 || minPeriodsOwed > 600) throw badInput("minPeriodsOwed", "Los periodos vencidos mínimos van de 0 a 600");
  return { minBalance, minPeriodsOwed };
}

/** The overdue connections the actor may see that pass the filter (balance and periods owed at or over the thresholds). */
export function delinquentWhere(scope: ActingScope, filter: DelinquencyFilterInput, thresholds: Thresholds): Prisma.ServiceConnectionWhereInput {
  return {
    AND: [
      connectionScope(scope.actor),
      {
        status: { in: filter.includeLimited ? ["ACTIVE", "LIMITED"] : ["ACTIVE"] },
        balance: { gte: thresholds.minBalance, gt: 0 },
        periodsOwed: { gte: thresholds.minPeriodsOwed },
        ...(filter.crewId != null ? { crewId: filter.crewId } : {}),
        ...(filter.localityId != null ? { localityId: filter.localityId } : {}),
      },
    ],
  };
}

export interface CrewTotal {
  crewId: number | null;
  connections: number;
  totalBalance: Prisma.Decimal;
}

/** How many delinquent connections each crew has and what they owe (connections without a crew: crewId null). */
export async function crewTotals(scope: ActingScope, where: Prisma.ServiceConnectionWhereInput): Promise<CrewTotal[]> {
  const groups = await scope.db.serviceConnection.groupBy({ by: ["crewId"], where, _count: { _all: true }, _sum: { balance: true }, orderBy: { crewId: "asc" } });
  return groups.map((g) => ({ crewId: g.crewId, connections: g._count._all, totalBalance: g._sum.balance ?? new Prisma.Decimal(0) }));
}

const ROW_ORDER: Prisma.ServiceConnectionOrderByWithRelationInput[] = [{ crewId: "asc" }, { balance: "desc" }, { id: "asc" }];

const encodeCursor = (id: number) => Buffer.from(`d:${id}`).toString("base64url");
function decodeCursor(cursor: string): number {
  const [tag, raw] = Buffer.from(cursor, "base64url").toString("utf8").split(":");
  const id = Number(raw);
  if (tag !== "d" || !Number.isSafeInteger(id)) throw badInput("after", "Cursor no válido");
  return id;
}

/** One page of delinquent connections, by crew, then the largest debts first. */
export async function delinquentPage(scope: ActingScope, where: Prisma.ServiceConnectionWhereInput, page: PageArgs) {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  if (first < 1 || first > MAX_PAGE_SIZE) throw badInput("first", `first debe estar entre 1 y ${MAX_PAGE_SIZE}`);
  // Prisma's cursor continues the (crew, balance desc, id) order after the row the cursor names
  const after = page.after ? decodeCursor(page.after) : undefined;
  if (after !== undefined && !(await scope.db.serviceConnection.findFirst({ where: { AND: [where, { id: after }] }, select: { id: true } }))) {
    throw badInput("after", "El cursor ya no está en la lista (cambió el adeudo o el filtro): vuelva a la primera página");
  }
  const rows = await scope.db.serviceConnection.findMany({
    where,
    orderBy: ROW_ORDER,
    take: first + 1,
    ...(after !== undefined ? { cursor: { id: after }, skip: 1 } : {}),
    include: { holder: { select: { fullName: true } }, locality: { select: { name: true } } },
  });
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => scope.db.serviceConnection.count({ where }),
  } satisfies Page<unknown>;
}

/** The last payment of each connection (one grouped query), for the readers of balances. */
export async function lastPayments(scope: ActingScope, connectionIds: readonly number[]): Promise<(Date | null)[]> {
  const rows = await scope.db.ledgerEntry.groupBy({
    by: ["connectionId"],
    where: { AND: [ledgerScope(scope.actor), { connectionId: { in: [...connectionIds] }, kind: "PAYMENT" }] },
    _max: { postedAt: true },
  });
  const byConnection = new Map(rows.map((r) => [r.connectionId, r._max.postedAt]));
  return connectionIds.map((id) => byConnection.get(id) ?? null);
}

/** The open limitation order of each connection, if any (one query). */
export async function openLimitationOrders(scope: ActingScope, connectionIds: readonly number[]) {
  const rows = await scope.db.workOrder.findMany({
    where: { AND: [workOrderScope(scope.actor), { connectionId: { in: [...connectionIds] }, type: "SERVICE_LIMITATION", status: { in: OPEN_WORK_ORDER_STATUSES } }] },
    orderBy: { id: "desc" },
  });
  return connectionIds.map((id) => rows.find((r) => r.connectionId === id) ?? null);
}

/** The full delinquency list: thresholds in force, totals per crew, and the first page of rows. */
export async function delinquencyList(scope: ActingScope, filter: DelinquencyFilterInput) {
  const thresholds = await thresholdsOf(scope.db, filter);
  return { ...thresholds, where: delinquentWhere(scope, filter, thresholds) };
}

export type SkipReason = "ALREADY_LIMITED" | "OPEN_LIMITATION_ORDER" | "NOT_ACTIVE";

export interface IssueLimitationInput {
  crewId: number;
  connectionIds: number[];
}

/**
 * Issues one SERVICE_LIMITATION order per connection for the crew, all in one transaction. Connections already
 * LIMITED, not in service, or with an open limitation order are skipped and reported, not failed.
 */
export async function issueLimitationOrders(scope: ActingScope, input: IssueLimitationInput) {
  const ids = [...new Set(input.connectionIds)];
  if (!ids.length) throw badInput("connectionIds", "Seleccione al menos una toma");
  if (ids.length > MAX_LIMITATION_BATCH) throw badInput("connectionIds", `Se emiten hasta ${MAX_LIMITATION_BATCH} órdenes a la vez`);
  return inTransaction(scope, async (tx) => {
    const crew = await tx.crew.findFirst({ where: { AND: [crewScope(scope.actor), { id: input.crewId }] } });
    if (!crew) throw notFound("La cuadrilla");
    // the rows stay locked until commit: a second batch for the same connections waits, then sees these orders
    await tx.$queryRaw`SELECT id FROM "ServiceConnection" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
    const connections = await tx.serviceConnection.findMany({ where: { AND: [connectionScope(scope.actor), { id: { in: ids } }] }, orderBy: { id: "asc" } });
    if (connections.length !== ids.length) throw badInput("connectionIds", "Alguna toma no existe o no está a su alcance");
    const open = await tx.workOrder.findMany({
      where: { connectionId: { in: ids }, type: "SERVICE_LIMITATION", status: { in: OPEN_WORK_ORDER_STATUSES } },
      select: { connectionId: true, folio: true },
    });
    const issuedAt = scope.clock.now();
    const dueAt = await dueDateFor(tx, "SERVICE_LIMITATION", issuedAt);
    const orders = [];
    const skipped: { connection: (typeof connections)[number]; reason: SkipReason; orderFolio: string | null }[] = [];
    for (const connection of connections) {
      const existing = open.find((o) => o.connectionId === connection.id);
      if (connection.status === "LIMITED") skipped.push({ connection, reason: "ALREADY_LIMITED", orderFolio: null });
      else if (existing) skipped.push({ connection, reason: "OPEN_LIMITATION_ORDER", orderFolio: existing.folio });
      else if (connection.status !== "ACTIVE") skipped.push({ connection, reason: "NOT_ACTIVE", orderFolio: null });
      else {
        orders.push(
          await issueWorkOrder(tx, scope, {
            type: "SERVICE_LIMITATION",
            connectionId: connection.id,
            department: "COLLECTIONS",
            crewId: crew.id,
            observations: `Limitación del servicio por adeudo (Ley de Agua Potable y Alcantarillado del Estado de Sinaloa, art. 51). Cuadrilla: ${crew.name}.`,
            dueAt,
          }),
        );
      }
    }
    return { crew, orders, skipped };
  });
}

/** The crew's open limitation orders, oldest first (what its leader takes to the field and brings back). */
export function listCrewLimitationOrders(scope: ActingScope, crewId: number, page: PageArgs) {
  const where: Prisma.WorkOrderWhereInput = { AND: [workOrderScope(scope.actor), { crewId, type: "SERVICE_LIMITATION", status: { in: OPEN_WORK_ORDER_STATUSES } }] };
  return paginateModel(scope.db.workOrder, where, page, "asc");
}
