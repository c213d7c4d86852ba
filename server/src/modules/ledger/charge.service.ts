// postCharge: the billing system posts a billed period, priced here with the tariff in force for the period and the
// connection's type; a social discount in force credits it at once. Idempotent by connection + period.
import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { badInput, conflict } from "../../shared/errors.ts";
import { localDay } from "../../shared/business-calendar.ts";
import { formatVolume } from "../../shared/format.ts";
import { charge, periodStart, tariffForPeriod } from "../tariff/pricing.ts";
import { applySocialCredit } from "../discount/social-discount.service.ts";
import { boundedDecimal, MONEY_LIMITS } from "./amounts.ts";
import { findLedgerTarget, lockConnection, postLedgerEntry, type LedgerTarget, LOCKING_TRANSACTION } from "./ledger-posting.ts";

export type PostChargeInput = LedgerTarget & {
  period: string;
  consumptionM3: string;
};

export async function postCharge(scope: ActingScope, input: PostChargeInput) {
  const consumption = boundedDecimal(input.consumptionM3, "consumptionM3", MONEY_LIMITS.maxConsumptionM3, { allowZero: true, unit: "El consumo" });
  if (periodStart(input.period) > localDay(scope.clock.now())) throw badInput("period", "No se factura un periodo que aún no empieza");
  return inTransaction(scope, async (tx) => {
    // the lock first: two postings of one period wait for each other, and the second finds the first
    const connection = (await lockConnection(tx, await findLedgerTarget(tx, scope, input)))!;
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
  }, LOCKING_TRANSACTION);
}
