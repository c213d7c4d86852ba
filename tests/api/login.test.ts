import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createTestApp, run } from "../support/api.ts";
import { createStaff, TEST_PASSWORD } from "../support/factories.ts";

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token staff { username roles } userErrors { field message code } } }`;

let database: TestDatabase;
let app: App;
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
});
