import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope, Scope } from "../../context.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { newSessionToken, sha256 } from "../../auth/tokens.ts";
import type { LoginThrottle } from "../../auth/login-throttle.ts";
import { staffActor } from "../../auth/actor.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";

// Compared against when the username is unknown, so that a wrong username takes as long as a wrong password.
const decoyHash = hashPassword("not-a-real-password");

/** Checks the credentials and opens a session; only the token's hash is stored. */
export async function login(scope: Scope, throttle: LoginThrottle, username: string, password: string) {
  const name = username.trim().toLowerCase();
  const now = scope.clock.now();
  throttle.assertAllowed(name, now);
  const staff = await scope.db.staff.findUnique({ where: { username: name } });
  const valid = await verifyPassword(password, staff?.passwordHash ?? (await decoyHash));
  if (!staff || !valid || !staff.active) {
    throttle.recordFailure(name, now);
    throw new DomainError("UNAUTHENTICATED", "Usuario o contraseña incorrectos");
  }
  throttle.recordSuccess(name);

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + scope.config.sessionHours * 3_600_000);
  const actor = staffActor(staff);
  const updated = await inTransaction(scope, async (tx) => {
    await tx.session.create({ data: { tokenHash: sha256(token), staffId: staff.id, createdAt: now, expiresAt } });
    const row = await tx.staff.update({ where: { id: staff.id }, data: { lastLoginAt: now } });
    await recordAudit(tx, { ...scope, actor }, { action: "session.login", entityType: "Staff", entityId: staff.id });
    return row;
  });
  return { token, expiresAt, staff: updated, actor };
}

/** Revokes the session of `token` (no-op when it is unknown or already revoked). */
export async function logout(scope: ActingScope, token: string): Promise<void> {
  await inTransaction(scope, async (tx) => {
    const { count } = await tx.session.updateMany({ where: { tokenHash: sha256(token), revokedAt: null }, data: { revokedAt: scope.clock.now() } });
    if (count) await recordAudit(tx, scope, { action: "session.logout", entityType: "Staff", entityId: scope.actor.kind === "staff" ? scope.actor.id : "" });
  });
}
