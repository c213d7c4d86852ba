// Cambio de titular and baja de toma: the register's changes of who holds a connection and whether it exists.
import type { ActingScope } from "../../context.ts";
import { connectionScope } from "../../auth/policies.ts";
import { inTransaction } from "../../db/transaction.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { connectionSearchText } from "../../shared/text.ts";
import { OPEN_WORK_ORDER_STATUSES } from "../../shared/workflow-facts.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";
import { numericSetting } from "../setting/setting.service.ts";
import { CONNECTION_LIMITS } from "./connection.rules.ts";
import { requireHolder } from "./connection-register.service.ts";

function requireReason(reason: string | null | undefined): string {
  const text = reason?.trim() ?? "";
  if (!text) throw badInput("reason", "Escriba el motivo");
  if (text.length > CONNECTION_LIMITS.reason) throw badInput("reason", `El motivo admite hasta ${CONNECTION_LIMITS.reason} caracteres`);
  return text;
}

/**
 * Cambio de titular. The old holder stays in the history (and the audit). The debt stays with the connection (the
 * new holder takes the account as it is) unless Setting transferRequiresZeroBalance = 1: then only a current account
 * changes hands.
 */
export async function transferServiceConnection(scope: ActingScope, input: { id: number; toUserId: number; reason: string }) {
  const reason = requireReason(input.reason);
  return inTransaction(scope, async (tx) => {
    const before = await tx.serviceConnection.findFirst({ where: { AND: [connectionScope(scope.actor), { id: input.id }] }, include: { holder: true } });
    if (!before) throw notFound("La toma");
    if (before.status === "CANCELLED") throw conflict(`La toma ${before.controlNumber} está dada de baja`);
    const to = await requireHolder(tx, scope, input.toUserId, "toUserId");
    if (to.id === before.holderId) throw badInput("toUserId", `${to.fullName} ya es el titular de la toma`);
    if ((await numericSetting(tx, "transferRequiresZeroBalance")) === 1 && !before.balance.isZero()) {
      throw conflict(`La toma ${before.controlNumber} tiene adeudo: la política vigente exige la cuenta al corriente para el cambio de titular`);
    }
    const { holder: from, ...row } = before;
    // the guard: the holder has not changed since it was read
    const { count } = await tx.serviceConnection.updateMany({
      where: { id: before.id, holderId: from.id },
      data: { holderId: to.id, searchText: connectionSearchText(before, to.fullName) },
    });
    if (count !== 1) throw conflict(`La toma ${before.controlNumber} cambió mientras tanto; vuelva a abrirla`);
    const after = await tx.serviceConnection.findUniqueOrThrow({ where: { id: before.id } });
    await recordHistory(tx, scope, {
      connectionId: before.id,
      type: "HOLDER_CHANGED",
      summary: `Cambio de titular: de ${from.fullName} a ${to.fullName}`,
      details: { notes: reason },
    });
    await recordAudit(tx, scope, { action: "serviceConnection.transfer", entityType: "ServiceConnection", entityId: before.id, before: { ...row, holderName: from.fullName }, after: { ...after, holderName: to.fullName, reason } });
    return { serviceConnection: after };
  });
}

/** Baja de toma: only with the account at zero and no open order; the connection and its history are kept. */
export async function cancelServiceConnection(scope: ActingScope, input: { id: number; reason: string }) {
  const reason = requireReason(input.reason);
  return inTransaction(scope, async (tx) => {
    const before = await tx.serviceConnection.findFirst({ where: { AND: [connectionScope(scope.actor), { id: input.id }] } });
    if (!before) throw notFound("La toma");
    if (before.status === "CANCELLED") throw conflict(`La toma ${before.controlNumber} ya está dada de baja`);
    if (!before.balance.isZero()) throw conflict(`La toma ${before.controlNumber} tiene adeudo: solo se da de baja con la cuenta en cero`);
    const open = await tx.workOrder.findMany({ where: { connectionId: before.id, status: { in: OPEN_WORK_ORDER_STATUSES } }, select: { folio: true }, take: 5 });
    if (open.length) throw conflict(`La toma ${before.controlNumber} tiene órdenes abiertas (${open.map((o) => o.folio).join(", ")}): deben concluirse o cancelarse antes de la baja`);
    const now = scope.clock.now();
    // the guard repeats the rule, so a payment or charge posted meanwhile cannot slip through
    const { count } = await tx.serviceConnection.updateMany({
      where: { id: before.id, status: before.status, balance: 0, workOrders: { none: { status: { in: OPEN_WORK_ORDER_STATUSES } } } },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    if (count !== 1) throw conflict(`La toma ${before.controlNumber} cambió mientras tanto; vuelva a abrirla`);
    const after = await tx.serviceConnection.findUniqueOrThrow({ where: { id: before.id } });
    await recordHistory(tx, scope, { connectionId: before.id, type: "STATUS_CHANGED", summary: "Baja de la toma", details: { notes: reason } });
    await recordAudit(tx, scope, { action: "serviceConnection.cancel", entityType: "ServiceConnection", entityId: before.id, before, after: { ...after, reason } });
    return { serviceConnection: after };
  });
}
