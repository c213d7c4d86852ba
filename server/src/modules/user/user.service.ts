import type { ActingScope } from "../../context.ts";
import type { Tx } from "../../db/client.ts";
import { userScope } from "../../auth/policies.ts";
import { inTransaction } from "../../db/transaction.ts";
import { conflict, notFound } from "../../shared/errors.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { connectionSearchText } from "../../shared/text.ts";
import { searchTextMatches } from "../service-connection/service-connection.service.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { cleanUserFields, type CleanUserFields, type UserFieldsInput } from "./user.rules.ts";

/** Customers by name; records merged into another are left out unless asked for. */
export function listUsers(scope: ActingScope, filter: { search?: string | null; includeMerged?: boolean | null } | null | undefined, page: PageArgs) {
  const live = filter?.includeMerged ? {} : { mergedIntoId: null };
  return paginateModel(scope.db.user, { AND: [userScope(scope.actor), live, ...searchTextMatches(filter?.search)] }, page, "asc");
}

/** One customer the actor may see, or null. */
export function findUser(scope: ActingScope, id: number) {
  return scope.db.user.findFirst({ where: { AND: [userScope(scope.actor), { id }] } });
}

async function requireLiveUser(tx: Tx, scope: ActingScope, id: number, field: string) {
  const user = await tx.user.findFirst({ where: { AND: [userScope(scope.actor), { id }] } });
  if (!user) throw notFound("El usuario");
  if (user.mergedIntoId) throw conflict(`El registro de ${user.fullName} fue fusionado con otro; trabaje sobre el registro conservado`, field);
  return user;
}

/** A CURP belongs to one person: refuses it when another record holds it. */
async function assertCurpFree(tx: Tx, curp: string | null | undefined, exceptId?: number) {
  if (!curp) return;
  const holder = await tx.user.findUnique({ where: { curp }, select: { id: true, fullName: true } });
  if (holder && holder.id !== exceptId) throw conflict(`La CURP ya está registrada a nombre de ${holder.fullName} (usuario ${holder.id})`, "curp");
}

/** Registers a customer (usuario). The caller is expected to have looked at possibleDuplicates first. */
export async function createUser(scope: ActingScope, input: UserFieldsInput) {
  const fields = cleanUserFields(input, { creating: true }) as CleanUserFields & { fullName: string; searchText: string };
  return inTransaction(scope, async (tx) => {
    await assertCurpFree(tx, fields.curp);
    const user = await tx.user.create({ data: { ...fields, createdAt: scope.clock.now() } });
    await recordAudit(tx, scope, { action: "user.create", entityType: "User", entityId: user.id, after: user });
    return { user };
  });
}

/** Corrects a customer's data; only the fields given change. A new name is searchable on their connections at once. */
export async function updateUser(scope: ActingScope, id: number, input: UserFieldsInput) {
  const fields = cleanUserFields(input, { creating: false });
  return inTransaction(scope, async (tx) => {
    const before = await requireLiveUser(tx, scope, id, "id");
    await assertCurpFree(tx, fields.curp, id);
    const after = await tx.user.update({ where: { id }, data: fields });
    if (fields.fullName && fields.fullName !== before.fullName) await refreshConnectionSearch(tx, id, fields.fullName);
    await recordAudit(tx, scope, { action: "user.update", entityType: "User", entityId: id, before, after });
    return { user: after };
  });
}

/** Keeps each connection's search text (which carries the holder's name) in step with its holder. */
export async function refreshConnectionSearch(tx: Tx, holderId: number, holderName: string) {
  const connections = await tx.serviceConnection.findMany({ where: { holderId }, select: { id: true, controlNumber: true, street: true, exteriorNumber: true, neighborhood: true } });
  for (const connection of connections) {
    await tx.serviceConnection.update({ where: { id: connection.id }, data: { searchText: connectionSearchText(connection, holderName) } });
  }
}
