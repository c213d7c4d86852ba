// Workflow 8 (Sinaloa water law art. 50): pensioners, retirees and employees get a percentage (Setting
// socialDiscountPercentage, 50 by default) off the charge for their consumption up to a cap (socialDiscountCapM3);
// one beneficiary credential, one connection, one active discount each; valid for a year from its authorization.
import type { Tx } from "../../db/client.ts";
import type { ActingScope } from "../../context.ts";
import type { DiscountCredentialType } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { ledgerWriteScope } from "../../auth/policies.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { localDay } from "../../shared/business-calendar.ts";
import { CREDENTIAL_TYPES } from "../../shared/money-labels.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";
import { numericSetting } from "../setting/setting.service.ts";
import { socialCredit, type PricedTariff } from "../tariff/pricing.ts";
import { postLedgerEntry, type LockedConnection, LOCKING_TRANSACTION } from "../ledger/ledger-posting.ts";

export const SOCIAL_DISCOUNT_LIMITS = { credentialNumber: 40, evidence: 1000 } as const;

export interface SocialDiscountInput {
  connectionId: number;
  credentialType: DiscountCredentialType;
  credentialNumber: string;
  evidence: string;
}

/** A social discount counts as active while pending, or authorized and not yet expired. */
export function activeSocialDiscount(today: Date): Prisma.DiscountWhereInput {
  return { kind: "SOCIAL", OR: [{ status: "REQUESTED" }, { status: { in: ["AUTHORIZED", "APPLIED"] }, validUntil: { gte: today } }] };
}

/** One year from the day it is authorized (the utility's calendar day), renewable by a new request. */
export function validUntilFrom(now: Date): Date {
  const today = localDay(now);
  return new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate() - 1));
}

export async function requestSocialDiscount(scope: ActingScope, input: SocialDiscountInput) {
  const credentialNumber = input.credentialNumber.trim().toUpperCase().replace(/\s+/g, "");
  const evidence = input.evidence.trim();
  if (!credentialNumber) throw badInput("credentialNumber", `Indique la clave de ${CREDENTIAL_TYPES[input.credentialType].toLowerCase()}`);
  if (!evidence) throw badInput("evidence", "Describa el documento presentado (credencial, talón de pago, constancia)");
  return inTransaction(scope, async (tx) => {
    const connection = await tx.serviceConnection.findFirst({ where: { AND: [ledgerWriteScope(scope.actor), { id: input.connectionId }] }, select: { id: true, controlNumber: true } });
    if (!connection) throw notFound("La toma");
    // both rules are checked under locks: the connection's row and the credential's advisory lock
    await tx.$queryRaw`SELECT id FROM "ServiceConnection" WHERE id = ${connection.id} FOR UPDATE`;
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`social:${input.credentialType}:${credentialNumber}`}))::text`;
    const today = localDay(scope.clock.now());
    const byCredential = await tx.discount.findFirst({ where: { AND: [activeSocialDiscount(today), { credentialType: input.credentialType, credentialNumber }] }, select: { connectionId: true } });
    if (byCredential) throw conflict(`La clave ${credentialNumber} ya tiene un descuento social vigente o en trámite${byCredential.connectionId === connection.id ? "" : " en otra toma"}`, "credentialNumber");
    const byConnection = await tx.discount.findFirst({ where: { AND: [activeSocialDiscount(today), { connectionId: connection.id }] }, select: { id: true } });
    if (byConnection) throw conflict(`La toma ${connection.controlNumber} ya tiene un descuento social vigente o en trámite`, "connectionId");

    const percentage = await numericSetting(tx, "socialDiscountPercentage");
    const capM3 = await numericSetting(tx, "socialDiscountCapM3");
    const discount = await tx.discount.create({
      data: {
        kind: "SOCIAL",
        connectionId: connection.id,
        credentialType: input.credentialType,
        credentialNumber,
        evidence,
        percentage: String(percentage),
        // the cap in force when requested: the m³ of each bill the percentage applies to
        volumeM3: String(capM3),
        // what it has credited so far
        amount: "0",
        reason: `${CREDENTIAL_TYPES[input.credentialType]}: ${evidence}`,
        requestedById: scope.actor.kind === "staff" ? scope.actor.id : 0,
        requestedAt: scope.clock.now(),
      },
    });
    await recordHistory(tx, scope, {
      connectionId: connection.id,
      type: "DISCOUNT_REQUESTED",
      summary: `Descuento social solicitado (${CREDENTIAL_TYPES[input.credentialType].toLowerCase()}, ${percentage} % hasta ${capM3} m³)`,
      discountId: discount.id,
    });
    await recordAudit(tx, scope, { action: "discount.request", entityType: "Discount", entityId: discount.id, after: discount });
    return { discount };
  }, LOCKING_TRANSACTION);
}

/**
 * Credits a charge just posted with the connection's social discount in force, if it has one: its own CREDIT entry
 * linked to the discount; the discount's amount keeps the total credited.
 */
export async function applySocialCredit(
  tx: Tx,
  scope: ActingScope,
  connection: LockedConnection,
  chargeEntry: { period: string | null; consumptionM3: Prisma.Decimal | null },
  tariff: PricedTariff,
) {
  const today = localDay(scope.clock.now());
  const discount = await tx.discount.findFirst({
    where: { connectionId: connection.id, kind: "SOCIAL", status: { in: ["AUTHORIZED", "APPLIED"] }, validUntil: { gte: today } },
    orderBy: { id: "desc" },
  });
  if (!discount || !chargeEntry.consumptionM3 || !discount.percentage || !discount.volumeM3) return null;
  const amount = socialCredit(tariff, chargeEntry.consumptionM3, discount.percentage, discount.volumeM3);
  if (amount.lte(0)) return null;
  const credit = await postLedgerEntry(tx, scope, connection, {
    kind: "CREDIT",
    amount,
    period: chargeEntry.period,
    discountId: discount.id,
    description: `Descuento social ${discount.percentage.toFixed(0)} % del periodo ${chargeEntry.period}`,
  });
  await tx.discount.update({ where: { id: discount.id }, data: { amount: { increment: amount } } });
  return credit;
}
