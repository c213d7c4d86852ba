// Real databases for tests: a fresh PostgreSQL database per test file (dropped afterwards), or an in-memory PGlite.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { deployMigrations } from "../../server/src/db/migrate.ts";
import { createPGliteClient, createPostgresClient, type Db } from "../../server/src/db/client.ts";
import { openPGlite } from "../../server/src/db/pglite.ts";

export const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  db: Db;
  url?: string;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(ADMIN_URL);
  await client.connect();
  try { return await run(client); } finally { await client.end(); }
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `ventanilla_test_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await deployMigrations({ url: url.toString() });
  const db = createPostgresClient(url.toString(), 5);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export async function createPGliteDatabase(): Promise<TestDatabase> {
  const pglite = openPGlite();
  await deployMigrations({ pglite });
  const db = createPGliteClient(pglite);
  return {
    db,
    async drop() {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
