// Workflow 1's end: a METER_ADJUSTMENT discount, only on the strength of a completed verification that found the
// utility's meter over-registering, for at most the excess it measured (summed over every adjustment of that
// order that was not rejected), priced with the tariff in force for the period: charge(billed) − charge(billed − m³).
// These rules hold for every caller and path: they live here, and the order's row lock serializes concurrent requests.
import type { Tx } from "../../db/client.ts";
import type { ActingScope } from "../../context.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { LOCKING_TRANSACTION } from "../ledger/ledger-posting.ts";
import { connectionScope, ledgerScope, workOrderScope } from "../../auth/policies.ts";
import { badInput, conflict, DomainError } from "../../shared/errors.ts";
import { formatVolume } from "../../shared/format.ts";
import { VERIFICATION_OUTCOMES, WORK_ORDER_STATUSES } from "../../shared/labels.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";
import { adjustmentAmount, charge, periodStart, tariffForPeriod } from "../tariff/pricing.ts";
import { boundedDecimal, MONEY_LIMITS } from "../ledger/amounts.ts";

export interface MeterAdjustmentInput {
  connectionId: number;
  verificationOrderId: number;
  volumeM3: string;
  period: string;
  reason?: string;
}

/** Adjustments that count against a verification's excess: all but the rejected. */
const COUNTING = { kind: "METER_ADJUSTMENT", status: { not: "REJECTED" } } as const;

/** Everything a request is checked and priced with; throws the first rule it breaks. */
export async function quoteMeterAdjustment(tx: Tx, scope: ActingScope, input: MeterAdjustmentInput, options: { lock?: boolean } = {}) {
  const volume = boundedDecimal(input.volumeM3, "volumeM3", MONEY_LIMITS.maxConsumptionM3, { unit: "El volumen" });
  periodStart(input.period);
  // the order's row lock: concurrent requests on one verification wait here, then see each other's adjustments
  if (options.lock) await tx.$queryRaw`SELECT id FROM "WorkOrder" WHERE id = ${input.verificationOrderId} FOR UPDATE`;
  const order = await tx.workOrder.findFirst({ where: { AND: [workOrderScope(scope.actor), { id: input.verificationOrderId }] } });
  if (!order) throw new DomainError("NOT_FOUND", "La orden de verificación no existe o no está a su alcance", "verificationOrderId");
  if (order.connectionId !== input.connectionId) throw badInput("verificationOrderId", `La orden ${order.folio} es de otra toma`);
  if (order.type !== "VERIFICATION") throw badInput("verificationOrderId", `La orden ${order.folio} no es de verificación`);
  if (order.status !== "COMPLETED") {
    throw conflict(`La verificación ${order.folio} está ${WORK_ORDER_STATUSES[order.status].toLowerCase()}: sin verificación solventada no hay ajuste`, "verificationOrderId");
  }
  if (order.verificationOutcome !== "METER_OVER_REGISTERING" || !order.excessM3) {
    const outcome = order.verificationOutcome ? VERIFICATION_OUTCOMES[order.verificationOutcome].toLowerCase() : "sin resultado";
    throw badInput("verificationOrderId", `La verificación ${order.folio} no probó que el medidor registre de más (${outcome}): no procede un ajuste`);
  }

  const used = await tx.discount.aggregate({ where: { ...COUNTING, verificationOrderId: order.id }, _sum: { volumeM3: true } });
  const remainingM3 = order.excessM3.minus(used._sum.volumeM3 ?? 0);
  if (volume.gt(remainingM3)) {
    throw badInput("volumeM3", `La verificación ${order.folio} probó ${formatVolume(order.excessM3)} de más; quedan ${formatVolume(Prisma.Decimal.max(remainingM3, 0))} por ajustar`);
  }

  const connection = await tx.serviceConnection.findFirst({ where: { AND: [connectionScope(scope.actor), { id: input.connectionId }] }, select: { id: true, type: true } });
  if (!connection) throw new DomainError("NOT_FOUND", "La toma no existe o no está a su alcance", "connectionId");
  const billed = await tx.ledgerEntry.findFirst({ where: { AND: [ledgerScope(scope.actor), { connectionId: connection.id, kind: "CHARGE", period: input.period }] }, orderBy: { id: "desc" } });
  if (!billed?.consumptionM3) throw badInput("period", `No hay consumo facturado en el periodo ${input.period} para ajustar`);
  // earlier adjustments of the same bill already took their m³ off its top: price this one below them
  const adjusted = await tx.discount.aggregate({ where: { ...COUNTING, connectionId: connection.id, period: input.period }, _sum: { volumeM3: true } });
  const billedM3 = billed.consumptionM3.minus(adjusted._sum.volumeM3 ?? 0);
  if (volume.gt(billedM3)) throw badInput("volumeM3", `El periodo ${input.period} facturó ${formatVolume(billedM3)} por ajustar; no se puede ajustar más`);

  // the tariff prices the bill, whatever the caller may read of the catalog
  const tariff = await tariffForPeriod(tx, connection.type, input.period);
  const amount = adjustmentAmount(tariff, billedM3, volume);
  if (amount.lte(0)) throw badInput("volumeM3", "Ese ajuste no cambia el importe: el consumo queda dentro del mínimo de la tarifa");
  return {
    order,
    connectionId: connection.id,
    volumeM3: volume,
    period: input.period,
    billedM3,
    verifiedExcessM3: order.excessM3,
    remainingM3,
    chargeBefore: charge(tariff, billedM3),
    chargeAfter: charge(tariff, billedM3.minus(volume)),
    amount,
  };
}

/** The price of an adjustment before it is requested (the counter shows it to the customer). */
export function previewMeterAdjustment(scope: ActingScope, input: MeterAdjustmentInput) {
  return inTransaction(scope, (tx) => quoteMeterAdjustment(tx, scope, input));
}

/** Requests the adjustment; HEAD or MANAGER (not the requester) then authorizes it. */
export async function requestMeterAdjustment(scope: ActingScope, input: MeterAdjustmentInput) {
  const reason = input.reason?.trim() ?? "";
  if (!reason) throw badInput("reason", "Indique el motivo del ajuste");
  return inTransaction(scope, async (tx) => {
    const quote = await quoteMeterAdjustment(tx, scope, input, { lock: true });
    const discount = await tx.discount.create({
      data: {
        kind: "METER_ADJUSTMENT",
        connectionId: quote.connectionId,
        verificationOrderId: quote.order.id,
        volumeM3: quote.volumeM3,
        period: quote.period,
        amount: quote.amount,
        reason,
        requestedById: scope.actor.kind === "staff" ? scope.actor.id : 0,
        requestedAt: scope.clock.now(),
      },
    });
    await recordHistory(tx, scope, {
      connectionId: quote.connectionId,
      type: "DISCOUNT_REQUESTED",
      summary: `Ajuste por medidor solicitado para el periodo ${quote.period} (verificación ${quote.order.folio})`,
      details: { volumeM3: quote.volumeM3.toFixed(2), discountAmount: quote.amount.toFixed(2), notes: reason },
      discountId: discount.id,
      workOrderId: quote.order.id,
      complaintId: quote.order.complaintId ?? undefined,
    });
    await recordAudit(tx, scope, { action: "discount.request", entityType: "Discount", entityId: discount.id, after: discount });
    return { discount, quote };
  }, LOCKING_TRANSACTION);
}
