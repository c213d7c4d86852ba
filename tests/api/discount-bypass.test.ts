// Workflow 1's end on both databases: no bill reduction without a completed verification proving the meter at fault.
// Every way around the rule is tried through the API and refused with nothing changed; the happy path credits the
// account, marks the discount APPLIED and sends the meter to REGISTRY for replacement.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection, createStaff, sessionToken } from "../support/factories.ts";
import { AUTHORIZE, bill, createVerification, gid, ledgerSum, moneySetup, QUOTE, REJECT, REQUEST_DISCOUNT } from "../support/money.ts";
import type { App } from "../../server/src/app.ts";

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
] as const)("meter adjustments on %s", (_name, createDatabase) => {
  let database: TestDatabase;
  let app: App;
  let callers: Awaited<ReturnType<typeof callersByRole>>;
  let billingKey: string;

  beforeAll(async () => {
    database = await createDatabase();
    app = await createTestApp(database.db);
    callers = await callersByRole(database.db);
    ({ billingKey } = await moneySetup(database.db));
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  /** A domestic connection billed 45 m³ in 2026-10 ($760.50). */
  async function billedConnection() {
    const connection = await createConnection(database.db);
    await bill(app, billingKey, connection.id, "2026-10", "45");
    return connection;
  }

  const request = (connectionId: number, verificationOrderId: number, volumeM3: string, token = callers.FRONT_DESK.token, period = "2026-10") =>
    run(app, REQUEST_DISCOUNT, {
      i: { kind: "METER_ADJUSTMENT", connectionId: gid("ServiceConnection", connectionId), verificationOrderId: gid("WorkOrder", verificationOrderId), volumeM3, period, reason: "Medidor con engrane dañado" },
    }, token);

  const snapshot = async () => ({
    discounts: await database.db.discount.count(),
    ledger: await database.db.ledgerEntry.count(),
    history: await database.db.historyEvent.count(),
    audit: await database.db.auditEntry.count(),
  });

  it("should price, request and authorize an adjustment: credit, lower balance, APPLIED, meter replacement to REGISTRY", async () => {
    const connection = await billedConnection();
    const order = await createVerification(database.db, connection.id, { excessM3: "12" });
    const input = { connectionId: gid("ServiceConnection", connection.id), verificationOrderId: gid("WorkOrder", order.id), volumeM3: "12", period: "2026-10" };

    const quote = await run(app, QUOTE, { i: input }, callers.FRONT_DESK.token);
    // charge(45) 760.50 − charge(33) 489.30
    expect(quote.data.meterAdjustmentQuote.quote).toEqual({ amount: "271.20", billedM3: "45.00", verifiedExcessM3: "12.00", remainingM3: "12.00", chargeBefore: "760.50", chargeAfter: "489.30" });

    const requested = await request(connection.id, order.id, "12");
    expect(requested.data.requestDiscount.userErrors).toEqual([]);
    const discount = requested.data.requestDiscount.discount;
    expect(discount).toMatchObject({ status: "REQUESTED", amount: "271.20", volumeM3: "12.00", period: "2026-10", availableActions: [] });

    const authorized = await run(app, AUTHORIZE, { i: { discountId: discount.id, reason: "Verificación concluyente" } }, callers.HEAD.token);
    expect(authorized.data.authorizeDiscount.userErrors).toEqual([]);
    expect(authorized.data.authorizeDiscount.discount.status).toBe("APPLIED");
    expect(authorized.data.authorizeDiscount.credit).toMatchObject({ kind: "CREDIT", amount: "271.20", balanceAfter: "489.30" });
    expect(authorized.data.authorizeDiscount.workOrder).toMatchObject({ type: "METER_REPLACEMENT", status: "ISSUED" });

    const row = await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.balance.toFixed(2)).toBe("489.30");
    expect(row.balance.toFixed(2)).toBe(await ledgerSum(database.db, connection.id));
    const replacement = await database.db.workOrder.findFirstOrThrow({ where: { connectionId: connection.id, type: "METER_REPLACEMENT" } });
    expect(replacement.department).toBe("REGISTRY");
    const history = await database.db.historyEvent.findMany({ where: { connectionId: connection.id }, orderBy: { id: "asc" }, select: { type: true } });
    expect(history.map((h) => h.type)).toEqual(["DISCOUNT_REQUESTED", "DISCOUNT_DECIDED", "WORK_ORDER_ISSUED"]);
    const actions = await database.db.auditEntry.findMany({ where: { requestId: (await database.db.auditEntry.findFirstOrThrow({ where: { action: "discount.authorize" }, orderBy: { id: "desc" } })).requestId }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["discount.authorize", "ledger.credit", "discount.apply", "workOrder.issue"]);
  });

  it("should refuse every request without a completed over-registering verification of the same connection, changing nothing", async () => {
    const connection = await billedConnection();
    const other = await billedConnection();
    const othersOrder = await createVerification(database.db, other.id);
    const normal = await createVerification(database.db, connection.id, { outcome: "NORMAL" });
    const leak = await createVerification(database.db, connection.id, { outcome: "EXTERNAL_LEAK" });
    const open = await createVerification(database.db, connection.id, { status: "ASSIGNED" });
    const inProgress = await createVerification(database.db, connection.id, { status: "IN_PROGRESS" });
    const cancelled = await createVerification(database.db, connection.id, { status: "CANCELLED" });
    const before = await snapshot();

    const cases: [string, number, string][] = [
      ["no such order", 987_654, "NOT_FOUND"],
      ["another connection's order", othersOrder.id, "BAD_USER_INPUT"],
      ["NORMAL outcome", normal.id, "BAD_USER_INPUT"],
      ["EXTERNAL_LEAK outcome", leak.id, "BAD_USER_INPUT"],
      ["an open order", open.id, "CONFLICT"],
      ["an order in progress", inProgress.id, "CONFLICT"],
      ["a cancelled order", cancelled.id, "CONFLICT"],
    ];
    for (const [what, orderId, code] of cases) {
      const result = await request(connection.id, orderId, "5");
      expect(result.errors, what).toBeUndefined();
      expect(result.data.requestDiscount.userErrors, what).toEqual([expect.objectContaining({ field: "verificationOrderId", code })]);
      const quote = await run(app, QUOTE, { i: { connectionId: gid("ServiceConnection", connection.id), verificationOrderId: gid("WorkOrder", orderId), volumeM3: "5", period: "2026-10" } }, callers.FRONT_DESK.token);
      expect(quote.data.meterAdjustmentQuote.userErrors, what).toEqual([expect.objectContaining({ code })]);
    }
    // a verification order of another type is no proof either
    const replacement = await database.db.workOrder.create({ data: { folio: `OC-X-${connection.id}`, type: "METER_REPLACEMENT", status: "COMPLETED", connectionId: connection.id, dueAt: new Date() } });
    expect((await request(connection.id, replacement.id, "5")).data.requestDiscount.userErrors).toEqual([expect.objectContaining({ field: "verificationOrderId", code: "BAD_USER_INPUT" })]);
    expect(await snapshot()).toEqual(before);
  });

  it("should never let the adjustments of one verification exceed the excess it proved (rejected ones do not count)", async () => {
    const connection = await billedConnection();
    const order = await createVerification(database.db, connection.id, { excessM3: "12" });
    const first = await request(connection.id, order.id, "8");
    expect(first.data.requestDiscount.userErrors).toEqual([]);
    const before = await snapshot();
    const over = await request(connection.id, order.id, "4.01");
    expect(over.data.requestDiscount.userErrors).toEqual([expect.objectContaining({ field: "volumeM3", code: "BAD_USER_INPUT" })]);
    expect(over.data.requestDiscount.userErrors[0].message).toContain("4.00 m³");
    expect(await snapshot()).toEqual(before);

    // a rejected request frees its m³; an applied one keeps them
    await run(app, REJECT, { i: { discountId: first.data.requestDiscount.discount.id, reason: "Periodo equivocado" } }, callers.MANAGER.token);
    const retry = await request(connection.id, order.id, "12");
    expect(retry.data.requestDiscount.userErrors).toEqual([]);
    await run(app, AUTHORIZE, { i: { discountId: retry.data.requestDiscount.discount.id, reason: "" } }, callers.MANAGER.token);
    expect((await request(connection.id, order.id, "0.01")).data.requestDiscount.userErrors).toEqual([expect.objectContaining({ field: "volumeM3" })]);
  });

  it("should let concurrent requests on one verification together take at most its excess", async () => {
    const connection = await billedConnection();
    const order = await createVerification(database.db, connection.id, { excessM3: "12" });
    const results = await Promise.all(Array.from({ length: 5 }, () => request(connection.id, order.id, "5")));
    const accepted = results.filter((r) => r.data?.requestDiscount.userErrors.length === 0);
    expect(accepted).toHaveLength(2);
    expect(results.filter((r) => r.data?.requestDiscount.userErrors[0]?.field === "volumeM3")).toHaveLength(3);
    const sum = await database.db.discount.aggregate({ where: { verificationOrderId: order.id }, _sum: { volumeM3: true } });
    expect(sum._sum.volumeM3!.toFixed(2)).toBe("10.00");
  });

  it("should refuse a period without a bill, a volume above the bill's and an adjustment that does not change the bill", async () => {
    const connection = await createConnection(database.db);
    await bill(app, billingKey, connection.id, "2026-10", "9");
    const order = await createVerification(database.db, connection.id, { excessM3: "30" });
    const before = await snapshot();
    expect((await request(connection.id, order.id, "5", callers.FRONT_DESK.token, "2026-08")).data.requestDiscount.userErrors).toEqual([expect.objectContaining({ field: "period" })]);
    expect((await request(connection.id, order.id, "10")).data.requestDiscount.userErrors).toEqual([expect.objectContaining({ field: "volumeM3" })]);
    // 9 m³ billed: the minimum charge covers 10, so taking 4 off changes nothing
    expect((await request(connection.id, order.id, "4")).data.requestDiscount.userErrors).toEqual([expect.objectContaining({ field: "volumeM3" })]);
    expect((await request(connection.id, order.id, "0")).data.requestDiscount.userErrors).toEqual([expect.objectContaining({ field: "volumeM3" })]);
    expect(await snapshot()).toEqual(before);
  });

  it("should never let the requester decide its own request, nor a role outside HEAD and MANAGER", async () => {
    const connection = await billedConnection();
    const order = await createVerification(database.db, connection.id);
    const requested = await request(connection.id, order.id, "6", callers.HEAD.token);
    const id = requested.data.requestDiscount.discount.id;
    const before = await snapshot();
    const own = await run(app, AUTHORIZE, { i: { discountId: id, reason: "" } }, callers.HEAD.token);
    expect(own.data.authorizeDiscount.userErrors).toEqual([expect.objectContaining({ code: "FORBIDDEN" })]);
    const ownReject = await run(app, REJECT, { i: { discountId: id, reason: "x" } }, callers.HEAD.token);
    expect(ownReject.data.rejectDiscount.userErrors).toEqual([expect.objectContaining({ code: "FORBIDDEN" })]);
    for (const role of ["FRONT_DESK", "CASHIER", "AUDITOR", "VERIFIER"] as const) {
      expect((await run(app, AUTHORIZE, { i: { discountId: id, reason: "" } }, callers[role].token)).errors?.[0].extensions?.code, role).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("should leave exactly one credit when twenty authorizations of one discount arrive at once", async () => {
    const connection = await billedConnection();
    const order = await createVerification(database.db, connection.id);
    const requested = await request(connection.id, order.id, "12");
    const id = requested.data.requestDiscount.discount.id;
    const heads = await Promise.all(Array.from({ length: 20 }, async () => sessionToken(database.db, (await createStaff(database.db, ["HEAD"])).id)));
    const results = await Promise.all(heads.map((token) => run(app, AUTHORIZE, { i: { discountId: id, reason: "" } }, token)));
    expect(results.filter((r) => r.data?.authorizeDiscount.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.data?.authorizeDiscount.userErrors[0]?.code === "CONFLICT")).toHaveLength(19);
    expect(await database.db.ledgerEntry.count({ where: { connectionId: connection.id, kind: "CREDIT" } })).toBe(1);
    expect(await database.db.workOrder.count({ where: { connectionId: connection.id, type: "METER_REPLACEMENT" } })).toBe(1);
    const row = await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.balance.toFixed(2)).toBe("489.30");
  });
});
