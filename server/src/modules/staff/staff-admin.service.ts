// Staff accounts (ADMIN): create with a one-time temporary password, change roles, deactivate (sessions end at once),
// reactivate, reset the password. Every change is audited; password hashes never reach an audit entry.
import { randomInt } from "node:crypto";
import type { ActingScope } from "../../context.ts";
import type { Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Role } from "../../generated/prisma/enums.ts";
import { inTransaction } from "../../db/transaction.ts";
import { staffScope } from "../../auth/policies.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { normalizeForSearch } from "../../shared/text.ts";
import { containsText, searchText } from "../../shared/input-rules.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { forgetStaffSessions } from "../../auth/session-cache.ts";

/** The fields of a staff row an audit entry may show. */
export const auditedStaff = ({ passwordHash: _hash, ...row }: { passwordHash: string } & Record<string, unknown>) => row;

// no 0/O, 1/l/I: read aloud or copied from paper without mistakes
const TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A one-time password to hand over in person: 3 groups of 4, letters and digits (e.g. "xK4m-9Pqr-2Lw7"). */
export function temporaryPassword(): string {
  for (;;) {
    const groups = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join(""));
    const password = groups.join("-");
    if (/\d/.test(password) && /[a-zA-Z]/.test(password)) return password;
  }
}

const USERNAME = /^[a-z][a-z0-9._]{2,39}$/;

function validRoles(roles: Role[]): Role[] {
  const unique = [...new Set(roles)];
  if (!unique.length) throw badInput("roles", "Elija al menos un puesto");
  return unique;
}

export async function createStaffAccount(scope: ActingScope, input: { username: string; fullName: string; roles: Role[] }) {
  const username = input.username.trim().toLowerCase();
  const fullName = input.fullName.trim().replace(/\s+/g, " ");
  if (!USERNAME.test(username)) throw badInput("username", "El usuario debe empezar con letra y llevar de 3 a 40 letras minúsculas, números, punto o guion bajo");
  if (!fullName) throw badInput("fullName", "Escriba el nombre completo");
  const roles = validRoles(input.roles);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return inTransaction(scope, async (tx) => {
    if (await tx.staff.findUnique({ where: { username }, select: { id: true } })) throw conflict(`Ya existe la cuenta ${username}`, "username");
    const staff = await tx.staff.create({ data: { username, fullName, roles, passwordHash, mustChangePassword: true, createdAt: scope.clock.now() } });
    await recordAudit(tx, scope, { action: "staff.create", entityType: "Staff", entityId: staff.id, after: auditedStaff(staff) });
    return { staff, temporaryPassword: password };
  });
}

/** Reads a staff row to change, inside the transaction; an administrator may not lock themself out. */
async function staffToChange(tx: Tx, scope: ActingScope, id: number, selfAllowed: boolean) {
  const staff = await tx.staff.findFirst({ where: { AND: [staffScope(scope.actor), { id }] } });
  if (!staff) throw notFound("La cuenta");
  if (!selfAllowed && scope.actor.kind === "staff" && scope.actor.id === id) throw conflict("No puede hacer este cambio a su propia cuenta; pídalo a otro administrador");
  return staff;
}

/** Applies one change to a staff row and audits it; ends the account's sessions when asked. */
async function changeStaff(scope: ActingScope, id: number, action: string, options: { selfAllowed: boolean; endSessions: boolean }, data: (before: { active: boolean }) => Prisma.StaffUpdateInput) {
  const result = await inTransaction(scope, async (tx) => {
    const before = await staffToChange(tx, scope, id, options.selfAllowed);
    const staff = await tx.staff.update({ where: { id }, data: data(before) });
    if (options.endSessions) await tx.session.updateMany({ where: { staffId: id, revokedAt: null }, data: { revokedAt: scope.clock.now() } });
    await recordAudit(tx, scope, { action, entityType: "Staff", entityId: id, before: auditedStaff(before), after: auditedStaff(staff) });
    return { staff };
  });
  // roles, activity and passwords are read with the session: the account's cached sessions go
  forgetStaffSessions(id);
  return result;
}

export function updateStaffRoles(scope: ActingScope, input: { id: number; roles: Role[] }) {
  const roles = validRoles(input.roles);
  const selfRemovingAdmin = scope.actor.kind === "staff" && scope.actor.id === input.id && !roles.includes("ADMIN");
  // an administrator may change their own roles, but not drop their own ADMIN role (nobody could give it back)
  if (selfRemovingAdmin) throw conflict("No puede quitarse a sí mismo el puesto de administración");
  // new roles take effect on the next request: sessions carry no roles (authenticate reads them every time)
  return changeStaff(scope, input.id, "staff.updateRoles", { selfAllowed: true, endSessions: false }, () => ({ roles }));
}

export function deactivateStaff(scope: ActingScope, input: { id: number }) {
  return changeStaff(scope, input.id, "staff.deactivate", { selfAllowed: false, endSessions: true }, (before) => {
    if (!before.active) throw conflict("La cuenta ya está desactivada");
    return { active: false, deactivatedAt: scope.clock.now() };
  });
}

export function reactivateStaff(scope: ActingScope, input: { id: number }) {
  return changeStaff(scope, input.id, "staff.reactivate", { selfAllowed: false, endSessions: false }, (before) => {
    if (before.active) throw conflict("La cuenta ya está activa");
    return { active: true, deactivatedAt: null };
  });
}

/** A new temporary password, to be changed at the next login; the account's sessions end. */
export async function resetStaffPassword(scope: ActingScope, input: { id: number }) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const { staff } = await changeStaff(scope, input.id, "staff.resetPassword", { selfAllowed: false, endSessions: true }, () => ({ passwordHash, mustChangePassword: true }));
  return { staff, temporaryPassword: password };
}

export interface StaffFilterInput {
  search?: string | null;
  role?: Role | null;
  active?: boolean | null;
}

/** Staff accounts, oldest first. */
export function listStaff(scope: ActingScope, filter: StaffFilterInput | null | undefined, page: PageArgs) {
  const { search, role, active } = filter ?? {};
  const term = searchText(search);
  const where: Prisma.StaffWhereInput = {
    AND: [
      staffScope(scope.actor),
      {
        ...(role ? { roles: { has: role } } : {}),
        ...(active === null || active === undefined ? {} : { active }),
        ...(term ? { OR: [{ username: containsText(normalizeForSearch(term)) }, { fullName: containsText(term) }] } : {}),
      },
    ],
  };
  return paginateModel(scope.db.staff, where, page, "asc");
}

/** One staff account, or null when it does not exist or the caller may not see it. */
export function findStaff(scope: ActingScope, id: number) {
  return scope.db.staff.findFirst({ where: { AND: [staffScope(scope.actor), { id }] } });
}
