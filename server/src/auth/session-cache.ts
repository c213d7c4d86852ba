// Sessions already checked, kept a few seconds so that a clerk's burst of requests (a page and its follow-ups) reads
// the session row once. Every change that ends a session or changes what an actor may do (logout, deactivation, roles,
// passwords) calls `forgetStaffSessions` once committed, so it takes effect at once in this process; the short life
// bounds how long a change made elsewhere (SQL by hand, another server) may go unseen. The API workers of one server
// (API_WORKERS > 1) tell each other at once through `sharePeerInvalidations`.
import type { Actor } from "./actor.ts";

const TTL_MS = 15_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  actor: Actor;
  staffId: number;
  sessionExpiresAt: Date;
  cachedUntil: number;
}

const entries = new Map<string, Entry>();
/** bumped by every invalidation: a look-up that started before one must not store what it read */
let generation = 0;

export function cachedSession(tokenHash: string, now: Date): Actor | null {
  const entry = entries.get(tokenHash);
  if (!entry) return null;
  if (entry.cachedUntil <= Date.now() || entry.sessionExpiresAt <= now) {
    entries.delete(tokenHash);
    return null;
  }
  return entry.actor;
}

export const sessionGeneration = () => generation;

/** Keeps what a look-up read, unless an invalidation happened since it started (`startedAt` = its generation). */
export function rememberSession(tokenHash: string, startedAt: number, entry: Omit<Entry, "cachedUntil">): void {
  if (startedAt !== generation) return;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(tokenHash, { ...entry, cachedUntil: Date.now() + TTL_MS });
}

let tellPeers: ((staffId: number) => void) | null = null;

/** Forgets the sessions of one staff member (after a commit that revoked them or changed the account). */
export function forgetStaffSessions(staffId: number): void {
  forgetLocally(staffId);
  tellPeers?.(staffId);
}

function forgetLocally(staffId: number): void {
  generation++;
  for (const [hash, entry] of entries) if (entry.staffId === staffId) entries.delete(hash);
}

/** Connects this process's cache with its peers': `send` tells them, and what `subscribe` delivers is forgotten here. */
export function sharePeerInvalidations(send: (staffId: number) => void, subscribe: (forget: (staffId: number) => void) => void): void {
  tellPeers = send;
  subscribe(forgetLocally);
}
