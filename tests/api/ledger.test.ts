// Money in the ledger: payments (Caja General and partners), charges from the billing system priced with the tariff,
// idempotency, bounds, and a balance that never drifts from the ledger's sum, even under concurrent payments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idOf } from "../../server/src/shared/global-id.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run } from "../support/api.ts";
import { createApiClientKey, createConnection } from "../support/factories.ts";
import { bill, gid, ledgerSum, moneySetup, POST_CHARGE, RECORD_PAYMENT } from "../support/money.ts";
import type { App } from "../../server/src/app.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let billingKey: string;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  ({ billingKey } = await moneySetup(database.db));
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const pay = (connectionId: number, amount: string, reference: string, token = callers.CASHIER.token, method = "CASH") =>
  run(app, RECORD_PAYMENT, { i: { connectionId: gid("ServiceConnection", connectionId), amount, method, reference } }, token);

describe("postCharge", () => {
  it("should price the period with the tariff in force for the connection's type and raise the balance", async () => {
    const connection = await createConnection(database.db);
    const result = await bill(app, billingKey, connection.id, "2026-10", "45");
    // DOMESTIC 2026: 118.50 + 10 × 13.40 + 10 × 16.90 + 15 × 22.60 = 760.50
    expect(result.charge).toMatchObject({ amount: "760.50", balanceAfter: "760.50", consumptionM3: "45.00", period: "2026-10" });
    expect(result.replayed).toBe(false);
    const row = await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.balance.toFixed(2)).toBe("760.50");
    expect(row.periodsOwed).toBe(1);
    expect(await database.db.auditEntry.count({ where: { action: "ledger.charge", entityId: String(idOf("LedgerEntry", result.charge.id)) } })).toBe(1);
  });

  it("should post a period once: the same period again answers with the first charge", async () => {
    const connection = await createConnection(database.db);
    const first = await bill(app, billingKey, connection.id, "2026-09", "20");
    const again = await bill(app, billingKey, connection.id, "2026-09", "20");
    expect(again).toMatchObject({ replayed: true, charge: { id: first.charge.id } });
    const different = await run(app, POST_CHARGE, { i: { connectionId: gid("ServiceConnection", connection.id), period: "2026-09", consumptionM3: "21" } }, billingKey);
    expect(different.data.postCharge.userErrors).toEqual([expect.objectContaining({ field: "consumptionM3", code: "CONFLICT" })]);
    expect(await database.db.ledgerEntry.count({ where: { connectionId: connection.id } })).toBe(1);
  });

  it("should refuse a future period, a malformed one and a negative consumption, posting nothing", async () => {
    const connection = await createConnection(database.db);
    for (const [period, consumptionM3, field] of [["2099-01", "10", "period"], ["10/2026", "10", "period"], ["2026-10", "-3", "consumptionM3"], ["2026-10", "100001", "consumptionM3"]]) {
      const result = await run(app, POST_CHARGE, { i: { connectionId: gid("ServiceConnection", connection.id), period, consumptionM3 } }, billingKey);
      expect(result.data.postCharge.userErrors).toEqual([expect.objectContaining({ field, code: "BAD_USER_INPUT" })]);
    }
    expect(await database.db.ledgerEntry.count({ where: { connectionId: connection.id } })).toBe(0);
  });

  it("should be refused to staff and to partners without billing:write", async () => {
    const connection = await createConnection(database.db);
    const input = { i: { connectionId: gid("ServiceConnection", connection.id), period: "2026-10", consumptionM3: "10" } };
    const payments = await createApiClientKey(database.db, ["payments:write", "billing:read"]);
    expect(errorCodes(await run(app, POST_CHARGE, input, payments))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await run(app, POST_CHARGE, input, callers.CASHIER.token))).toEqual(["FORBIDDEN"]);
  });
});

