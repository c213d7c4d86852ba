// The benchmark's own PostgreSQL database: created fresh, migrated, seeded with a generated dataset, dropped at the end.
import pg from "pg";
import { createPostgresClient } from "../server/src/db/client.ts";
import { seedDemo } from "../server/src/db/seed.ts";

export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const BENCH_DB = "ventanilla_bench";

export function benchUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DB}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try { return await run(client); } finally { await client.end(); }
}

/** Whether the bench database exists and holds a seeded dataset (to re-run without seeding: BENCH_REUSE_DB=1). */
export async function benchDatabaseIsSeeded(): Promise<boolean> {
  const exists = await withClient(ADMIN_URL, async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [BENCH_DB])).rowCount === 1);
  if (!exists) return false;
  return withClient(benchUrl(), async (c) => {
    const { rows } = await c.query(`SELECT to_regclass('"Staff"') IS NOT NULL AS ok`);
    return rows[0].ok && (await c.query(`SELECT 1 FROM "Staff" WHERE username = 'admin'`)).rowCount === 1;
  });
}

export async function dropBenchDatabase(): Promise<void> {
  await withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${BENCH_DB}" WITH (FORCE)`));
}

/** Drops and re-creates the bench database and applies the migrations; returns its URL. */
export async function createBenchDatabase(): Promise<string> {
  await dropBenchDatabase();
  await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE "${BENCH_DB}"`));
  const url = benchUrl();
  // imported here: the migration tool patches the pg driver process-wide (see server/src/db/migration-adapters.ts)
  const { deployMigrations } = await import("../server/src/db/migrate.ts");
  await deployMigrations({ url });
  return url;
}

/** Seeds `users` customers (seedDemo) and returns the seconds it took. */
export async function seedBenchDatabase(url: string, users: number, log: (m: string) => void): Promise<number> {
  const db = createPostgresClient(url, 2);
  const started = Date.now();
  try {
    await seedDemo(db, { users, log });
  } finally {
    await db.$disconnect();
  }
  const seconds = (Date.now() - started) / 1000;
  // fresh statistics, as a long-running database would have them
  await withClient(url, (c) => c.query("VACUUM ANALYZE"));
  return seconds;
}

export interface DatasetSize {
  users: number;
  connections: number;
  ledgerEntries: number;
  historyEvents: number;
  complaints: number;
  workOrders: number;
  firstControlNumber: number;
  lastControlNumber: number;
  maxConnectionId: number;
}

export async function datasetSize(url: string): Promise<DatasetSize> {
  return withClient(url, async (c) => {
    const { rows: [r] } = await c.query(`SELECT
      (SELECT count(*) FROM "User")::int AS users,
      (SELECT count(*) FROM "ServiceConnection")::int AS connections,
      (SELECT count(*) FROM "LedgerEntry")::int AS "ledgerEntries",
      (SELECT count(*) FROM "HistoryEvent")::int AS "historyEvents",
      (SELECT count(*) FROM "Complaint")::int AS complaints,
      (SELECT count(*) FROM "WorkOrder")::int AS "workOrders",
      (SELECT min("controlNumber"::int) FROM "ServiceConnection")::int AS "firstControlNumber",
      (SELECT max("controlNumber"::int) FROM "ServiceConnection")::int AS "lastControlNumber",
      (SELECT max(id) FROM "ServiceConnection")::int AS "maxConnectionId"`);
    return r as DatasetSize;
  });
}

export async function postgresVersion(url: string): Promise<string> {
  return withClient(url, async (c) => (await c.query("SHOW server_version")).rows[0].server_version as string);
}
