import type { Tx } from "../../db/client.ts";
import type { HistoryEventType } from "../../generated/prisma/enums.ts";
import type { ActingScope } from "../../context.ts";

export interface HistoryEntry {
  connectionId: number;
  type: HistoryEventType;
  summary: string;
  complaintId?: number;
  workOrderId?: number;
  discountId?: number;
}

/** Adds an event to the connection's history (historial del usuario), inside the caller's transaction. */
export async function recordHistory(tx: Tx, scope: ActingScope, entry: HistoryEntry): Promise<void> {
  await tx.historyEvent.create({
    data: { ...entry, actorId: scope.actor.kind === "staff" ? scope.actor.id : null, occurredAt: scope.clock.now() },
  });
}
