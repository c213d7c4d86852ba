import type { Db, Tx } from "./db/client.ts";
import type { Actor } from "./auth/actor.ts";
import type { Clock } from "./shared/clock.ts";
import type { Config } from "./config.ts";
import type { Loaders } from "./graphql/loaders.ts";

/** What every resolver and service call gets for one request. */
export interface Context {
  db: Db;
  actor: Actor | null;
  /** the bearer token or session cookie the actor came with */
  token: string | null;
  /** made by the server for this request; the audit entries of one change share it */
  requestId: string;
  /** the caller's own `x-request-id`, when it sent one: kept beside the audit entry, never as its key */
  correlationId?: string | null;
  clock: Clock;
  config: Config;
  /** the caller's network address (behind the portal or a trusted proxy: the address they forwarded) */
  clientAddress: string;
  /** batch loaders by id, for field resolvers */
  loaders: Loaders;
  /** queue a Set-Cookie header for the HTTP response */
  setCookie(cookie: string): void;
}

/** The part of the context that services need: who, when, and which request (for the audit log). */
export type Scope = Pick<Context, "actor" | "requestId" | "correlationId" | "clock" | "config"> & {
  /** the database, or the transaction the caller already opened (`inTransaction` joins it) */
  db: Db | Tx;
};
export type ActingScope = Scope & { actor: Actor };
