import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { nextFolio } from "../../server/src/shared/folio.ts";
import { authenticate } from "../../server/src/auth/authenticate.ts";
import { logout } from "../../server/src/modules/session/session.service.ts";
import { loadConfig } from "../../server/src/config.ts";
import { createStaff, sessionToken, createApiClientKey } from "../support/factories.ts";

let database: TestDatabase;
beforeAll(async () => { database = await createPostgresDatabase(); });
afterAll(async () => database?.drop());

describe("audit log", () => {
  it("should refuse to update or delete an entry, even with direct SQL", async () => {
    const entry = await database.db.auditEntry.create({ data: { actorName: "x", actorRole: "ADMIN", action: "t", entityType: "T", entityId: "1", requestId: "r" } });
    await expect(database.db.auditEntry.update({ where: { id: entry.id }, data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(database.db.$executeRawUnsafe(`DELETE FROM "AuditEntry" WHERE id = ${entry.id}`)).rejects.toThrow(/append-only/);
    expect((await database.db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("t");
  });

  it("should refuse to truncate the audit table", async () => {
    await database.db.auditEntry.create({ data: { actorName: "x", actorRole: "ADMIN", action: "t", entityType: "T", entityId: "2", requestId: "r" } });
    await expect(database.db.$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only/);
    expect(await database.db.auditEntry.count()).toBeGreaterThan(0);
  });
});

describe("folios", () => {
  it("should hand out distinct consecutive folios to concurrent transactions", async () => {
    const at = new Date("2031-03-01T12:00:00Z");
    const folios = await Promise.all(Array.from({ length: 8 }, () => database.db.$transaction((tx) => nextFolio(tx, "QX", at))));
    expect(new Set(folios).size).toBe(8);
    expect([...folios].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `QX-2031-${String(i + 1).padStart(6, "0")}`));
  });
});

describe("sessions and keys", () => {
  it("should stop authenticating a session after logout, after it expires, or when the account is deactivated", async () => {
    const staff = await createStaff(database.db, ["FRONT_DESK"]);
    const now = new Date();
    const token = await sessionToken(database.db, staff.id);
    expect(await authenticate(database.db, token, now)).toMatchObject({ kind: "staff", id: staff.id, roles: ["FRONT_DESK"] });
    const actor = (await authenticate(database.db, token, now))!;
    await logout({ db: database.db, actor, requestId: "test", clock: { now: () => now }, config: loadConfig({}) }, token);
    expect(await authenticate(database.db, token, now)).toBeNull();
    expect(await database.db.auditEntry.count({ where: { action: "session.logout", entityId: String(staff.id) } })).toBe(1);

    const expiring = await sessionToken(database.db, staff.id, new Date(now.getTime() + 60_000));
    expect(await authenticate(database.db, expiring, new Date(now.getTime() + 61_000))).toBeNull();

    const other = await sessionToken(database.db, staff.id);
    await database.db.staff.update({ where: { id: staff.id }, data: { active: false } });
    expect(await authenticate(database.db, other, now)).toBeNull();
  });

  it("should store only hashes of session tokens and API keys", async () => {
    const staff = await createStaff(database.db, ["HEAD"]);
    const token = await sessionToken(database.db, staff.id);
    const key = await createApiClientKey(database.db, ["complaints:write"]);
    const sessions = await database.db.session.findMany({ where: { staffId: staff.id } });
    const clients = await database.db.apiClient.findMany();
    expect(JSON.stringify(sessions)).not.toContain(token);
    const secret = key.slice("vtk_".length + 12 + 1); // vtk_<12-hex prefix>_<secret>; the secret may itself hold "_"
    expect(secret.length).toBeGreaterThan(20);
    expect(JSON.stringify(clients)).not.toContain(secret);
    expect(await authenticate(database.db, key, new Date())).toMatchObject({ kind: "partner", scopes: ["complaints:write"] });
    expect(await authenticate(database.db, key.slice(0, -1) + (key.endsWith("A") ? "B" : "A"), new Date())).toBeNull();
  });
});
