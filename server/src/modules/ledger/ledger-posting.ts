// The one way money moves on an account: lock the connection row, post the entry with the balance after it, and
// update the connection's balance and periods owed in the same transaction. The row lock serializes every movement
// of one account, so the balance always equals the sum of its ledger, whatever runs at the same time.
import type { Tx } from "../../db/client.ts";
import type { ActingScope } from "../../context.ts";
import type { ConnectionType, LedgerKind, PaymentMethod } from "../../generated/prisma/enums.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { ledgerWriteScope } from "../../auth/policies.ts";
import { DomainError } from "../../shared/errors.ts";

export interface LockedConnection {
  id: number;
  controlNumber: string;
  type: ConnectionType;
  balance: Prisma.Decimal;
}

/** Locks the connection's row until the transaction ends (FOR UPDATE); null when it does not exist. */
export async function lockConnection(tx: Tx, connectionId: number): Promise<LockedConnection | null> {
  const [row] = await tx.$queryRaw<{ id: number; controlNumber: string; type: ConnectionType; balance: string }[]>`
    SELECT id, "controlNumber", type::text AS type, balance::text AS balance FROM "ServiceConnection" WHERE id = ${connectionId} FOR UPDATE`;
  return row ? { ...row, balance: new Prisma.Decimal(row.balance) } : null;
}

export interface NewLedgerEntry {
  kind: LedgerKind;
  amount: Prisma.Decimal;
  description: string;
  period?: string | null;
  consumptionM3?: Prisma.Decimal | null;
  discountId?: number | null;
  paymentMethod?: PaymentMethod | null;
  reference?: string | null;
}

/** Charges raise the balance; payments and credits lower it. */
export const signedAmount = (kind: LedgerKind, amount: Prisma.Decimal) => (kind === "CHARGE" ? amount : amount.negated());

/** Posts one movement on a connection locked by `lockConnection` in the same transaction. */
export async function postLedgerEntry(tx: Tx, scope: ActingScope, connection: LockedConnection, entry: NewLedgerEntry) {
  const balanceAfter = connection.balance.plus(signedAmount(entry.kind, entry.amount));
  const created = await tx.ledgerEntry.create({
    data: {
      connectionId: connection.id,
      kind: entry.kind,
      amount: entry.amount,
      balanceAfter,
      description: entry.description,
      period: entry.period ?? null,
      consumptionM3: entry.consumptionM3 ?? null,
      discountId: entry.discountId ?? null,
      paymentMethod: entry.paymentMethod ?? null,
      reference: entry.reference ?? null,
      postedById: scope.actor.kind === "staff" ? scope.actor.id : null,
      apiClientId: scope.actor.kind === "partner" ? scope.actor.id : null,
      postedAt: scope.clock.now(),
    },
  });
  const periodsOwed = await periodsOwedFor(tx, connection.id, balanceAfter);
  await tx.serviceConnection.update({ where: { id: connection.id }, data: { balance: balanceAfter, periodsOwed } });
  connection.balance = balanceAfter;
  await recordAudit(tx, scope, { action: `ledger.${entry.kind.toLowerCase()}`, entityType: "LedgerEntry", entityId: created.id, after: created });
  return created;
}

/** How many of the latest charges the balance still covers: the fewest newest charges whose sum reaches it. */
async function periodsOwedFor(tx: Tx, connectionId: number, balance: Prisma.Decimal): Promise<number> {
  if (balance.lte(0)) return 0;
  const charges = await tx.ledgerEntry.findMany({ where: { connectionId, kind: "CHARGE" }, orderBy: { id: "desc" }, take: 120, select: { amount: true } });
  let covered = new Prisma.Decimal(0);
  for (const [index, charge] of charges.entries()) {
    covered = covered.plus(charge.amount);
    if (covered.gte(balance)) return index + 1;
  }
  // an opening balance older than the ledger: at least every charge is owed
  return Math.max(1, charges.length);
}

/** Which account a movement goes to: by id, or by control number (partners know accounts by their número de control). */
export interface LedgerTarget {
  connectionId?: number;
  controlNumber?: string;
}

/** The id of the account `target` names, if the actor may post to it; throws NOT_FOUND naming the field otherwise. */
export async function findLedgerTarget(db: Tx, scope: ActingScope, target: LedgerTarget): Promise<number> {
  const key = target.connectionId ? { id: target.connectionId } : { controlNumber: target.controlNumber?.trim() ?? "" };
  const row = await db.serviceConnection.findFirst({ where: { AND: [ledgerWriteScope(scope.actor), key] }, select: { id: true } });
  if (!row) throw new DomainError("NOT_FOUND", "La toma no existe o no está a su alcance", target.connectionId ? "connectionId" : "controlNumber");
  return row.id;
}

/**
 * Transactions that queue on an account's (or a verification's) row lock: a burst on one account may wait longer than
 * Prisma's defaults (2 s to get a connection, 5 s to finish) on a busy server; waiting is right, failing is not.
 */
export const LOCKING_TRANSACTION = { maxWait: 15_000, timeout: 30_000 } as const;
