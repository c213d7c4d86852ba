// Turns an `Authorization: Bearer …` header or the session cookie into an Actor.
import { timingSafeEqual } from "node:crypto";
import type { Db } from "../db/client.ts";
import { staffActor, type Actor } from "./actor.ts";
import type { Role } from "../generated/prisma/enums.ts";
import { API_KEY_PREFIX, apiKeyPrefix, sha256 } from "./tokens.ts";
import { cachedSession, rememberSession, sessionGeneration } from "./session-cache.ts";

export const SESSION_COOKIE = "ventanilla_session";

export function bearerToken(authorization: string | undefined, cookieHeader: string | undefined): string | null {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  for (const part of cookieHeader?.split(";") ?? []) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** The caller behind a token, or null when the token is unknown, expired, revoked or inactive. */
export async function authenticate(db: Db, token: string | null, now: Date): Promise<Actor | null> {
  if (!token) return null;
  if (token.startsWith(API_KEY_PREFIX)) return authenticatePartner(db, token, now);
  const tokenHash = sha256(token);
  const cached = cachedSession(tokenHash, now);
  if (cached) return cached;
  const generation = sessionGeneration();
  // one joined query (a nested Prisma select would take two)
  const [staff] = await db.$queryRaw<{ id: number; username: string; fullName: string; roles: Role[]; mustChangePassword: boolean; expiresAt: Date }[]>`
    SELECT s.id, s.username, s."fullName", s.roles::text[] AS roles, s."mustChangePassword", se."expiresAt"
    FROM "Session" se JOIN "Staff" s ON s.id = se."staffId"
    WHERE se."tokenHash" = ${tokenHash} AND se."revokedAt" IS NULL AND se."expiresAt" > ${now} AND s.active`;
  if (!staff) return null;
  const actor = staffActor(staff);
  rememberSession(tokenHash, generation, { actor, staffId: staff.id, sessionExpiresAt: staff.expiresAt });
  return actor;
}

/** How often a client's lastUsedAt is written at most (one write per minute, not one per request). */
const LAST_USED_RESOLUTION_MS = 60_000;

async function authenticatePartner(db: Db, key: string, now: Date): Promise<Actor | null> {
  const prefix = apiKeyPrefix(key);
  if (!prefix) return null;
  // the current key, or the one a rotation replaced while its grace period lasts
  const client = await db.apiClient.findFirst({
    where: { OR: [{ keyPrefix: prefix }, { previousKeyPrefix: prefix, previousKeyExpiresAt: { gt: now } }] },
    select: { id: true, name: true, scopes: true, keyPrefix: true, keyHash: true, previousKeyHash: true, active: true, lastUsedAt: true },
  });
  if (!client?.active) return null;
  const stored = client.keyPrefix === prefix ? client.keyHash : client.previousKeyHash;
  if (!stored) return null;
  const expected = Buffer.from(stored, "hex");
  const actual = Buffer.from(sha256(key), "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiClient.updateMany({ where: { id: client.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] }, data: { lastUsedAt: now } });
  }
  return { kind: "partner", id: client.id, name: client.name, scopes: client.scopes };
}
