// The session cache (server/src/auth/session-cache.ts): a session read once is not read again for a few seconds, yet
// logout, deactivation, a role change and a password reset take effect on the very next request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createTestApp, errorCodes, run } from "../support/api.ts";
import { createStaff, sessionToken } from "../support/factories.ts";
import { countingClient, type CountingClient } from "../support/statement-counter.ts";

let database: TestDatabase;
let counting: CountingClient;
let app: App;
let admin: string;

beforeAll(async () => {
  database = await createPostgresDatabase();
  counting = countingClient(database.url!);
  app = await createTestApp(counting.db);
  admin = await sessionToken(database.db, (await createStaff(database.db, ["ADMIN"])).id);
});
afterAll(async () => {
  await app?.stop();
  await counting?.db.$disconnect();
  await database?.drop();
});

const ME = `{ me { username } myPermissions }`;
const ONLY_ME = `{ me { username } }`;
const ROLES = `mutation($i: UpdateStaffRolesInput!) { updateStaffRoles(input: $i) { userErrors { message } } }`;
const byId = (name: string) => `mutation($i: StaffIdInput!) { ${name}(input: $i) { userErrors { message } } }`;

/** A staff member with a session already used once (so cached). */
async function signedIn(roles: Parameters<typeof createStaff>[1] = ["FRONT_DESK"]) {
  const staff = await createStaff(database.db, roles);
  const token = await sessionToken(database.db, staff.id);
  expect((await run(app, ME, {}, token)).data.me.username).toBe(staff.username);
  return { staff, token, id: toGlobalId("Staff", staff.id) };
}

describe("session cache", () => {
  it("should read a session once for a burst of requests", async () => {
    const { token } = await signedIn();
    const { statements } = await counting.during(() => run(app, ONLY_ME, {}, token));
    expect(statements.filter((s) => s.includes('"Session"'))).toEqual([]);
  });

  it("should end a session at logout at once", async () => {
    const { token } = await signedIn();
    await run(app, `mutation { logout }`, {}, token);
    expect(errorCodes(await run(app, ONLY_ME, {}, token))).toEqual(["UNAUTHENTICATED"]);
  });

  it("should end the sessions of a deactivated account at once", async () => {
    const { token, id } = await signedIn();
    expect((await run(app, byId("deactivateStaff"), { i: { id } }, admin)).data.deactivateStaff.userErrors).toEqual([]);
    expect(errorCodes(await run(app, ONLY_ME, {}, token))).toEqual(["UNAUTHENTICATED"]);
  });

  it("should apply new roles on the next request", async () => {
    const { token, id } = await signedIn(["FRONT_DESK"]);
    expect((await run(app, ME, {}, token)).data.myPermissions).toContain("fileComplaint");
    expect((await run(app, ROLES, { i: { id, roles: ["VERIFIER"] } }, admin)).data.updateStaffRoles.userErrors).toEqual([]);
    expect((await run(app, ME, {}, token)).data.myPermissions).not.toContain("fileComplaint");
  });

  it("should end the sessions of an account whose password an administrator resets", async () => {
    const { token, id } = await signedIn();
    expect((await run(app, byId("resetStaffPassword"), { i: { id } }, admin)).data.resetStaffPassword.userErrors).toEqual([]);
    expect(errorCodes(await run(app, ONLY_ME, {}, token))).toEqual(["UNAUTHENTICATED"]);
  });
});
