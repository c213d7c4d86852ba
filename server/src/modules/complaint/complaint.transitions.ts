// The lifecycle of a complaint, as one table: action → the states it may start from, the state it leads to, who may
// take it, the condition the complaint must meet, and its audit action. `transitionComplaint` applies it through one
// guarded update; nothing else sets a complaint's `status` (filing sets the first one) or its pause. Pause and resume
// keep the status and stop or restart the complaint's clock while it waits on the customer; the other actions follow
// from field work or from the customer's return, so a pause does not hold them (closing it ends the pause).
import type { ComplaintCategory, ComplaintStatus, VerificationOutcome } from "../../generated/prisma/enums.ts";
import type { Actor } from "../../auth/actor.ts";
import { isGranted, Operations, type Grant } from "../../auth/policies.ts";
import { LEAK_CATEGORIES, OPEN_COMPLAINT_STATUSES } from "../../shared/workflow-facts.ts";

export type ComplaintAction = "verify" | "forward" | "resolve" | "recordAdvice" | "pause" | "resume";

/** What the conditions need to know of the complaint. */
export interface ComplaintForRule {
  status: ComplaintStatus;
  category: ComplaintCategory;
  /** the outcome of its completed verification, if any */
  verificationOutcome?: VerificationOutcome | null;
  /** set while it waits on the customer */
  pausedAt: Date | null;
}

export interface ComplaintTransition {
  from: ComplaintStatus[];
  /** null: the status stays (pause and resume) */
  to: ComplaintStatus | null;
  /** the clock the complaint must have: "running" (not paused) or "paused"; absent: either */
  clock?: "running" | "paused";
  grants: readonly Grant[];
  /** beyond the state: what the complaint must be (null when it qualifies), as the refusal's message */
  refuses?: (complaint: ComplaintForRule) => string | null;
  audit: string;
}

export const COMPLAINT_TRANSITIONS: Record<ComplaintAction, ComplaintTransition> = {
  /** the verifier's result came back (completeVerification) */
  verify: { from: ["IN_VERIFICATION"], to: "VERIFIED", grants: Operations.completeVerification, audit: "complaint.verify" },
  /** the registry hands a leak report to follow-up as a field report */
  forward: {
    from: ["OPEN"], to: "FORWARDED", grants: Operations.forwardLeakReport, audit: "complaint.forward",
    refuses: (c) => (LEAK_CATEGORIES.includes(c.category) ? null : "Solo los reportes de fuga se turnan a seguimiento"),
  },
  /** the field work that answers it was done (a leak repaired) */
  resolve: { from: ["FORWARDED", "VERIFIED"], to: "RESOLVED", grants: Operations.workOnWorkOrder, audit: "complaint.resolve" },
  /** meter fine and no external leak: the customer is advised and the complaint closes */
  recordAdvice: {
    from: ["VERIFIED"], to: "CLOSED", grants: Operations.recordAdvice, audit: "complaint.recordAdvice",
    refuses: (c) => (c.verificationOutcome === "NORMAL" ? null : "La asesoría cierra solo quejas cuya verificación resultó normal"),
  },
  /** waiting on the customer (papers, an appointment, their return): its clock stops */
  pause: { from: OPEN_COMPLAINT_STATUSES, to: null, clock: "running", grants: Operations.pauseComplaints, audit: "complaint.pause" },
  resume: { from: OPEN_COMPLAINT_STATUSES, to: null, clock: "paused", grants: Operations.pauseComplaints, audit: "complaint.resume" },
};

export const COMPLAINT_ACTION_NAMES = Object.keys(COMPLAINT_TRANSITIONS) as ComplaintAction[];

/** Actions that the counter or an office takes by hand (the others follow from a work order's result). */
const TAKEN_BY_HAND: ComplaintAction[] = ["forward", "recordAdvice", "pause", "resume"];

/** Whether the complaint's clock (running or paused) allows `action`. */
export function complaintClockAllows(action: ComplaintAction, complaint: Pick<ComplaintForRule, "pausedAt">): boolean {
  const clock = COMPLAINT_TRANSITIONS[action].clock;
  return !clock || (clock === "paused") === (complaint.pausedAt != null);
}

/** The actions `actor` may take by hand on the complaint now. */
export function availableComplaintActions(complaint: ComplaintForRule, actor: Actor): ComplaintAction[] {
  return TAKEN_BY_HAND.filter((action) => {
    const transition = COMPLAINT_TRANSITIONS[action];
    return transition.from.includes(complaint.status) && complaintClockAllows(action, complaint) && isGranted(actor, transition.grants) && !transition.refuses?.(complaint);
  });
}
