// Public page (no session): a citizen follows a complaint by its folio and the control number or the phone it was
// filed with. POST, so the phone never sits in a URL or a log.
import { fail, isHttpError } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import type { Actions } from "./$types";

const TrackFolio = graphql(`
  query TrackFolio($input: TrackFolioInput!) {
    trackFolio(input: $input) {
      folio
      kind
      category
      status
      createdAt
      resolvedAt
      localityName
      orders {
        folio
        type
        status
        issuedAt
        dueAt
        completedAt
      }
    }
  }
`);

export const actions: Actions = {
  default: async ({ request }) => {
    const form = await request.formData();
    const values = { folio: String(form.get("folio") ?? "").trim(), controlNumber: String(form.get("controlNumber") ?? "").trim(), phone: String(form.get("phone") ?? "").trim() };
    const errors: Record<string, string> = {};
    if (!values.folio) errors.folio = "Escriba el folio de su reporte";
    if (!values.controlNumber && !values.phone) errors.controlNumber = "Escriba el número de control de la toma o el teléfono con el que reportó";
    if (Object.keys(errors).length) return fail(400, { values, errors });
    try {
      const { data } = await api(null, TrackFolio, { input: { folio: values.folio, controlNumber: values.controlNumber || null, phone: values.phone || null } });
      return { values: { ...values, phone: "" }, tracking: data.trackFolio, searched: true };
    } catch (error) {
      // the API's per-address limit (guessing folios must stay slow): said on the form, not as an error page
      if (isHttpError(error, 429)) return fail(429, { values: { ...values, phone: "" }, errors: {} as Record<string, string>, limited: error.body.message });
      throw error;
    }
  },
};
