// A crew's list comes back from the field: the results of its limitation orders are recorded in one go (workflow 4).
// Each row is completeWorkOrder with its LimitationResult in a transaction of its own, so one row that fails (an
// order already completed, paused, or not a limitation) is named with its reason while the others are kept.
import type { ActingScope } from "../../context.ts";
import type { LimitationResult } from "../../generated/prisma/enums.ts";
import type { WorkOrder } from "../../generated/prisma/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { workOrderScope } from "../../auth/policies.ts";
import { badInput, DomainError, notFound, type ErrorCode } from "../../shared/errors.ts";
import { translateDatabaseError } from "../../shared/database-errors.ts";
import { completeWorkOrder } from "../work-order/work-order.service.ts";
import { MAX_LIMITATION_BATCH } from "./delinquency.service.ts";

/** The longest note a result carries (as completeWorkOrder's notes). */
export const LIMITATION_NOTES_MAX = 2000;

export interface LimitationResultRow {
  /** null: the id given was not a work order's */
  workOrderId: number | null;
  result: LimitationResult;
  notes?: string | null;
}

export type LimitationRowOutcome =
  | { index: number; workOrderId: number | null; ok: true; workOrder: WorkOrder }
  | { index: number; workOrderId: number | null; ok: false; error: { code: ErrorCode; field: string | null; message: string } };

/** One row: the order must be a limitation order the caller holds, running and open; then it is completed. */
function recordOne(scope: ActingScope, row: LimitationResultRow, seen: Set<number>) {
  if (row.workOrderId === null) throw badInput("workOrderId", "El identificador no corresponde a una orden");
  if (seen.has(row.workOrderId)) throw badInput("workOrderId", "La orden ya aparece en otra fila de esta lista");
  seen.add(row.workOrderId);
  if ((row.notes?.length ?? 0) > LIMITATION_NOTES_MAX) throw badInput("notes", `Las notas admiten hasta ${LIMITATION_NOTES_MAX} caracteres`);
  const id = row.workOrderId;
  return inTransaction(scope, async (tx) => {
    const order = await tx.workOrder.findFirst({ where: { AND: [workOrderScope(scope.actor), { id }] }, select: { type: true, folio: true } });
    if (!order) throw notFound("La orden");
    if (order.type !== "SERVICE_LIMITATION") throw badInput("workOrderId", `La orden ${order.folio} no es de limitación del servicio`);
    const { workOrder } = await completeWorkOrder({ ...scope, db: tx }, id, { limitationResult: row.result, notes: row.notes ?? null });
    return workOrder;
  });
}

/**
 * Records each row's result in its own transaction, in the order given. Returns one outcome per row: the completed
 * order, or why that row was not recorded (nothing of it changed). Only an empty or oversized list fails as a whole.
 */
export async function recordLimitationResults(scope: ActingScope, rows: LimitationResultRow[]): Promise<LimitationRowOutcome[]> {
  if (!rows.length) throw badInput("results", "Indique al menos un resultado");
  if (rows.length > MAX_LIMITATION_BATCH) throw badInput("results", `Se registran hasta ${MAX_LIMITATION_BATCH} resultados a la vez`);
  const seen = new Set<number>();
  const outcomes: LimitationRowOutcome[] = [];
  for (const [index, row] of rows.entries()) {
    try {
      outcomes.push({ index, workOrderId: row.workOrderId, ok: true, workOrder: await recordOne(scope, row, seen) });
    } catch (error) {
      const known = error instanceof DomainError ? error : translateDatabaseError(error);
      if (!known) {
        // the rows before it are kept; this one and its cause are reported without internals
        console.error(`recordLimitationResults ${scope.requestId} row ${index}:`, error);
      }
      outcomes.push({
        index,
        workOrderId: row.workOrderId,
        ok: false,
        error: known
          ? { code: known.code, field: known.field ?? null, message: known.message }
          : { code: "INTERNAL_SERVER_ERROR", field: null, message: "No se pudo registrar por una falla del sistema; vuelva a intentarlo" },
      });
    }
  }
  return outcomes;
}
