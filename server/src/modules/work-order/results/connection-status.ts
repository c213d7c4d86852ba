import type { Tx } from "../../../db/client.ts";
import type { ActingScope } from "../../../context.ts";
import type { ConnectionStatus } from "../../../generated/prisma/enums.ts";
import type { WorkOrder } from "../../../generated/prisma/client.ts";
import { CONNECTION_STATUSES } from "../../../shared/labels.ts";
import { recordAudit } from "../../audit/audit.service.ts";
import { recordHistory } from "../../history/history.service.ts";

/**
 * Moves the order's connection from `from` to `to` with a history entry and an audit entry; a connection no longer
 * in `from` (already reconnected, say) is left as it is. Returns whether it changed.
 */
export async function changeConnectionStatus(tx: Tx, scope: ActingScope, order: WorkOrder, from: ConnectionStatus, to: ConnectionStatus): Promise<boolean> {
  if (!order.connectionId) return false;
  const before = await tx.serviceConnection.findUniqueOrThrow({ where: { id: order.connectionId }, select: { id: true, status: true } });
  const { count } = await tx.serviceConnection.updateMany({ where: { id: order.connectionId, status: from }, data: { status: to } });
  if (count !== 1) return false;
  await recordHistory(tx, scope, {
    connectionId: order.connectionId,
    type: "STATUS_CHANGED",
    summary: `Toma ${CONNECTION_STATUSES[to].toLowerCase()} (antes ${CONNECTION_STATUSES[from].toLowerCase()}) por la orden ${order.folio}`,
    workOrderId: order.id,
  });
  await recordAudit(tx, scope, { action: "connection.status", entityType: "ServiceConnection", entityId: order.connectionId, before, after: { ...before, status: to } });
  return true;
}
