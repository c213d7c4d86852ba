// recordPayment: Caja General or a partner (bank, billing system) records money received on an account.
import type { ActingScope } from "../../context.ts";
import type { PaymentMethod } from "../../generated/prisma/enums.ts";
import { inTransaction } from "../../db/transaction.ts";
import { ledgerScope } from "../../auth/policies.ts";
import { conflict } from "../../shared/errors.ts";
import { recordHistory } from "../history/history.service.ts";
import { enqueueWebhookEvent } from "../webhook/webhook.outbox.ts";
import { toGlobalId } from "../../shared/global-id.ts";
import { PAYMENT_METHODS } from "../../shared/money-labels.ts";
import { boundedDecimal, MONEY_LIMITS, paymentReference } from "./amounts.ts";
import { findLedgerTarget, lockConnection, postLedgerEntry, type LedgerTarget, LOCKING_TRANSACTION } from "./ledger-posting.ts";

export type RecordPaymentInput = LedgerTarget & {
  amount: string;
  method: PaymentMethod;
  reference: string;
};

/**
 * Posts a PAYMENT. Idempotent by reference: the same reference again (same account and amount) answers with the first
 * payment and posts nothing; a reference already used for another account or amount is a conflict.
 */
export async function recordPayment(scope: ActingScope, input: RecordPaymentInput) {
  const amount = boundedDecimal(input.amount, "amount", MONEY_LIMITS.maxPayment);
  const reference = paymentReference(input.reference);
  const connectionId = await findLedgerTarget(scope.db, scope, input);
  const replay = async () => {
    const first = await scope.db.ledgerEntry.findUnique({ where: { reference } });
    if (!first) return null;
    if (first.connectionId !== connectionId || !first.amount.equals(amount)) {
      throw conflict(`La referencia ${reference} ya se usó para otro pago`, "reference");
    }
    // the first payment, as the caller may read it (a partner without billing:read gets its id only)
    const visible = await scope.db.ledgerEntry.findFirst({ where: { AND: [ledgerScope(scope.actor), { id: first.id }] } });
    return { payment: visible ?? first, replayed: true };
  };

  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await inTransaction(scope, async (tx) => {
      const connection = (await lockConnection(tx, connectionId))!;
      const payment = await postLedgerEntry(tx, scope, connection, {
        kind: "PAYMENT",
        amount,
        description: `Pago ${PAYMENT_METHODS[input.method].toLowerCase()} (referencia ${reference})`,
        paymentMethod: input.method,
        reference,
      });
      await recordHistory(tx, scope, {
        connectionId: connection.id,
        type: "PAYMENT_RECORDED",
        summary: `Pago recibido (${PAYMENT_METHODS[input.method].toLowerCase()}, referencia ${reference})`,
        details: { amount: amount.toFixed(2) },
      });
      // the partner that recorded it hears it was applied (outbox, same transaction)
      if (scope.actor.kind === "partner") {
        await enqueueWebhookEvent(tx, scope.actor.id, "payment.applied", {
          payment: { id: toGlobalId("LedgerEntry", payment.id), reference, amount: amount.toFixed(2), method: input.method, postedAt: payment.postedAt.toISOString(), controlNumber: connection.controlNumber },
        }, scope.clock.now());
      }
      return { payment, replayed: false };
    }, LOCKING_TRANSACTION);
  } catch (error) {
    // two requests with one reference at the same time: the unique reference lets one through; the other answers
    // with it
    if ((error as { code?: string }).code === "P2002") {
      const first = await replay();
      if (first) return first;
    }
    throw error;
  }
}
