// Per-request batch loaders: the field resolvers of a list ask for rows one by one, and each loader answers them
// with one `findMany({ id in … })` (Prisma's own batching of findUnique recompiles its plan for every new id set).
// Every loader reads through the caller's readable-rows filter: a row the caller may not see loads as null (or
// is absent from a list), whichever field led to it.
import DataLoader from "dataloader";
import type { Db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { complaintScope, connectionScope, localityScope, meterScope, staffScope, userScope, workOrderScope } from "../auth/policies.ts";
import { OPEN_COMPLAINT_STATUSES, OPEN_WORK_ORDER_STATUSES } from "../shared/workflow-facts.ts";
import { localitiesFromCatalog } from "./locality-catalog.ts";

/** Rows of each list that a nested field shows at most (the field's description says so). */
export const NESTED_LIST_LIMIT = 50;

function byId<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Rows grouped by a foreign key, at most `NESTED_LIST_LIMIT` per key, in the order `load` returns them. */
function byKey<T>(load: (keys: number[]) => Promise<T[]>, keyOf: (row: T) => number | null) {
  return new DataLoader<number, T[]>(async (keys) => {
    const groups = new Map<number, T[]>();
    for (const row of await load([...keys])) {
      const key = keyOf(row);
      if (key === null) continue;
      const group = groups.get(key) ?? [];
      if (group.length < NESTED_LIST_LIMIT) group.push(row);
      groups.set(key, group);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Anonymous callers reach no field that loads; were one to, it would read nothing. */
const NOBODY: Actor = { kind: "partner", id: -1, name: "anónimo", scopes: [] };

const scoped = <W extends object>(scope: W, where: W) => ({ AND: [scope, where] });
const idIn = (ids: number[]) => ({ id: { in: ids } });

export function createLoaders(db: Db, caller: Actor | null) {
  const actor = caller ?? NOBODY;
  return {
    user: byId((ids) => db.user.findMany({ where: scoped<Prisma.UserWhereInput>(userScope(actor), idIn(ids)) })),
    // whoever may read every locality reads them from the catalog's copy
    locality: byId(async (ids) => {
      const scope = localityScope(actor);
      const cached = Object.keys(scope).length === 0 ? await localitiesFromCatalog(db, ids) : null;
      return cached ?? db.locality.findMany({ where: scoped<Prisma.LocalityWhereInput>(scope, idIn(ids)) });
    }),
    connection: byId((ids) => db.serviceConnection.findMany({ where: scoped<Prisma.ServiceConnectionWhereInput>(connectionScope(actor), idIn(ids)) })),
    staff: byId((ids) => db.staff.findMany({ where: scoped<Prisma.StaffWhereInput>(staffScope(actor), idIn(ids)) })),
    complaint: byId((ids) => db.complaint.findMany({ where: scoped<Prisma.ComplaintWhereInput>(complaintScope(actor), idIn(ids)) })),
    workOrder: byId((ids) => db.workOrder.findMany({ where: scoped<Prisma.WorkOrderWhereInput>(workOrderScope(actor), idIn(ids)) })),
    /** a holder's connections, oldest first */
    connectionsByHolder: byKey(
      (holderIds) =>
        db.serviceConnection.findMany({
          where: scoped<Prisma.ServiceConnectionWhereInput>(connectionScope(actor), { holderId: { in: holderIds } }),
          orderBy: { id: "asc" },
        }),
      (row) => row.holderId,
    ),
    /** the meter installed now at each connection */
    currentMeter: new DataLoader<number, Prisma.MeterGetPayload<object> | null>(async (connectionIds) => {
      const meters = await db.meter.findMany({
        where: scoped<Prisma.MeterWhereInput>(meterScope(actor), { connectionId: { in: [...connectionIds] }, removedAt: null }),
        orderBy: [{ installedAt: "desc" }, { id: "desc" }],
      });
      return connectionIds.map((id) => meters.find((m) => m.connectionId === id) ?? null);
    }),
    /** every meter a connection has had, the one installed now first (then by installation, newest first) */
    metersByConnection: byKey(
      (connectionIds) =>
        db.meter.findMany({
          where: scoped<Prisma.MeterWhereInput>(meterScope(actor), { connectionId: { in: connectionIds } }),
          orderBy: [{ removedAt: { sort: "desc", nulls: "first" } }, { installedAt: "desc" }, { id: "desc" }],
        }),
      (row) => row.connectionId,
    ),
    /** complaints of each connection not yet resolved, newest first */
    openComplaintsByConnection: byKey(
      (connectionIds) =>
        db.complaint.findMany({
          where: scoped<Prisma.ComplaintWhereInput>(complaintScope(actor), { connectionId: { in: connectionIds }, status: { in: OPEN_COMPLAINT_STATUSES } }),
          orderBy: { id: "desc" },
        }),
      (row) => row.connectionId,
    ),
    /** orders of each connection not yet completed or cancelled, newest first */
    openWorkOrdersByConnection: byKey(
      (connectionIds) =>
        db.workOrder.findMany({
          where: scoped<Prisma.WorkOrderWhereInput>(workOrderScope(actor), { connectionId: { in: connectionIds }, status: { in: OPEN_WORK_ORDER_STATUSES } }),
          orderBy: { id: "desc" },
        }),
      (row) => row.connectionId,
    ),
    /** orders issued for each complaint, oldest first */
    workOrdersByComplaint: byKey(
      (complaintIds) =>
        db.workOrder.findMany({ where: scoped<Prisma.WorkOrderWhereInput>(workOrderScope(actor), { complaintId: { in: complaintIds } }), orderBy: { id: "asc" } }),
      (row) => row.complaintId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
