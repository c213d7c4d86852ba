// Builders for the money tests: tariffs, billed periods, verifications with their outcome, GraphQL documents.
import type { Db } from "../../server/src/db/client.ts";
import type { VerificationOutcome, WorkOrderStatus } from "../../server/src/generated/prisma/enums.ts";
import { seedCatalogs } from "../../server/src/db/catalogs.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import type { App } from "../../server/src/app.ts";
import { createApiClientKey } from "./factories.ts";
import { run } from "./api.ts";

let folio = 0;

export const gid = (type: string, id: number) => toGlobalId(type, id);

export const POST_CHARGE = `mutation($i: PostChargeInput!) { postCharge(input: $i) {
  charge { id amount balanceAfter consumptionM3 period } credit { id amount } replayed userErrors { field message code } } }`;
export const RECORD_PAYMENT = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) {
  payment { id kind amount balanceAfter reference paymentMethod } replayed userErrors { field message code } } }`;
export const REQUEST_DISCOUNT = `mutation($i: RequestDiscountInput!) { requestDiscount(input: $i) {
  discount { id status amount volumeM3 period availableActions } userErrors { field message code } } }`;
export const QUOTE = `query($i: MeterAdjustmentQuoteInput!) { meterAdjustmentQuote(input: $i) {
  quote { amount billedM3 verifiedExcessM3 remainingM3 chargeBefore chargeAfter } userErrors { field message code } } }`;
export const AUTHORIZE = `mutation($i: DiscountDecisionInput!) { authorizeDiscount(input: $i) {
  discount { id status validUntil } credit { id kind amount balanceAfter } workOrder { id folio type status } userErrors { field message code } } }`;
export const REJECT = `mutation($i: DiscountDecisionInput!) { rejectDiscount(input: $i) { discount { id status } userErrors { field message code } } }`;
export const REQUEST_SOCIAL = `mutation($i: RequestSocialDiscountInput!) { requestSocialDiscount(input: $i) {
  discount { id status percentage volumeM3 } userErrors { field message code } } }`;

/** Catalogs (tariffs from 2026-01, settings) and a billing partner's key. */
export async function moneySetup(db: Db) {
  await seedCatalogs(db);
  return { billingKey: await createApiClientKey(db, ["billing:write"]) };
}

/** Posts a billed period through the API, as the billing system would. */
export async function bill(app: App, billingKey: string, connectionId: number, period: string, consumptionM3: string) {
  const result = await run(app, POST_CHARGE, { i: { connectionId: gid("ServiceConnection", connectionId), period, consumptionM3 } }, billingKey);
  if (result.errors || result.data.postCharge.userErrors.length) throw new Error(`bill failed: ${JSON.stringify(result)}`);
  return result.data.postCharge;
}

/** A verification order of the connection, in the given state and with the given field result. */
export async function createVerification(
  db: Db,
  connectionId: number,
  options: { status?: WorkOrderStatus; outcome?: VerificationOutcome | null; excessM3?: string | null } = {},
) {
  const status = options.status ?? "COMPLETED";
  const outcome = options.outcome === undefined ? "METER_OVER_REGISTERING" : options.outcome;
  return db.workOrder.create({
    data: {
      folio: `OV-2026-${String(900000 + ++folio)}-${process.env.VITEST_POOL_ID ?? 0}-${Math.random().toString(36).slice(2, 6)}`,
      type: "VERIFICATION",
      status,
      connectionId,
      dueAt: new Date(),
      verificationOutcome: status === "COMPLETED" ? outcome : null,
      excessM3: status === "COMPLETED" && outcome === "METER_OVER_REGISTERING" ? (options.excessM3 ?? "12") : null,
      completedAt: status === "COMPLETED" ? new Date() : null,
    },
  });
}

/** The sum of the account's movements (charges up, payments and credits down). */
export async function ledgerSum(db: Db, connectionId: number): Promise<string> {
  const [row] = await db.$queryRaw<{ sum: string }[]>`
    SELECT COALESCE(SUM(CASE WHEN kind = 'CHARGE' THEN amount ELSE -amount END), 0)::numeric(12,2)::text AS sum FROM "LedgerEntry" WHERE "connectionId" = ${connectionId}`;
  return row.sum;
}
