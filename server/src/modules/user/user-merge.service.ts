// Duplicates in the register: one person with two records. A person is never deleted: the duplicate is merged into
// the record kept, which takes its connections (and with them their history, ledger and discounts).
import type { ActingScope } from "../../context.ts";
import { userScope } from "../../auth/policies.ts";
import { inTransaction } from "../../db/transaction.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { connectionSearchText } from "../../shared/text.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";

/** Fields the kept record takes from the duplicate when it has none of its own. */
const FILLABLE = ["curp", "phone", "email", "postalAddress", "discountCredentialType", "discountCredential"] as const;

export async function mergeUsers(scope: ActingScope, keepId: number, mergeId: number) {
  if (keepId === mergeId) throw badInput("mergeId", "Elija dos registros distintos: el que se conserva y el duplicado");
  return inTransaction(scope, async (tx) => {
    const keep = await tx.user.findFirst({ where: { AND: [userScope(scope.actor), { id: keepId }] } });
    const merge = await tx.user.findFirst({ where: { AND: [userScope(scope.actor), { id: mergeId }] } });
    if (!keep) throw notFound("El usuario que se conserva");
    if (!merge) throw notFound("El usuario duplicado");
    if (keep.mergedIntoId) throw conflict(`El registro de ${keep.fullName} ya fue fusionado con otro`, "keepId");
    if (merge.mergedIntoId) throw conflict(`El registro de ${merge.fullName} ya fue fusionado con otro`, "mergeId");

    const filled: Record<string, unknown> = {};
    for (const field of FILLABLE) if (keep[field] == null && merge[field] != null) filled[field] = merge[field];
    if (filled.discountCredential === undefined) delete filled.discountCredentialType;
    // the guarded update decides a race between two merges of the same duplicate; the CURP is unique, so it moves
    const { count } = await tx.user.updateMany({
      where: { id: merge.id, mergedIntoId: null },
      data: { mergedIntoId: keep.id, mergedAt: scope.clock.now(), ...(filled.curp ? { curp: null } : {}) },
    });
    if (count !== 1) throw conflict(`El registro de ${merge.fullName} cambió mientras tanto; vuelva a buscarlo`, "mergeId");
    const keptAfter = await tx.user.update({ where: { id: keep.id }, data: filled });

    const moved = await tx.serviceConnection.findMany({ where: { holderId: merge.id }, orderBy: { id: "asc" } });
    for (const connection of moved) {
      await tx.serviceConnection.update({ where: { id: connection.id }, data: { holderId: keep.id, searchText: connectionSearchText(connection, keep.fullName) } });
      await recordHistory(tx, scope, {
        connectionId: connection.id,
        type: "HOLDER_CHANGED",
        summary: `Registro duplicado del titular unificado: ${merge.fullName} (usuario ${merge.id}) se fusionó en ${keep.fullName} (usuario ${keep.id})`,
      });
    }
    const controlNumbers = moved.map((c) => c.controlNumber);
    const mergedAfter = await tx.user.findUniqueOrThrow({ where: { id: merge.id } });
    await recordAudit(tx, scope, { action: "user.merge", entityType: "User", entityId: keep.id, before: keep, after: { ...keptAfter, mergedUserId: merge.id, connectionsReceived: controlNumbers } });
    await recordAudit(tx, scope, { action: "user.mergedInto", entityType: "User", entityId: merge.id, before: merge, after: { ...mergedAfter, connectionsMoved: controlNumbers } });
    return { user: keptAfter, merged: mergedAfter, movedConnections: moved.length };
  });
}
