import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { text } from "$lib/server/form";
import { INFORMATION_REQUEST_ACTIONS } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const InformationRequestDetail = graphql(`
  query InformationRequestDetail($id: ID!) {
    node(id: $id) {
      ... on InformationRequest {
        id
        folio
        receivedAt
        channel
        requesterName
        subject
        responsibleArea
        status
        dueAt
        originalDueAt
        extendedAt
        extensionReason
        response
        declineReason
        respondedAt
        availableActions
        deadline {
          ...DeadlineFields
        }
      }
    }
  }
`);

const Start = graphql(`
  mutation StartInformationRequest($input: StartInformationRequestInput!) {
    startInformationRequest(input: $input) {
      ...InformationRequestChange
    }
  }
`);
const Extend = graphql(`
  mutation ExtendInformationRequest($input: ExtendInformationRequestInput!) {
    extendInformationRequest(input: $input) {
      ...InformationRequestChange
    }
  }
`);
const Answer = graphql(`
  mutation AnswerInformationRequest($input: AnswerInformationRequestInput!) {
    answerInformationRequest(input: $input) {
      ...InformationRequestChange
    }
  }
`);
const Decline = graphql(`
  mutation DeclineInformationRequest($input: DeclineInformationRequestInput!) {
    declineInformationRequest(input: $input) {
      ...InformationRequestChange
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
  const { token } = requireUser(locals);
  const { data } = await api(token, InformationRequestDetail, { id: params.id });
  const request = data.node;
  if (!request || !("folio" in request)) error(404, "No se encontró la solicitud.");
  return { request, flash: takeFlash(cookies, url) };
};

type Done = { informationRequest?: { folio: string } | null; userErrors: { message: string }[] };

async function finish(result: Done, action: keyof typeof INFORMATION_REQUEST_ACTIONS, cookies: Parameters<typeof setFlash>[0], url: URL) {
  if (!result.informationRequest || result.userErrors.length) return fail(400, { action, error: result.userErrors.map((e) => e.message).join(" ") });
  setFlash(cookies, url, `Solicitud ${result.informationRequest.folio}: ${INFORMATION_REQUEST_ACTIONS[action].toLowerCase()} — hecho.`);
  redirect(303, url.pathname);
}

export const actions: Actions = {
  start: async ({ locals, params, cookies, url }) => {
    const { token } = requireUser(locals);
    return finish((await api(token, Start, { input: { id: params.id } })).data.startInformationRequest, "start", cookies, url);
  },
  extend: async ({ locals, params, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const reason = text(await request.formData(), "text");
    return finish((await api(token, Extend, { input: { id: params.id, reason } })).data.extendInformationRequest, "extend", cookies, url);
  },
  answer: async ({ locals, params, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const response = text(await request.formData(), "text");
    return finish((await api(token, Answer, { input: { id: params.id, response } })).data.answerInformationRequest, "answer", cookies, url);
  },
  decline: async ({ locals, params, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const reason = text(await request.formData(), "text");
    return finish((await api(token, Decline, { input: { id: params.id, reason } })).data.declineInformationRequest, "decline", cookies, url);
  },
};
