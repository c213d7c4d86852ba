// Under load a change waits for a database connection instead of failing after Prisma's default 2 s (db/transaction.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresClient, type Db } from "../../server/src/db/client.ts";
import { inTransaction } from "../../server/src/db/transaction.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";

let database: TestDatabase;
let onePool: Db;

beforeAll(async () => {
  database = await createPostgresDatabase();
  onePool = createPostgresClient(database.url!, 1);
});
afterAll(async () => {
  await onePool?.$disconnect();
  await database?.drop();
});

describe("transactions on a busy pool", () => {
  it("should wait for the connection another change holds for 3 s, not fail", async () => {
    const holding = inTransaction({ db: onePool }, async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      return "first";
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const waiting = inTransaction({ db: onePool }, async (tx) => (await tx.$queryRaw<{ n: number }[]>`SELECT 2 AS n`)[0].n);
    await expect(holding).resolves.toBe("first");
    await expect(waiting).resolves.toBe(2);
  });
});
