import type { Db, Tx } from "./client.ts";

/**
 * Runs `work` in one transaction: a new one, or the caller's when its scope already holds one (so services compose:
 * a batch can call the single-row service inside its own transaction). History and audit entries take the same `tx`.
 */
export function inTransaction<T>(scope: { db: Db | Tx }, work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  const db = scope.db;
  return "$transaction" in db ? (db as Db).$transaction(work, options) : work(db);
}
