// authorizeDiscount / rejectDiscount: HEAD or MANAGER, never the requester. Authorizing a meter adjustment posts its
// CREDIT, lowers the balance, marks it APPLIED and sends a METER_REPLACEMENT order to REGISTRY, all in one transaction;
// authorizing a social discount puts it in force for a year (each charge then gets its credit).
import type { ActingScope } from "../../context.ts";
import type { Tx } from "../../db/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { discountScope } from "../../auth/policies.ts";
import { badInput, DomainError } from "../../shared/errors.ts";
import { formatVolume } from "../../shared/format.ts";
import { DISCOUNT_KINDS } from "../../shared/money-labels.ts";
import { recordHistory } from "../history/history.service.ts";
import { issueWorkOrder } from "../work-order/work-order.service.ts";
import { lockConnection, postLedgerEntry, LOCKING_TRANSACTION } from "../ledger/ledger-posting.ts";
import { applyDiscountTransition, assertDiscountAction } from "./discount.transitions.ts";
import { validUntilFrom } from "./social-discount.service.ts";

export interface DiscountDecisionInput {
  discountId: number;
  reason: string;
}

async function decide(scope: ActingScope, input: DiscountDecisionInput, action: "authorize" | "reject") {
  const reason = input.reason.trim();
  if (action === "reject" && !reason) throw badInput("reason", "Indique el motivo del rechazo");
  return inTransaction(scope, async (tx) => {
    const before = await tx.discount.findFirst({ where: { AND: [discountScope(scope.actor), { id: input.discountId }] } });
    if (!before) throw new DomainError("NOT_FOUND", "El descuento no existe o no está a su alcance", "discountId");
    assertDiscountAction(action, before, scope.actor);
    const now = scope.clock.now();
    const decided = await applyDiscountTransition(tx, scope, action, before, {
      authorizedById: scope.actor.kind === "staff" ? scope.actor.id : null,
      decidedAt: now,
      decisionReason: reason || null,
      ...(action === "authorize" && before.kind === "SOCIAL" ? { validUntil: validUntilFrom(now) } : {}),
    });
    const label = DISCOUNT_KINDS[before.kind];
    await recordHistory(tx, scope, {
      connectionId: before.connectionId,
      type: "DISCOUNT_DECIDED",
      summary: action === "authorize" ? `${label} autorizado` : `${label} rechazado`,
      details: { ...(before.kind === "METER_ADJUSTMENT" ? { discountAmount: before.amount.toFixed(2) } : {}), ...(reason ? { notes: reason } : {}) },
      discountId: before.id,
    });
    if (action === "reject" || before.kind !== "METER_ADJUSTMENT") return { discount: decided, credit: null, workOrder: null };
    return applyMeterAdjustment(scope, tx, decided);
  }, LOCKING_TRANSACTION);
}

/** The credit on the account, APPLIED, and the meter found at fault sent to REGISTRY for replacement. */
async function applyMeterAdjustment(scope: ActingScope, tx: Tx, discount: Awaited<ReturnType<typeof applyDiscountTransition>>) {
  const order = await tx.workOrder.findUniqueOrThrow({ where: { id: discount.verificationOrderId! } });
  const connection = (await lockConnection(tx, discount.connectionId))!;
  const credit = await postLedgerEntry(tx, scope, connection, {
    kind: "CREDIT",
    amount: discount.amount,
    period: discount.period,
    discountId: discount.id,
    description: `Ajuste por medidor del periodo ${discount.period}: ${formatVolume(discount.volumeM3!)} (verificación ${order.folio})`,
  });
  const applied = await applyDiscountTransition(tx, scope, "apply", discount);
  const workOrder = await issueWorkOrder(tx, scope, {
    type: "METER_REPLACEMENT",
    connectionId: discount.connectionId,
    complaintId: order.complaintId ?? undefined,
    department: "REGISTRY",
    observations: `Cambio de medidor: la verificación ${order.folio} encontró que registra ${formatVolume(order.excessM3!)} de más`,
  });
  return { discount: applied, credit, workOrder };
}

export const authorizeDiscount = (scope: ActingScope, input: DiscountDecisionInput) => decide(scope, input, "authorize");
export const rejectDiscount = (scope: ActingScope, input: DiscountDecisionInput) => decide(scope, input, "reject");
