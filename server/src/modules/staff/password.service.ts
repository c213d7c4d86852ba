import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { DEMO_PASSWORD } from "../../auth/demo-guard.ts";
import { sha256 } from "../../auth/tokens.ts";
import { badInput, DomainError } from "../../shared/errors.ts";
import { passwordProblem } from "../../shared/password-rules.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { forgetStaffSessions } from "../../auth/session-cache.ts";

/**
 * The caller changes their own password (the current one is required). A temporary password stops being required
 * to change; the caller's other sessions end, the one making the change stays.
 */
export async function changeOwnPassword(scope: ActingScope, token: string | null, input: { currentPassword: string; newPassword: string }) {
  const { actor } = scope;
  if (actor.kind !== "staff") throw new DomainError("FORBIDDEN", "Solo el personal tiene contraseña");
  const staff = await scope.db.staff.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(input.currentPassword, staff.passwordHash))) throw badInput("currentPassword", "La contraseña actual no es correcta");
  // the demo password must never open an account in production (the server refuses to start with one)
  const problem = passwordProblem(input.newPassword, staff.username, scope.config.production ? [DEMO_PASSWORD] : []);
  if (problem) throw badInput("newPassword", problem);
  if (input.newPassword === input.currentPassword) throw badInput("newPassword", "La nueva contraseña debe ser distinta de la actual");
  const passwordHash = await hashPassword(input.newPassword);
  const result = await inTransaction(scope, async (tx) => {
    const now = scope.clock.now();
    const updated = await tx.staff.update({ where: { id: staff.id }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: now } });
    await tx.session.updateMany({ where: { staffId: staff.id, revokedAt: null, ...(token ? { tokenHash: { not: sha256(token) } } : {}) }, data: { revokedAt: now } });
    await recordAudit(tx, scope, {
      action: "staff.changePassword",
      entityType: "Staff",
      entityId: staff.id,
      before: { mustChangePassword: staff.mustChangePassword, passwordChangedAt: staff.passwordChangedAt },
      after: { mustChangePassword: false, passwordChangedAt: now },
    });
    return { staff: updated };
  });
  // the other sessions ended, and this one no longer carries the obligation to change the password
  forgetStaffSessions(staff.id);
  return result;
}
