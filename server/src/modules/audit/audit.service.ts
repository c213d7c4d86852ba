import type { Tx } from "../../db/client.ts";
import type { Scope } from "../../context.ts";
import { actorName, actorRoleLabel } from "../../auth/actor.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

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
    },
  });
}

// Decimal and Date values become strings, as they would in an API response.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
