import type { Tx } from "../../db/client.ts";
import type { ActingScope, Scope } from "../../context.ts";
import { actorName, actorRoleLabel } from "../../auth/actor.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { auditScope } from "../../auth/policies.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: number | string;
  before?: unknown;
  after?: unknown;
}

/** Who an entry names when nobody is logged in (a failed login). */
export const ANONYMOUS_ACTOR = "(anónimo)";

/** Writes the audit entry of a change; call it inside the change's own transaction. */
export async function recordAudit(tx: Tx, scope: Scope, change: AuditChange): Promise<void> {
  const { actor } = scope;
  await tx.auditEntry.create({
    data: {
      at: scope.clock.now(),
      actorStaffId: actor?.kind === "staff" ? actor.id : null,
      actorApiClientId: actor?.kind === "partner" ? actor.id : null,
      actorName: actor ? actorName(actor) : ANONYMOUS_ACTOR,
      actorRole: actor ? actorRoleLabel(actor) : "",
      action: change.action,
      entityType: change.entityType,
      entityId: String(change.entityId),
      before: toJson(change.before),
      after: toJson(change.after),
      requestId: scope.requestId,
      correlationId: scope.correlationId ?? null,
    },
  });
}

// Decimal and Date values become strings, as they would in an API response.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

export interface AuditFilterInput {
  entityType?: string | null;
  entityId?: string | null;
  actorName?: string | null;
}

/** The audit log, newest first, for those who may read it. */
export function listAuditEntries(scope: ActingScope, filter: AuditFilterInput | null | undefined, page: PageArgs) {
  const { entityType, entityId, actorName } = filter ?? {};
  const where: Prisma.AuditEntryWhereInput = {
    ...(entityType ? { entityType } : {}),
    ...(entityId ? { entityId } : {}),
    ...(actorName ? { actorName } : {}),
  };
  return paginateModel(scope.db.auditEntry, { AND: [auditScope(scope.actor), where] }, page, "desc");
}
