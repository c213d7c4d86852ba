// Real databases for tests: a fresh PostgreSQL database per test file (dropped afterwards), or an in-memory PGlite.
// Each PostgreSQL database is a copy of one template that globalSetup migrated once per run.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { deployMigrations } from "../../server/src/db/migrate.ts";
import { createPGliteClient, createPostgresClient, type Db } from "../../server/src/db/client.ts";
import { openPGlite } from "../../server/src/db/pglite.ts";

export interface TestDatabase {
  db: Db;
  url?: string;
  drop(): Promise<void>;
}

async function admin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(serverUrl);
  await client.connect();
  try { return await run(client); } finally { await client.end(); }
}

// random names: parallel files, and parallel runs on a shared server, never collide
const randomName = (kind: string) => `ventanilla_${kind}_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An empty database on the server with every migration applied (globalSetup makes one per run). */
export async function createTemplateDatabase(serverUrl: string) {
  const name = randomName("template");
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const drop = () => admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {});
  try {
    await deployMigrations({ url: databaseUrl(serverUrl, name) });
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, drop };
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("postgresUrl");
  const name = randomName("test");
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`));
  const url = databaseUrl(serverUrl, name);
  const db = createPostgresClient(url, 5);
  return {
    db,
    url,
    async drop() {
      await db.$disconnect();
      await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
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
