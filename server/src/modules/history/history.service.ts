import type { Tx } from "../../db/client.ts";
import type { HistoryEventType } from "../../generated/prisma/enums.ts";
import type { ActingScope } from "../../context.ts";

/**
 * The structured facts of a history event. Restricted figures (money, debts) live only here, never in `summary`:
 * the API renders them for the readers that may see them (history.render.ts).
 */
export interface HistoryDetails {
  /** a debt, charge or payment, MXN ("1533.90"); read like a connection's balance */
  amount?: string;
  /** billing periods owed; read like a connection's balance */
  periodsOwed?: number;
  /** a discount's amount, MXN; read like Discount.amount */
  discountAmount?: string;
  /** a volume the event is about, m³ ("12.50") */
  volumeM3?: string;
  /** the field result's notes or a reason, as staff wrote them */
  notes?: string;
}

export interface HistoryEntry {
  connectionId: number;
  type: HistoryEventType;
  /** what happened, in Spanish, without restricted figures (put those in `details`) */
  summary: string;
  details?: HistoryDetails;
  complaintId?: number;
  workOrderId?: number;
  discountId?: number;
}

/** Adds an event to the connection's history (historial del usuario), inside the caller's transaction. */
export async function recordHistory(tx: Tx, scope: ActingScope, entry: HistoryEntry): Promise<void> {
  const { details = {}, ...event } = entry;
  await tx.historyEvent.create({
    data: { ...event, details: { ...details }, actorId: scope.actor.kind === "staff" ? scope.actor.id : null, occurredAt: scope.clock.now() },
  });
}
