// The lifecycle of a public information request (DOMAIN.md workflow 7), as one table: action → the states it may
// start from, the state it leads to, who may take it, and its audit action. The service applies it through one
// guarded update; nothing else sets `status`. (Requests belong to no connection, so they have no history events:
// the audit log is their record.)
import type { InformationRequestStatus } from "../../generated/prisma/enums.ts";
import type { Actor } from "../../auth/actor.ts";
import { isGranted, Operations, type Grant } from "../../auth/policies.ts";

export type InformationRequestAction = "start" | "extend" | "answer" | "decline";

export interface InformationRequestTransition {
  from: InformationRequestStatus[];
  to: InformationRequestStatus;
  grants: readonly Grant[];
  audit: string;
}

export const INFORMATION_REQUEST_TRANSITIONS: Record<InformationRequestAction, InformationRequestTransition> = {
  /** turned to the area that holds the information */
  start: { from: ["RECEIVED"], to: "IN_PROGRESS", grants: Operations.manageInformationRequests, audit: "informationRequest.start" },
  /** the law allows one extension, with a reason: EXTENDED cannot be extended again */
  extend: { from: ["RECEIVED", "IN_PROGRESS"], to: "EXTENDED", grants: Operations.manageInformationRequests, audit: "informationRequest.extend" },
  answer: { from: ["RECEIVED", "IN_PROGRESS", "EXTENDED"], to: "ANSWERED", grants: Operations.manageInformationRequests, audit: "informationRequest.answer" },
  /** not the utility's information, or not a request for information: declined with the reason */
  decline: { from: ["RECEIVED", "IN_PROGRESS", "EXTENDED"], to: "DECLINED", grants: Operations.manageInformationRequests, audit: "informationRequest.decline" },
};

export const INFORMATION_REQUEST_ACTION_NAMES = Object.keys(INFORMATION_REQUEST_TRANSITIONS) as InformationRequestAction[];

/** The actions `actor` may take on a request in `status`, in the table's order. */
export function availableInformationRequestActions(status: InformationRequestStatus, actor: Actor): InformationRequestAction[] {
  return INFORMATION_REQUEST_ACTION_NAMES.filter((action) => {
    const transition = INFORMATION_REQUEST_TRANSITIONS[action];
    return transition.from.includes(status) && isGranted(actor, transition.grants);
  });
}
