import { Prisma } from "../../../generated/prisma/client.ts";
import type { VerificationOutcome } from "../../../generated/prisma/enums.ts";
import { badInput } from "../../../shared/errors.ts";
import { complaintForRule, transitionComplaint } from "../../complaint/complaint.lifecycle.ts";
import { issueWorkOrder } from "../work-order.issue.ts";
import { notesOf, type CompletionInput, type ResultHandler } from "./result-handler.ts";

const OUTCOME_SUMMARY: Record<VerificationOutcome, string> = {
  METER_OVER_REGISTERING: "el medidor registra de más",
  EXTERNAL_LEAK: "se localizó una fuga externa",
  NORMAL: "medidor normal, sin fugas externas",
};

function checkedExcess(input: CompletionInput): Prisma.Decimal | null {
  const excess = input.excessM3 == null ? null : new Prisma.Decimal(input.excessM3);
  if (input.outcome === "METER_OVER_REGISTERING") {
    if (!excess || excess.lte(0)) throw badInput("excessM3", "Indique los m³ que el medidor registra de más (mayor que 0)");
    return excess;
  }
  if (excess && !excess.isZero()) throw badInput("excessM3", "Los m³ de más solo se registran cuando el medidor registra de más");
  return null;
}

/**
 * The verifier's result (workflow 1): the complaint is VERIFIED and waits for the customer (adjustment when the meter
 * over-registers, advice when normal); an external leak issues the LEAK_REPAIR field report to FOLLOW_UP at once.
 */
export const verificationResult: ResultHandler = {
  fields: ["outcome", "excessM3", "notes"],
  record(input) {
    if (!input.outcome) throw badInput("outcome", "Indique el resultado de la verificación");
    const excess = checkedExcess(input);
    const notes = notesOf(input);
    return {
      data: { verificationOutcome: input.outcome, excessM3: excess, resultNotes: notes },
      summary: OUTCOME_SUMMARY[input.outcome],
      details: { ...(excess ? { volumeM3: excess.toFixed(2) } : {}), ...(notes ? { notes } : {}) },
    };
  },
  async apply(tx, scope, order) {
    if (order.complaintId) {
      const complaint = await complaintForRule(tx, order.complaintId);
      if (complaint.status === "IN_VERIFICATION") await transitionComplaint(tx, scope, complaint, "verify");
    }
    if (order.verificationOutcome !== "EXTERNAL_LEAK" || !order.connectionId) return {};
    const followUpOrder = await issueWorkOrder(tx, scope, {
      type: "LEAK_REPAIR",
      connectionId: order.connectionId,
      complaintId: order.complaintId ?? undefined,
      department: "FOLLOW_UP",
      observations: `Fuga externa localizada en la verificación ${order.folio}${order.resultNotes ? `: ${order.resultNotes}` : ""}`,
    });
    return { followUpOrder };
  },
};
