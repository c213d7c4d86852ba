import { changeConnectionStatus } from "./connection-status.ts";
import { notesOf, type ResultHandler } from "./result-handler.ts";

/** The service is reinstated: a LIMITED connection becomes ACTIVE (workflow 2). */
export const reconnectionResult: ResultHandler = {
  fields: ["notes"],
  record(input) {
    const notes = notesOf(input);
    return { data: { resultNotes: notes }, summary: "servicio reinstalado", details: notes ? { notes } : {} };
  },
  async apply(tx, scope, order) {
    await changeConnectionStatus(tx, scope, order, "LIMITED", "ACTIVE");
    return {};
  },
};
