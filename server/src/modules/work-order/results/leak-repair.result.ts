import { complaintForRule, transitionComplaint } from "../../complaint/complaint.lifecycle.ts";
import { requiredNotes, type ResultHandler } from "./result-handler.ts";

/** Follow-up's field report of a leak: its result enters the history and resolves the complaint (workflow 3). */
export const leakRepairResult: ResultHandler = {
  fields: ["notes"],
  record(input) {
    const notes = requiredNotes(input, "Describa lo que se encontró y se hizo en la fuga");
    return { data: { resultNotes: notes }, summary: "fuga atendida", details: { notes } };
  },
  async apply(tx, scope, order) {
    if (!order.complaintId) return {};
    const complaint = await complaintForRule(tx, order.complaintId);
    if (complaint.status === "FORWARDED" || complaint.status === "VERIFIED") {
      await transitionComplaint(tx, scope, complaint, "resolve", { resolution: order.resultNotes, resolvedAt: order.completedAt });
    }
    return {};
  },
};
