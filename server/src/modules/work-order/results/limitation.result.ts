import { badInput } from "../../../shared/errors.ts";
import { LIMITATION_RESULTS } from "../../../shared/labels.ts";
import { changeConnectionStatus } from "./connection-status.ts";
import { notesOf, type ResultHandler } from "./result-handler.ts";

/** A collection crew's visit to a delinquent connection: LIMITED restricts the service (Sinaloa law: limitación). */
export const limitationResult: ResultHandler = {
  fields: ["limitationResult", "notes"],
  record(input) {
    if (!input.limitationResult) throw badInput("limitationResult", "Indique el resultado de la limitación");
    const notes = notesOf(input);
    return { data: { limitationResult: input.limitationResult, resultNotes: notes }, summary: LIMITATION_RESULTS[input.limitationResult].toLowerCase(), details: notes ? { notes } : {} };
  },
  async apply(tx, scope, order, input) {
    if (input.limitationResult === "LIMITED") await changeConnectionStatus(tx, scope, order, "ACTIVE", "LIMITED");
    return {};
  },
};