describe("recordPayment", () => {
  it("should lower the balance with a PAYMENT entry, history and audit when the cashier records it", async () => {
    const connection = await createConnection(database.db);
    await bill(app, billingKey, connection.id, "2026-10", "15");
    const result = await pay(connection.id, "185.50", "CAJA-0001");
    expect(result.data.recordPayment.userErrors).toEqual([]);
    expect(result.data.recordPayment.payment).toMatchObject({ kind: "PAYMENT", amount: "185.50", balanceAfter: "0.00", reference: "CAJA-0001", paymentMethod: "CASH" });
    const row = await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.balance.toFixed(2)).toBe("0.00");
    expect(row.periodsOwed).toBe(0);
    const history = await database.db.historyEvent.findFirstOrThrow({ where: { connectionId: connection.id, type: "PAYMENT_RECORDED" } });
    expect(history.details).toEqual({ amount: "185.50" });
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "ledger.payment", entityId: String(idOf("LedgerEntry", result.data.recordPayment.payment.id)) } });
    expect(audit.actorRole).toBe("CASHIER");
  });

  it("should record once per reference and answer a repeated reference with the first payment", async () => {
    const connection = await createConnection(database.db);
    const first = await pay(connection.id, "100.00", "ref-777");
    const again = await pay(connection.id, "100.00", "REF-777");
    expect(again.data.recordPayment).toMatchObject({ replayed: true, payment: { id: first.data.recordPayment.payment.id } });
    const otherAmount = await pay(connection.id, "90.00", "REF-777");
    expect(otherAmount.data.recordPayment.userErrors).toEqual([expect.objectContaining({ field: "reference", code: "CONFLICT" })]);
    expect(await database.db.ledgerEntry.count({ where: { connectionId: connection.id } })).toBe(1);
  });

  it("should record once when the same reference arrives twenty times at once", async () => {
    const connection = await createConnection(database.db);
    const results = await Promise.all(Array.from({ length: 20 }, () => pay(connection.id, "50.00", "BANCO-SIMULTANEO")));
    expect(results.every((r) => !r.errors && r.data.recordPayment.userErrors.length === 0)).toBe(true);
    expect(new Set(results.map((r) => r.data.recordPayment.payment.id)).size).toBe(1);
    expect(await database.db.ledgerEntry.count({ where: { connectionId: connection.id } })).toBe(1);
  });

  it.each([
    ["0", "amount"],
    ["0.00", "amount"],
    ["-25.00", "amount"],
    ["500000.01", "amount"],
  ])("should refuse an amount of %s naming the field and post nothing", async (amount, field) => {
    const connection = await createConnection(database.db);
    const result = await pay(connection.id, amount, `MALO-${amount}`);
    expect(result.data.recordPayment.userErrors).toEqual([expect.objectContaining({ field, code: "BAD_USER_INPUT" })]);
    expect(await database.db.ledgerEntry.count({ where: { connectionId: connection.id } })).toBe(0);
  });

  it("should refuse more than two decimals as BAD_USER_INPUT and a bad reference as a userError", async () => {
    const connection = await createConnection(database.db);
    expect(errorCodes(await pay(connection.id, "10.005", "X-1"))).toEqual(["BAD_USER_INPUT"]);
    const badReference = await pay(connection.id, "10.00", "pago de juan");
    expect(badReference.data.recordPayment.userErrors).toEqual([expect.objectContaining({ field: "reference", code: "BAD_USER_INPUT" })]);
    expect(await database.db.ledgerEntry.count({ where: { connectionId: connection.id } })).toBe(0);
  });

  it("should let a partner with payments:write record payments and refuse one without it", async () => {
    const connection = await createConnection(database.db);
    const bank = await createApiClientKey(database.db, ["payments:write"]);
    const result = await pay(connection.id, "75.25", "SPEI-123", bank, "TRANSFER");
    expect(result.data.recordPayment.userErrors).toEqual([]);
    const entry = await database.db.ledgerEntry.findFirstOrThrow({ where: { connectionId: connection.id } });
    expect(entry.apiClientId).not.toBeNull();
    const readOnly = await createApiClientKey(database.db, ["billing:read"]);
    expect(errorCodes(await pay(connection.id, "1.00", "SPEI-124", readOnly))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await pay(connection.id, "1.00", "SPEI-125", callers.FRONT_DESK.token))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await pay(connection.id, "1.00", "SPEI-126", callers.AUDITOR.token))).toEqual(["FORBIDDEN"]);
  });

  it("should find the account by control number for partners, and refuse a call naming no account", async () => {
    const connection = await createConnection(database.db);
    const bank = await createApiClientKey(database.db, ["payments:write"]);
    const byNumber = await run(app, RECORD_PAYMENT, { i: { controlNumber: connection.controlNumber, amount: "12.00", method: "TRANSFER", reference: "SPEI-CN-1" } }, bank);
    expect(byNumber.data.recordPayment.userErrors).toEqual([]);
    const charged = await run(app, POST_CHARGE, { i: { controlNumber: connection.controlNumber, period: "2026-05", consumptionM3: "10" } }, billingKey);
    expect(charged.data.postCharge.charge).toMatchObject({ amount: "118.50" });
    const unknown = await run(app, RECORD_PAYMENT, { i: { controlNumber: "000000", amount: "12.00", method: "CASH", reference: "SPEI-CN-2" } }, bank);
    expect(unknown.data.recordPayment.userErrors).toEqual([expect.objectContaining({ field: "controlNumber", code: "NOT_FOUND" })]);
    const none = await run(app, RECORD_PAYMENT, { i: { amount: "12.00", method: "CASH", reference: "SPEI-CN-3" } }, bank);
    expect(none.data.recordPayment.userErrors).toEqual([expect.objectContaining({ field: "connectionId", code: "BAD_USER_INPUT" })]);
    expect(await database.db.ledgerEntry.count({ where: { connectionId: connection.id } })).toBe(2);
  });

  it("should keep the balance equal to the ledger's sum after concurrent payments and charges", async () => {
    const connection = await createConnection(database.db);
    await bill(app, billingKey, connection.id, "2026-06", "45");
    const work = [
      ...Array.from({ length: 15 }, (_, i) => pay(connection.id, `${10 + i}.${String(i * 7 % 100).padStart(2, "0")}`, `CONC-${connection.id}-${i}`)),
      bill(app, billingKey, connection.id, "2026-07", "30"),
      bill(app, billingKey, connection.id, "2026-08", "12.5"),
    ];
    const outcomes = await Promise.all(work);
    for (const o of outcomes) if ("errors" in o && o.errors) throw new Error(JSON.stringify(o.errors));
    const row = await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.balance.toFixed(2)).toBe(await ledgerSum(database.db, connection.id));
    // each entry's balanceAfter continues the previous one: no two movements read the same balance
    const entries = await database.db.ledgerEntry.findMany({ where: { connectionId: connection.id }, orderBy: { id: "asc" } });
    expect(entries).toHaveLength(18);
    let running = 0;
    for (const e of entries) {
      running = Math.round((running + (e.kind === "CHARGE" ? 1 : -1) * Number(e.amount)) * 100) / 100;
      expect(Number(e.balanceAfter)).toBe(running);
    }
  });
});
