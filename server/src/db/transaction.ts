import type { Db, Tx } from "./client.ts";

/**
 * Runs `work` in one transaction: a new one, or the caller's when its scope already holds one (so services compose:
 * a batch can call the single-row service inside its own transaction). History and audit entries take the same `tx`.
 */
export function inTransaction<T>(scope: { db: Db | Tx }, work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  const db = scope.db;
  // a transaction client keeps `$transaction` (Prisma 7 nests with savepoints, which PGlite's adapter lacks) but not
  // `$connect`: only the root client opens a transaction; inside one, work joins it
  return "$connect" in db ? (db as Db).$transaction(work, { ...BUSY_TOLERANT, ...options }) : work(db as Tx);
}

/**
 * Prisma's defaults (2 s to get a connection, 5 s to finish) turn a busy moment into failed changes: under load a clerk's
 * complaint waited for the pool and came back as an internal error. Wait as long as the request may last instead
 * (config.requestTimeoutMs, 15 s by default).
 */
const BUSY_TOLERANT = { maxWait: 15_000, timeout: 15_000 };
