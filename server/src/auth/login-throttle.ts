// Slows password guessing, across every API process (the counts live in the database, in LoginAttempt).
import { createHash } from "node:crypto";
import type { Db, Tx } from "../db/client.ts";

interface Limit {
  /** failed logins in the window that lock the key */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

/**
 * Five failed logins of one account within 15 minutes lock it for 5 minutes, whatever the password; twenty failed
 * logins from one client address within 15 minutes lock that address for 15 minutes, whatever the account.
 */
export const LOGIN_LIMITS = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 5 * 60_000 },
  address: { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} satisfies Record<string, Limit>;

/**
 * Unknown usernames share this many counters (by a hash of the name), so that random usernames cannot grow the table,
 * while an unknown name still locks after five tries like a real one (a lock does not tell which names exist).
 */
const UNKNOWN_USERNAME_BUCKETS = 1024;

export interface ThrottleKey {
  key: string;
  limit: Limit;
  /** what a lock of this key is recorded against in the audit log (none for the shared unknown-username buckets) */
  audited?: { entityType: string; entityId: string };
}

/** The keys one login attempt counts against: the account (or its unknown-username bucket) and the client address. */
export function loginKeys(staff: { id: number } | null, username: string, addressKey: string): ThrottleKey[] {
  const bucket = createHash("sha256").update(username).digest().readUInt32BE(0) % UNKNOWN_USERNAME_BUCKETS;
  const account: ThrottleKey = staff
    ? { key: `staff:${staff.id}`, limit: LOGIN_LIMITS.account, audited: { entityType: "Staff", entityId: String(staff.id) } }
    : { key: `unknown:${bucket}`, limit: LOGIN_LIMITS.account };
  return [account, { key: `address:${addressKey}`, limit: LOGIN_LIMITS.address, audited: { entityType: "ClientAddress", entityId: addressKey } }];
}

/**
 * Counts one attempt against every key before the password is checked (one atomic upsert per key, so that parallel
 * attempts on several processes cannot check more passwords than the limit allows). Returns when the attempt is
 * refused: the latest lock expiry, or null when it may go ahead.
 */
export async function claimLoginAttempt(db: Db | Tx, keys: ThrottleKey[], now: Date): Promise<Date | null> {
  let refusedUntil: Date | null = null;
  const counted: ThrottleKey[] = [];
  for (const key of keys) {
    const windowFloor = new Date(now.getTime() - key.limit.windowMs);
    const [row] = await db.$queryRaw<{ attempts: number; lockedUntil: Date | null }[]>`
      INSERT INTO "LoginAttempt" AS a ("key", "attempts", "windowStart") VALUES (${key.key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "attempts" = CASE WHEN a."lockedUntil" > ${now} THEN a."attempts" WHEN a."windowStart" <= ${windowFloor} THEN 1 ELSE a."attempts" + 1 END,
        "windowStart" = CASE WHEN a."lockedUntil" > ${now} OR a."windowStart" > ${windowFloor} THEN a."windowStart" ELSE ${now} END
      RETURNING "attempts", "lockedUntil"`;
    const locked = row.lockedUntil && row.lockedUntil > now;
    if (!locked) counted.push(key);
    // more attempts in flight than the limit: refused like a lock, for as long as a lock would last
    const until = locked ? row.lockedUntil! : row.attempts > key.limit.maxFailures ? new Date(now.getTime() + key.limit.lockMs) : null;
    if (until && (!refusedUntil || until > refusedUntil)) refusedUntil = until;
  }
  // a refused attempt checks no password, so it does not count against the other keys either
  if (refusedUntil) await uncount(db, counted);
  return refusedUntil;
}

/** After a wrong password: locks the keys that have reached their limit; returns those it locked just now. */
export async function lockExhaustedKeys(tx: Tx, keys: ThrottleKey[], now: Date): Promise<ThrottleKey[]> {
  const locked: ThrottleKey[] = [];
  for (const key of keys) {
    const { count } = await tx.loginAttempt.updateMany({
      where: { key: key.key, attempts: { gte: key.limit.maxFailures }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { lockedUntil: new Date(now.getTime() + key.limit.lockMs), attempts: 0, windowStart: now },
    });
    if (count) locked.push(key);
  }
  return locked;
}

/** After a successful login: the account starts afresh, and the attempt no longer counts against the address. */
export async function forgiveLoginAttempt(tx: Tx, keys: ThrottleKey[]): Promise<void> {
  const [account, ...others] = keys;
  await tx.loginAttempt.deleteMany({ where: { key: account.key } });
  await uncount(tx, others);
}

async function uncount(db: Db | Tx, keys: ThrottleKey[]): Promise<void> {
  for (const { key } of keys) await db.loginAttempt.updateMany({ where: { key, attempts: { gt: 0 } }, data: { attempts: { decrement: 1 } } });
}

/** Deletes the counters that no longer matter (window over, no lock in force): the table holds only recent keys. */
export async function pruneLoginAttempts(db: Db | Tx, now: Date): Promise<number> {
  const windowMs = Math.max(LOGIN_LIMITS.account.windowMs, LOGIN_LIMITS.address.windowMs);
  const { count } = await db.loginAttempt.deleteMany({
    where: { windowStart: { lte: new Date(now.getTime() - windowMs) }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
  });
  return count;
}
