import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createTestApp, run, type GraphQLResult } from "../support/api.ts";
import { createStaff, TEST_PASSWORD } from "../support/factories.ts";

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token staff { username roles } userErrors { field message code } } }`;

let database: TestDatabase;
let app: App;
let addresses = 0;
/** A client address of its own for each test, so that the per-address limit of one test does not reach the next. */
const newAddress = () => `198.51.100.${++addresses}`;

async function loginFrom(address: string, username: string, password: string, via = app): Promise<GraphQLResult> {
  const response = await via.execute(LOGIN, { u: username, p: password }, null, address);
  return (response.body as { singleResult: GraphQLResult }).singleResult;
}
const auditCount = (action: string, entityId: string) => database.db.auditEntry.count({ where: { action, entityId } });
let now = new Date("2026-11-30T16:00:00Z");
beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db, { now: () => now });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe("login", () => {
  it("should open a session and show the staff member their own roles", async () => {
    const staff = await createStaff(database.db, ["CASHIER"]);
    const result = await run(app, LOGIN, { u: staff.username, p: TEST_PASSWORD });
    expect(result.data.login.token).toMatch(/^vts_/);
    expect(result.data.login.staff).toEqual({ username: staff.username, roles: ["CASHIER"] });
    expect(await database.db.auditEntry.count({ where: { action: "session.login", entityId: String(staff.id) } })).toBe(1);
  });

  it("should refuse an inactive account with the same message as a wrong password", async () => {
    const staff = await createStaff(database.db, ["HEAD"], { active: false });
    const result = await run(app, LOGIN, { u: staff.username, p: TEST_PASSWORD });
    expect(result.data.login).toMatchObject({ token: null, userErrors: [{ message: "Usuario o contraseña incorrectos", code: "UNAUTHENTICATED" }] });
  });

  it("should refuse an empty password as a userError on that field", async () => {
    const result = await run(app, LOGIN, { u: "alguien", p: "" });
    expect(result.data.login.userErrors).toEqual([expect.objectContaining({ field: "password", code: "BAD_USER_INPUT" })]);
  });

  it("should lock a username for 5 minutes after 5 failed attempts, even with the right password, and only that username", async () => {
    const target = await createStaff(database.db, ["FRONT_DESK"]);
    const bystander = await createStaff(database.db, ["FRONT_DESK"]);
    for (let i = 0; i < 5; i++) await run(app, LOGIN, { u: target.username, p: "adivinanza" });

    const locked = await run(app, LOGIN, { u: target.username, p: TEST_PASSWORD });
    expect(locked.data.login.token).toBeNull();
    expect(locked.data.login.userErrors[0].message).toMatch(/Demasiados intentos fallidos/);
    expect((await run(app, LOGIN, { u: bystander.username, p: TEST_PASSWORD })).data.login.token).toMatch(/^vts_/);

    now = new Date(now.getTime() + 5 * 60_000 + 1_000);
    expect((await run(app, LOGIN, { u: target.username, p: TEST_PASSWORD })).data.login.token).toMatch(/^vts_/);
  });

  it("should audit each failed login of an existing account and the lockout, naming no actor and keeping the address", async () => {
    const target = await createStaff(database.db, ["CASHIER"]);
    const address = newAddress();
    for (let i = 0; i < 5; i++) await loginFrom(address, target.username, "adivinanza");
    await loginFrom(address, target.username, TEST_PASSWORD); // refused while locked: no password checked, nothing new to audit

    const entries = await database.db.auditEntry.findMany({ where: { entityType: "Staff", entityId: String(target.id) }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual([...Array(5).fill("session.loginFailed"), "session.lockedOut"]);
    expect(entries[0]).toMatchObject({ actorName: "(anónimo)", actorStaffId: null, after: { reason: "WRONG_PASSWORD", clientAddress: address } });
  });

  it("should count failed logins in the database, so that two API processes together still lock at five", async () => {
    const second = await createTestApp(database.db, { now: () => now });
    try {
      const target = await createStaff(database.db, ["HEAD"]);
      const address = newAddress();
      for (let i = 0; i < 5; i++) await loginFrom(address, target.username, "adivinanza", i % 2 ? second : app);
      const locked = await loginFrom(address, target.username, TEST_PASSWORD, second);
      expect(locked.data.login.userErrors[0].message).toMatch(/Demasiados intentos fallidos/);
    } finally {
      await second.stop();
    }
  });

  it("should check no more than five passwords when many attempts arrive at once", async () => {
    const target = await createStaff(database.db, ["HEAD"]);
    const address = newAddress();
    const results = await Promise.all(Array.from({ length: 12 }, () => loginFrom(address, target.username, "adivinanza")));
    expect(results.every((r) => r.data.login.token === null)).toBe(true);
    expect(await auditCount("session.loginFailed", String(target.id))).toBe(5);
    expect(await auditCount("session.lockedOut", String(target.id))).toBe(1);
  });

  it("should lock a client address after 20 failed logins, whatever the usernames, and only that address", async () => {
    const staff = await createStaff(database.db, ["FRONT_DESK"]);
    const [attacker, colleague] = [newAddress(), newAddress()];
    for (let i = 0; i < 20; i++) await loginFrom(attacker, `nadie-${i}`, "adivinanza");

    expect((await loginFrom(attacker, staff.username, TEST_PASSWORD)).data.login.userErrors[0].message).toMatch(/Demasiados intentos fallidos/);
    expect((await loginFrom(colleague, staff.username, TEST_PASSWORD)).data.login.token).toMatch(/^vts_/);
    expect(await auditCount("session.lockedOut", attacker)).toBe(1);
  });

  it("should keep no row and write no audit entry per unknown username, and prune counters whose window is over", async () => {
    const address = newAddress();
    const before = await database.db.auditEntry.count();
    for (let i = 0; i < 10; i++) await loginFrom(address, `desconocido-${i}-${Math.random()}`, "adivinanza");
    const keys = (await database.db.loginAttempt.findMany()).map((r) => r.key);
    expect(keys.filter((k) => k.includes("desconocido"))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("unknown:")).every((k) => Number(k.split(":")[1]) < 1024)).toBe(true);
    expect(await database.db.auditEntry.count()).toBe(before);

    now = new Date(now.getTime() + 16 * 60_000);
    await loginFrom(newAddress(), "alguien-mas", "adivinanza");
    expect((await database.db.loginAttempt.findMany()).map((r) => r.key)).toEqual(expect.not.arrayContaining(keys));
    expect(await database.db.loginAttempt.count()).toBeLessThanOrEqual(2);
  });
});
