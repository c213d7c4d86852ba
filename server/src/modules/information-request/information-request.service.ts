import type { ActingScope } from "../../context.ts";
import type { Tx } from "../../db/client.ts";
import type { InformationRequestChannel, InformationRequestStatus } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { informationRequestScope, isGranted } from "../../auth/policies.ts";
import { badInput, conflict, DomainError, notFound } from "../../shared/errors.ts";
import { INFORMATION_REQUEST_FOLIO_PREFIX, nextFolio } from "../../shared/folio.ts";
import { INFORMATION_REQUEST_STATUSES } from "../../shared/labels.ts";
import { OPEN_INFORMATION_REQUEST_STATUSES } from "../../shared/workflow-facts.ts";
import { localDay } from "../../shared/business-calendar.ts";
import { paginateModelBy, type PageArgs } from "../../shared/pagination.ts";
import { containsText, searchText } from "../../shared/input-rules.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { numericSetting } from "../setting/setting.service.ts";
import { businessDaysAfter, businessDaysAfterReceipt } from "../service-target/due-date.ts";
import { INFORMATION_REQUEST_TRANSITIONS, type InformationRequestAction } from "./information-request.transitions.ts";

export interface ReceiveInformationRequestInput {
  receivedAt: Date;
  requesterName?: string | null;
  channel: InformationRequestChannel;
  subject: string;
  responsibleArea: string;
}

/**
 * Records a request received under the transparency law: folio SAI-<year>-<n>, due date in business days counted
 * from the day after receipt (Setting informationRequestBusinessDays, 20 by default).
 */
export async function receiveInformationRequest(scope: ActingScope, input: ReceiveInformationRequestInput) {
  const subject = input.subject.trim();
  const responsibleArea = input.responsibleArea.trim();
  if (!subject) throw badInput("subject", "Describa la información solicitada");
  if (!responsibleArea) throw badInput("responsibleArea", "Indique el área responsable de la información");
  const now = scope.clock.now();
  if (input.receivedAt > now) throw badInput("receivedAt", "La fecha de recepción no puede ser futura");
  if (localDay(input.receivedAt).getUTCFullYear() < localDay(now).getUTCFullYear() - 1) throw badInput("receivedAt", "La fecha de recepción es demasiado antigua");

  return inTransaction(scope, async (tx) => {
    const dueAt = await businessDaysAfterReceipt(tx, input.receivedAt, await numericSetting(tx, "informationRequestBusinessDays"));
    const request = await tx.informationRequest.create({
      data: {
        folio: await nextFolio(tx, INFORMATION_REQUEST_FOLIO_PREFIX, input.receivedAt),
        receivedAt: input.receivedAt,
        channel: input.channel,
        // anonymous requests are valid: the law does not require a name
        requesterName: input.requesterName?.trim() || null,
        subject,
        responsibleArea,
        dueAt,
        originalDueAt: dueAt,
        receivedById: scope.actor.kind === "staff" ? scope.actor.id : null,
        createdAt: now,
      },
    });
    await recordAudit(tx, scope, { action: "informationRequest.receive", entityType: "InformationRequest", entityId: request.id, after: request });
    return { informationRequest: request };
  });
}

export interface InformationRequestActionInput {
  id: number;
  action: InformationRequestAction;
  /** extend and decline: why; answer: the response given */
  text?: string | null;
}

/** Takes one action of the transitions table on a request, through one guarded update. */
export async function applyInformationRequestAction(scope: ActingScope, input: InformationRequestActionInput) {
  const transition = INFORMATION_REQUEST_TRANSITIONS[input.action];
  if (!isGranted(scope.actor, transition.grants)) throw new DomainError("FORBIDDEN", "Su puesto no realiza esta acción sobre solicitudes de información");
  const text = input.text?.trim() ?? "";
  return inTransaction(scope, async (tx) => {
    const before = await tx.informationRequest.findFirst({ where: { AND: [informationRequestScope(scope.actor), { id: input.id }] } });
    if (!before) throw notFound("La solicitud");
    if (!transition.from.includes(before.status)) {
      const reason = input.action === "extend" && before.status === "EXTENDED" ? "ya fue prorrogada una vez" : `está ${INFORMATION_REQUEST_STATUSES[before.status].toLowerCase()}`;
      throw conflict(`La solicitud ${before.folio} ${reason}`);
    }
    const now = scope.clock.now();
    const data = await changesFor(tx, input.action, text, before, now);
    const { count } = await tx.informationRequest.updateMany({ where: { id: before.id, status: { in: transition.from } }, data: { ...data, status: transition.to } });
    if (count !== 1) throw conflict(`La solicitud ${before.folio} cambió mientras tanto; vuelva a abrirla`);
    const after = await tx.informationRequest.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, scope, { action: transition.audit, entityType: "InformationRequest", entityId: before.id, before, after });
    return { informationRequest: after };
  });
}

async function changesFor(
  tx: Tx,
  action: InformationRequestAction,
  text: string,
  before: { originalDueAt: Date },
  now: Date,
): Promise<Prisma.InformationRequestUpdateManyMutationInput> {
  switch (action) {
    case "start":
      return {};
    case "extend": {
      if (!text) throw badInput("reason", "Indique el motivo de la prórroga");
      const days = await numericSetting(tx, "informationRequestExtensionDays");
      return { extendedAt: now, extensionReason: text, dueAt: await businessDaysAfter(tx, before.originalDueAt, days) };
    }
    case "answer":
      if (!text) throw badInput("response", "Escriba la respuesta entregada");
      return { response: text, respondedAt: now };
    case "decline":
      if (!text) throw badInput("reason", "Indique el motivo de la improcedencia");
      return { declineReason: text, respondedAt: now };
  }
}

export interface InformationRequestFilterInput {
  status?: InformationRequestStatus | null;
  /** only the pending ones (received, in progress, extended) */
  open?: boolean | null;
  /** by folio, requester or subject */
  search?: string | null;
}

/** Requests by deadline, the earliest (so the overdue) first; each with where its deadline stands today. */
export async function listInformationRequests(scope: ActingScope, filter: InformationRequestFilterInput | null | undefined, page: PageArgs) {
  const { status, open, search } = filter ?? {};
  const term = searchText(search);
  const where: Prisma.InformationRequestWhereInput = {
    AND: [
      informationRequestScope(scope.actor),
      {
        ...(status ? { status } : {}),
        ...(open ? { status: { in: OPEN_INFORMATION_REQUEST_STATUSES } } : {}),
        ...(term
          ? { OR: [{ folio: containsText(term) }, { requesterName: containsText(term) }, { subject: containsText(term) }] }
          : {}),
      },
    ],
  };
  return paginateModelBy(scope.db.informationRequest, where, page, "dueAt");
}

export function findInformationRequest(scope: ActingScope, id: number) {
  return scope.db.informationRequest.findFirst({ where: { AND: [informationRequestScope(scope.actor), { id }] } });
}

