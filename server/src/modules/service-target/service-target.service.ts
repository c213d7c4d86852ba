import type { ActingScope } from "../../context.ts";
import type { WorkOrderType } from "../../generated/prisma/enums.ts";
import { inTransaction } from "../../db/transaction.ts";
import { serviceTargetScope } from "../../auth/policies.ts";
import { badInput, notFound } from "../../shared/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";

/** The due-date target of each order type (five rows). */
export function listServiceTargets(scope: ActingScope) {
  return scope.db.serviceTarget.findMany({ where: serviceTargetScope(scope.actor), orderBy: { type: "asc" }, take: 20 });
}

export interface ServiceTargetInput {
  type: WorkOrderType;
  hours?: number | null;
  businessDays?: number | null;
  escalateToHeadAfterHours: number;
  escalateToManagerAfterHours: number;
}

/** A target is in hours or in business days, never both; escalation goes to the head first, then the manager. */
export async function updateServiceTarget(scope: ActingScope, input: ServiceTargetInput) {
  const hours = input.hours ?? null;
  const businessDays = input.businessDays ?? null;
  if ((hours === null) === (businessDays === null)) throw badInput("hours", "Indique la meta en horas o en días hábiles (una de las dos)");
  if (hours !== null && (hours < 1 || hours > 720)) throw badInput("hours", "La meta en horas va de 1 a 720");
  if (businessDays !== null && (businessDays < 1 || businessDays > 60)) throw badInput("businessDays", "La meta en días hábiles va de 1 a 60");
  if (input.escalateToHeadAfterHours < 1) throw badInput("escalateToHeadAfterHours", "Debe ser al menos 1 hora");
  if (input.escalateToManagerAfterHours <= input.escalateToHeadAfterHours) throw badInput("escalateToManagerAfterHours", "Se escala a gerencia después de escalar a la jefatura");
  return inTransaction(scope, async (tx) => {
    const before = await tx.serviceTarget.findFirst({ where: { AND: [serviceTargetScope(scope.actor), { type: input.type }] } });
    if (!before) throw notFound("La meta de servicio");
    const target = await tx.serviceTarget.update({
      where: { type: input.type },
      data: { hours, businessDays, escalateToHeadAfterHours: input.escalateToHeadAfterHours, escalateToManagerAfterHours: input.escalateToManagerAfterHours },
    });
    await recordAudit(tx, scope, { action: "serviceTarget.update", entityType: "ServiceTarget", entityId: target.type, before, after: target });
    return { serviceTarget: target };
  });
}
