// Workflow 8: social discounts — percentage and cap from the settings, one active per credential and per connection,
// a year in force from authorization, and an automatic credit on every charge posted while in force.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idOf } from "../../server/src/shared/global-id.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection } from "../support/factories.ts";
import { AUTHORIZE, bill, gid, ledgerSum, moneySetup, REQUEST_SOCIAL } from "../support/money.ts";
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

const requestSocial = (connectionId: number, credentialNumber: string, token = callers.FRONT_DESK.token) =>
  run(app, REQUEST_SOCIAL, { i: { connectionId: gid("ServiceConnection", connectionId), credentialType: "PENSIONER", credentialNumber, evidence: "Credencial del IMSS vigente" } }, token);

describe("social discounts", () => {
  it("should take percentage and cap from the settings and credit each charge while in force", async () => {
    await database.db.setting.update({ where: { key: "socialDiscountPercentage" }, data: { value: 40 } });
    const connection = await createConnection(database.db);
    const requested = await requestSocial(connection.id, "imss 12345");
    expect(requested.data.requestSocialDiscount.userErrors).toEqual([]);
    expect(requested.data.requestSocialDiscount.discount).toMatchObject({ status: "REQUESTED", percentage: "40.00", volumeM3: "30.00" });

    // not in force until authorized: no credit
    const before = await bill(app, billingKey, connection.id, "2026-08", "45");
    expect(before.credit).toBeNull();

    const authorized = await run(app, AUTHORIZE, { i: { discountId: requested.data.requestSocialDiscount.discount.id, reason: "" } }, callers.MANAGER.token);
    expect(authorized.data.authorizeDiscount.userErrors).toEqual([]);
    expect(authorized.data.authorizeDiscount.discount.status).toBe("AUTHORIZED");
    expect(authorized.data.authorizeDiscount.discount.validUntil).toMatch(/^2027-/);
    expect(authorized.data.authorizeDiscount.credit).toBeNull();

    // 45 m³, cap 30: 40 % of charge(30) 421.50 = 168.60
    const charged = await bill(app, billingKey, connection.id, "2026-09", "45");
    expect(charged.credit).toMatchObject({ amount: "168.60" });
    const credit = await database.db.ledgerEntry.findUniqueOrThrow({ where: { id: idOf("LedgerEntry", charged.credit.id) } });
    expect(credit).toMatchObject({ kind: "CREDIT", period: "2026-09", discountId: Number(Buffer.from(requested.data.requestSocialDiscount.discount.id, "base64url").toString().split(":")[1]) });
    // under the cap: 40 % of charge(15) 185.50 = 74.20
    expect((await bill(app, billingKey, connection.id, "2026-10", "15")).credit).toMatchObject({ amount: "74.20" });
    // replaying a period posts no second credit
    expect((await bill(app, billingKey, connection.id, "2026-10", "15")).replayed).toBe(true);
    expect(await database.db.ledgerEntry.count({ where: { connectionId: connection.id, kind: "CREDIT" } })).toBe(2);
    const discount = await database.db.discount.findFirstOrThrow({ where: { connectionId: connection.id } });
    expect(discount.amount.toFixed(2)).toBe("242.80");
    const row = await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.balance.toFixed(2)).toBe(await ledgerSum(database.db, connection.id));
    await database.db.setting.update({ where: { key: "socialDiscountPercentage" }, data: { value: 50 } });
  });

  it("should allow one active social discount per credential and per connection", async () => {
    const connection = await createConnection(database.db);
    const other = await createConnection(database.db);
    expect((await requestSocial(connection.id, "JUB-1")).data.requestSocialDiscount.userErrors).toEqual([]);
    const sameCredential = await requestSocial(other.id, "jub-1");
    expect(sameCredential.data.requestSocialDiscount.userErrors).toEqual([expect.objectContaining({ field: "credentialNumber", code: "CONFLICT" })]);
    const sameConnection = await requestSocial(connection.id, "JUB-2");
    expect(sameConnection.data.requestSocialDiscount.userErrors).toEqual([expect.objectContaining({ field: "connectionId", code: "CONFLICT" })]);
    expect(await database.db.discount.count({ where: { connectionId: { in: [connection.id, other.id] } } })).toBe(1);
  });

  it("should let a rejected or expired one be requested again", async () => {
    const connection = await createConnection(database.db);
    const first = await requestSocial(connection.id, "EMP-9");
    const id = first.data.requestSocialDiscount.discount.id;
    await run(app, `mutation($i: DiscountDecisionInput!) { rejectDiscount(input: $i) { userErrors { code } } }`, { i: { discountId: id, reason: "Credencial vencida" } }, callers.HEAD.token);
    const second = await requestSocial(connection.id, "EMP-9");
    expect(second.data.requestSocialDiscount.userErrors).toEqual([]);
    await database.db.discount.updateMany({ where: { connectionId: connection.id, status: "REQUESTED" }, data: { status: "AUTHORIZED", validUntil: new Date("2025-01-01") } });
    expect((await requestSocial(connection.id, "EMP-9")).data.requestSocialDiscount.userErrors).toEqual([]);
  });

  it("should refuse an empty credential or evidence naming the field", async () => {
    const connection = await createConnection(database.db);
    const result = await run(app, REQUEST_SOCIAL, { i: { connectionId: gid("ServiceConnection", connection.id), credentialType: "RETIREE", credentialNumber: " ", evidence: "" } }, callers.FRONT_DESK.token);
    expect(result.data.requestSocialDiscount.userErrors.map((e: { field: string }) => e.field).sort()).toEqual(expect.arrayContaining(["evidence"]));
    expect(await database.db.discount.count({ where: { connectionId: connection.id } })).toBe(0);
  });
});
