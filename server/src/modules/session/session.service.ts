import { inTransaction } from "../../db/transaction.ts";
import type { ActingScope, Scope } from "../../context.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { newSessionToken, sha256 } from "../../auth/tokens.ts";
import { claimLoginAttempt, forgiveLoginAttempt, lockExhaustedKeys, loginKeys, pruneLoginAttempts } from "../../auth/login-throttle.ts";
import { addressKey } from "../../http/client-address.ts";
import { staffActor } from "../../auth/actor.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { forgetStaffSessions } from "../../auth/session-cache.ts";

// Compared against when the username is unknown, so that a wrong username takes as long as a wrong password.
const decoyHash = hashPassword("not-a-real-password");

/**
 * Checks the credentials and opens a session; only the token's hash is stored. Attempts are throttled per account and
 * per client address (auth/login-throttle.ts); a failed login of an existing account and every lock are audited.
 */
export async function login(scope: Scope, clientAddress: string, username: string, password: string) {
  const name = username.trim().toLowerCase();
  const now = scope.clock.now();
  const staff = await scope.db.staff.findUnique({ where: { username: name } });
  const keys = loginKeys(staff, name, addressKey(clientAddress));
  await pruneLoginAttempts(scope.db, now);
  const refusedUntil = await claimLoginAttempt(scope.db, keys, now);
  if (refusedUntil) {
    const minutes = Math.ceil((refusedUntil.getTime() - now.getTime()) / 60_000);
    throw new DomainError("UNAUTHENTICATED", `Demasiados intentos fallidos; intente de nuevo en ${minutes} min`);
  }
  const valid = await verifyPassword(password, staff?.passwordHash ?? (await decoyHash));
  if (!staff || !valid || !staff.active) {
    await inTransaction(scope, async (tx) => {
      const anonymous = { ...scope, actor: null };
      if (staff) {
        const reason = valid ? "INACTIVE_ACCOUNT" : "WRONG_PASSWORD";
        await recordAudit(tx, anonymous, { action: "session.loginFailed", entityType: "Staff", entityId: staff.id, after: { reason, clientAddress } });
      }
      for (const locked of await lockExhaustedKeys(tx, keys, now)) {
        if (locked.audited) await recordAudit(tx, anonymous, { action: "session.lockedOut", ...locked.audited, after: { minutes: locked.limit.lockMs / 60_000, clientAddress } });
      }
    });
    throw new DomainError("UNAUTHENTICATED", "Usuario o contraseña incorrectos");
  }

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + scope.config.sessionHours * 3_600_000);
  const actor = staffActor(staff);
  const updated = await inTransaction(scope, async (tx) => {
    await forgiveLoginAttempt(tx, keys);
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
  if (scope.actor.kind === "staff") forgetStaffSessions(scope.actor.id);
}
