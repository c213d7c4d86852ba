// What completing an order of one type takes and does. Each type has its own file; `RESULT_HANDLERS` maps them.
import type { Tx } from "../../../db/client.ts";
import type { ActingScope } from "../../../context.ts";
import type { Prisma, WorkOrder } from "../../../generated/prisma/client.ts";
import type { LimitationResult, VerificationOutcome } from "../../../generated/prisma/enums.ts";
import type { HistoryDetails } from "../../history/history.service.ts";
import { badInput } from "../../../shared/errors.ts";

export interface NewMeter {
  serialNumber: string;
  brand?: string | null;
  initialReadingM3: string;
  installedOn: Date;
}

/** Every result field an order can come back with; each type takes only its own. */
export interface CompletionInput {
  notes?: string | null;
  outcome?: VerificationOutcome | null;
  excessM3?: string | null;
  limitationResult?: LimitationResult | null;
  newMeter?: NewMeter | null;
}

export interface RecordedResult {
  /** the order's result columns */
  data: Prisma.WorkOrderUncheckedUpdateManyInput;
  /** what the history entry says of the result (no restricted figures) */
  summary: string;
  details?: HistoryDetails;
}

export interface ResultHandler {
  /** the result fields this type takes; any other one given is refused */
  fields: (keyof CompletionInput)[];
  /** checks the result (BAD_USER_INPUT naming the field) and returns what the order records */
  record(input: CompletionInput, order: WorkOrder, now: Date): RecordedResult;
  /** the result's effects beyond the order (connection, meter, complaint, a follow-up order), same transaction */
  apply(tx: Tx, scope: ActingScope, order: WorkOrder, input: CompletionInput): Promise<{ followUpOrder?: WorkOrder | null }>;
}

const FIELD_NAMES: Record<keyof CompletionInput, string> = {
  notes: "notes",
  outcome: "outcome",
  excessM3: "excessM3",
  limitationResult: "limitationResult",
  newMeter: "newMeter",
};

/** Refuses result fields that belong to another type of order. */
export function refuseOtherFields(input: CompletionInput, handler: ResultHandler, typeLabel: string) {
  for (const key of Object.keys(FIELD_NAMES) as (keyof CompletionInput)[]) {
    if (input[key] != null && !handler.fields.includes(key)) throw badInput(FIELD_NAMES[key], `Una orden de ${typeLabel.toLowerCase()} no lleva este dato`);
  }
}

/** The notes as written, or null. */
export const notesOf = (input: CompletionInput) => input.notes?.trim() || null;

/** Notes a result must carry. */
export function requiredNotes(input: CompletionInput, message: string): string {
  const notes = notesOf(input);
  if (!notes) throw badInput("notes", message);
  return notes;
}
