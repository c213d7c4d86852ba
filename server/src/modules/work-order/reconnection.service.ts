import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope } from "../../context.ts";
import { connectionScope } from "../../auth/policies.ts";
import { conflict, notFound } from "../../shared/errors.ts";
import { formatMoney } from "../../shared/format.ts";
import { CONNECTION_STATUSES } from "../../shared/labels.ts";
import { OPEN_WORK_ORDER_STATUSES, RECONNECTION_OBSERVATION } from "../../shared/workflow-facts.ts";
import { issueWorkOrder } from "./work-order.issue.ts";

/**
 * The customer paid (workflow 2): a LIMITED connection whose account is current gets a RECONNECTION order, due by its
 * service target; one not current is refused with the amount owed.
 */
export function requestReconnection(scope: ActingScope, connectionId: number) {
  return inTransaction(scope, async (tx) => {
    // the row lock makes two requests at once issue one order: the second sees the first's
    await tx.$queryRaw`SELECT id FROM "ServiceConnection" WHERE id = ${connectionId} FOR UPDATE`;
    const connection = await tx.serviceConnection.findFirst({ where: { AND: [connectionScope(scope.actor), { id: connectionId }] } });
    if (!connection) throw notFound("La toma");
    if (connection.status !== "LIMITED") {
      throw conflict(`La toma ${connection.controlNumber} no está limitada (está ${CONNECTION_STATUSES[connection.status].toLowerCase()})`, "connectionId");
    }
    if (connection.balance.gt(0)) {
      throw conflict(`La toma ${connection.controlNumber} adeuda ${formatMoney(connection.balance)}: la reconexión procede con la cuenta al corriente`, "connectionId");
    }
    const open = await tx.workOrder.findFirst({ where: { connectionId, type: "RECONNECTION", status: { in: OPEN_WORK_ORDER_STATUSES } } });
    if (open) throw conflict(`La toma ${connection.controlNumber} ya tiene la orden de reconexión ${open.folio} en curso`, "connectionId");
    const workOrder = await issueWorkOrder(tx, scope, { type: "RECONNECTION", connectionId, observations: RECONNECTION_OBSERVATION });
    return { workOrder };
  });
}
