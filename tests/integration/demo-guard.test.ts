import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { DEMO_PASSWORD, refuseDemoPasswordsInProduction } from "../../server/src/auth/demo-guard.ts";
import { hashPassword } from "../../server/src/auth/passwords.ts";
import { loadConfig } from "../../server/src/config.ts";
import { createStaff } from "../support/factories.ts";

let database: TestDatabase;
beforeAll(async () => { database = await createPostgresDatabase(); });
afterAll(async () => database?.drop());

describe("demo passwords in production", () => {
  it("should let the server start when no active account has the demo password", async () => {
    await createStaff(database.db, ["ADMIN"]);
    await expect(refuseDemoPasswordsInProduction(database.db)).resolves.toBeUndefined();
  });

  it("should refuse to start, naming the account, when one still has the demo password", async () => {
    await database.db.staff.create({ data: { username: "head", fullName: "Jefa", roles: ["HEAD"], passwordHash: await hashPassword(DEMO_PASSWORD) } });
    await expect(refuseDemoPasswordsInProduction(database.db)).rejects.toThrow(/"head".*demostración/);
  });

  it("should not seed demo data in production unless asked explicitly", () => {
    expect(loadConfig({ NODE_ENV: "production" }).seedDemo).toBe(false);
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: "postgresql://x/y" }).seedDemo).toBe(false);
  });

  it("should refuse a DATABASE_URL that is not PostgreSQL", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://x/y" })).toThrow(/postgresql/);
  });
});
