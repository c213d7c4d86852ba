// Writes the planned complaints, work orders and their history, with folios that continue the counters.
import type { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./client.ts";
import { COMPLAINT_FOLIO_PREFIX, WORK_ORDER_FOLIO_PREFIX, formatFolio } from "../shared/folio.ts";
import { ADVICE, type PlannedComplaint, type PlannedOrder } from "./seed-complaints.ts";
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS } from "../shared/labels.ts";

export const BATCH_SIZE = 1000;

/** Runs `insert` on consecutive slices of `rows` and concatenates what it returns. */
export async function inBatches<T, R>(rows: T[], insert: (batch: T[]) => Promise<R[]>, size = BATCH_SIZE): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < rows.length; start += size) out.push(...(await insert(rows.slice(start, start + size))));
  return out;
}

/** Hands out folio sequences per prefix and year, after what the counters already used. */
class FolioBook {
  private readonly last = new Map<string, { prefix: string; year: number; last: number }>();

  constructor(existing: { prefix: string; year: number; last: number }[]) {
    for (const row of existing) this.last.set(`${row.prefix}|${row.year}`, { ...row });
  }

  next(prefix: string, at: Date): string {
    // the year as nextFolio in shared/folio.ts takes it
    const year = at.getFullYear();
    const key = `${prefix}|${year}`;
    const row = this.last.get(key) ?? { prefix, year, last: 0 };
    row.last++;
    this.last.set(key, row);
    return formatFolio(prefix, year, row.last);
  }

  rows() {
    return [...this.last.values()];
  }
}

export interface WorkResult {
  complaints: number;
  workOrders: number;
  historyEvents: number;
}

/** Inserts complaints, their orders and the limitation orders, the history of all of them and the folio counters. */
export async function insertWork(
  tx: Tx,
  complaints: PlannedComplaint[],
  limitationOrders: PlannedOrder[],
  extraHistory: Prisma.HistoryEventCreateManyInput[],
): Promise<WorkResult> {
  const book = new FolioBook(await tx.folioCounter.findMany());
  const complaintFolios = complaints.map((c) => book.next(COMPLAINT_FOLIO_PREFIX, c.createdAt));
  const complaintRows = await inBatches(complaints.map((c, i): Prisma.ComplaintCreateManyInput => ({
    folio: complaintFolios[i],
    kind: c.kind, category: c.category, channel: c.channel, status: c.status, description: c.description,
    connectionId: c.connection?.id ?? null,
    reporterName: c.reporterName, reporterPhone: c.reporterPhone, locationText: c.locationText,
    localityId: c.localityId, latitude: c.latitude, longitude: c.longitude,
    resolution: c.resolution, createdById: c.createdById, createdAt: c.createdAt, resolvedAt: c.resolvedAt,
  })), (data) => tx.complaint.createManyAndReturn({ data, select: { id: true, folio: true } }));
  const complaintIds = new Map(complaintRows.map((r) => [r.folio, r.id]));

  const orders = [
    ...complaints.flatMap((c, i) => (c.order ? [{ order: c.order, complaintFolio: complaintFolios[i] }] : [])),
    ...limitationOrders.map((order) => ({ order, complaintFolio: null })),
  ].sort((a, b) => a.order.issuedAt.getTime() - b.order.issuedAt.getTime());
  const orderFolios = orders.map(({ order }) => book.next(WORK_ORDER_FOLIO_PREFIX[order.type], order.issuedAt));
  const orderRows = await inBatches(orders.map(({ order: o, complaintFolio }, i): Prisma.WorkOrderCreateManyInput => ({
    folio: orderFolios[i],
    type: o.type, status: o.status,
    complaintId: complaintFolio ? complaintIds.get(complaintFolio) : null,
    connectionId: o.connection?.id ?? null,
    assigneeId: o.assigneeId, department: o.department, observations: o.observations,
    dueAt: o.dueAt, verificationOutcome: o.verificationOutcome, excessM3: o.excessM3,
    limitationResult: o.limitationResult, resultNotes: o.resultNotes,
    createdById: o.createdById, issuedAt: o.issuedAt, completedAt: o.completedAt,
    pausedAt: o.pausedAt ?? null, pauseReason: o.pauseReason ?? null,
  })), (data) => tx.workOrder.createManyAndReturn({ data, select: { id: true, folio: true } }));
  const orderIds = new Map(orderRows.map((r) => [r.folio, r.id]));

  const history: Prisma.HistoryEventCreateManyInput[] = [...extraHistory];
  complaints.forEach((c, i) => {
    if (!c.connection) return;
    const folio = complaintFolios[i];
    history.push({
      connectionId: c.connection.id, type: "COMPLAINT_FILED", complaintId: complaintIds.get(folio),
      summary: `${COMPLAINT_KINDS[c.kind]} ${folio}: ${COMPLAINT_CATEGORIES[c.category].toLowerCase()}`, actorId: c.createdById, occurredAt: c.createdAt,
    });
    if (c.advice) {
      history.push({
        connectionId: c.connection.id, type: "ADVICE_GIVEN", complaintId: complaintIds.get(folio),
        summary: ADVICE, actorId: c.createdById, occurredAt: c.advice.at,
      });
    }
  });
  orders.forEach(({ order: o, complaintFolio }, i) => {
    if (!o.connection) return;
    const folio = orderFolios[i];
    const complaintId = complaintFolio ? complaintIds.get(complaintFolio) : null;
    const workOrderId = orderIds.get(folio);
    history.push({
      connectionId: o.connection.id, type: "WORK_ORDER_ISSUED", complaintId, workOrderId,
      summary: `Orden ${folio} emitida`, actorId: o.createdById, occurredAt: o.issuedAt,
    });
    if (o.pausedAt) {
      history.push({
        connectionId: o.connection.id, type: "NOTE", complaintId, workOrderId, details: { notes: o.pauseReason ?? "" },
        summary: `Orden ${folio} en pausa: se espera al usuario`, actorId: o.assigneeId ?? o.createdById, occurredAt: o.pausedAt,
      });
    }
    if (o.status === "COMPLETED" && o.completedAt && o.completedSummary) {
      history.push({
        connectionId: o.connection.id, type: "WORK_ORDER_COMPLETED", complaintId, workOrderId,
        summary: o.completedSummary(folio), actorId: o.completedById, occurredAt: o.completedAt,
        details: { ...(o.excessM3 ? { volumeM3: o.excessM3.toFixed(2) } : {}), ...(o.resultNotes ? { notes: o.resultNotes } : {}) },
      });
    }
  });
  history.sort((a, b) => new Date(a.occurredAt ?? 0).getTime() - new Date(b.occurredAt ?? 0).getTime());
  await inBatches(history, async (data) => {
    await tx.historyEvent.createMany({ data });
    return [];
  });

  for (const row of book.rows()) {
    await tx.folioCounter.upsert({
      where: { prefix_year: { prefix: row.prefix, year: row.year } },
      create: row,
      update: { last: row.last },
    });
  }
  return { complaints: complaintRows.length, workOrders: orderRows.length, historyEvents: history.length };
}
