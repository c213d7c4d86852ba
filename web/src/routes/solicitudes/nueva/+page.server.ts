import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { InformationRequestChannel } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { oneOf, text, userErrorsByField } from "$lib/server/form";
import { can } from "$lib/roles";
import { INFORMATION_REQUEST_CHANNELS } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const ReceiveInformationRequest = graphql(`
  mutation ReceiveInformationRequest($input: ReceiveInformationRequestInput!) {
    receiveInformationRequest(input: $input) {
      ...InformationRequestChange
    }
  }
`);

const FIELDS = ["receivedAt", "requesterName", "channel", "subject", "responsibleArea"] as const;

/** "2026-11-10T09:30" typed in the form is a time in Sinaloa (UTC−7 all year). */
const sinaloaInstant = (local: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00-07:00` : null);

export const load: PageServerLoad = ({ locals }) => {
  if (!can(requireUser(locals).user, "manageInformationRequests")) error(403, "Solo Informática registra solicitudes de información.");
};

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)])) as Record<(typeof FIELDS)[number], string>;
    const channel = oneOf(values.channel, Object.keys(INFORMATION_REQUEST_CHANNELS) as InformationRequestChannel[]);
    const receivedAt = sinaloaInstant(values.receivedAt);
    if (!channel || !receivedAt) return fail(400, { values, errors: { ...(channel ? {} : { channel: "Elija cómo llegó" }), ...(receivedAt ? {} : { receivedAt: "Indique fecha y hora de recepción" }) } as Record<string, string> });
    const input = { receivedAt, channel, requesterName: values.requesterName || null, subject: values.subject, responsibleArea: values.responsibleArea };
    const { data } = await api(token, ReceiveInformationRequest, { input });
    const { informationRequest, userErrors } = data.receiveInformationRequest;
    if (!informationRequest || userErrors.length) return fail(400, { values, errors: userErrorsByField(userErrors, FIELDS) });
    setFlash(cookies, url, `Solicitud ${informationRequest.folio} registrada.`);
    redirect(303, `/solicitudes/${informationRequest.id}`);
  },
};
