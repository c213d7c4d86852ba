// postCharge: the billing system posts a billed period, priced here with the tariff in force for the period and the
// connection's type; a social discount in force credits it at once. Idempotent by connection + period.
import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { ledgerWriteScope } from "../../auth/policies.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { localDay } from "../../shared/business-calendar.ts";
import { formatVolume } from "../../shared/format.ts";
import { charge, periodStart, tariffForPeriod } from "../tariff/pricing.ts";
import { applySocialCredit } from "../discount/social-discount.service.ts";
import { boundedDecimal, MONEY_LIMITS } from "./amounts.ts";
import { lockConnection, postLedgerEntry } from "./ledger-posting.ts";

export interface PostChargeInput {
  connectionId: number;
  period: string;
  consumptionM3: string;
}

export async function postCharge(scope: ActingScope, input: PostChargeInput) {
  const consumption = boundedDecimal(input.consumptionM3, "consumptionM3", MONEY_LIMITS.maxConsumptionM3, { allowZero: true, unit: "El consumo" });
  if (periodStart(input.period) > localDay(scope.clock.now())) throw badInput("period", "No se factura un periodo que aún no empieza");
  return inTransaction(scope, async (tx) => {
    const target = await tx.serviceConnection.findFirst({ where: { AND: [ledgerWriteScope(scope.actor), { id: input.connectionId }] }, select: { id: true } });
    if (!target) throw notFound("La toma");
    // the lock first: two postings of one period wait for each other, and the second finds the first
    const connection = (await lockConnection(tx, target.id))!;
    const existing = await tx.ledgerEntry.findFirst({ where: { connectionId: connection.id, kind: "CHARGE", period: input.period } });
    if (existing) {
      if (!existing.consumptionM3?.equals(consumption)) {
        throw conflict(`El periodo ${input.period} ya se facturó con ${formatVolume(existing.consumptionM3 ?? 0)}`, "consumptionM3");
      }
      const credit = await tx.ledgerEntry.findFirst({ where: { connectionId: connection.id, kind: "CREDIT", period: input.period, discount: { kind: "SOCIAL" } } });
      return { charge: existing, credit, replayed: true };
    }
    const tariff = await tariffForPeriod(tx, connection.type, input.period);
    const posted = await postLedgerEntry(tx, scope, connection, {
      kind: "CHARGE",
      amount: charge(tariff, consumption),
      period: input.period,
      consumptionM3: consumption,
      description: `Consumo ${input.period}`,
    });
    const credit = await applySocialCredit(tx, scope, connection, posted, tariff);
    return { charge: posted, credit, replayed: false };
  });
}
