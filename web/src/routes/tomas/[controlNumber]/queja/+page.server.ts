import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { Channel, ComplaintCategory, ComplaintKind } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { oneOf, text, userErrorsByField, type FieldErrors } from "$lib/server/form";
import { canFileComplaint } from "$lib/roles";
import { CHANNELS, COMPLAINT_CATEGORIES, COMPLAINT_KINDS } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const ComplaintTarget = graphql(`
  query ComplaintTarget($controlNumber: String!) {
    serviceConnection(controlNumber: $controlNumber) {
      id
      ...ConnectionSummary
    }
  }
`);

const FileComplaint = graphql(`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      complaint {
        id
        folio
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const FIELDS = ["kind", "category", "channel", "description", "reporterName", "reporterPhone"] as const;
const KINDS = Object.keys(COMPLAINT_KINDS) as ComplaintKind[];
const CATEGORIES = Object.keys(COMPLAINT_CATEGORIES) as ComplaintCategory[];
const CHANNEL_CODES = Object.keys(CHANNELS) as Channel[];

async function target(token: string, controlNumber: string) {
  const { data } = await api(token, ComplaintTarget, { controlNumber });
  if (!data.serviceConnection) error(404, `No existe la toma con número de control ${controlNumber}.`);
  return data.serviceConnection;
}

export const load: PageServerLoad = async ({ locals, params }) => {
  const { user, token } = requireUser(locals);
  if (!canFileComplaint(user)) error(403, "Su puesto no registra quejas.");
  return { connection: await target(token, params.controlNumber) };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = Object.fromEntries(FIELDS.map((name) => [name, text(form, name)])) as Record<(typeof FIELDS)[number], string>;
    const kind = oneOf(values.kind, KINDS);
    const category = oneOf(values.category, CATEGORIES);
    const channel = oneOf(values.channel, CHANNEL_CODES);

    const errors: FieldErrors = {};
    if (!kind) errors.kind = "Elija si es queja, denuncia o reporte de problema";
    if (!category) errors.category = "Elija la categoría";
    if (!channel) errors.channel = "Elija por dónde llegó";
    if (!values.description) errors.description = "Describa lo que reporta el usuario";
    else if (values.description.length > 2000) errors.description = "La descripción admite hasta 2,000 caracteres";
    if (values.reporterName.length > 200) errors.reporterName = "El nombre admite hasta 200 caracteres";
    if (!kind || !category || !channel || Object.keys(errors).length) return fail(400, { values, errors });

    const connection = await target(token, params.controlNumber);
    const { data } = await api(token, FileComplaint, {
      input: {
        connectionId: connection.id,
        kind,
        category,
        channel,
        description: values.description,
        reporterName: values.reporterName || null,
        reporterPhone: values.reporterPhone || null, // the API reads the common ways of writing it and normalises
      },
    });
    const { complaint, userErrors } = data.fileComplaint;
    if (!complaint || userErrors.length) return fail(400, { values, errors: userErrorsByField(userErrors, FIELDS) });
    redirect(303, `/quejas/${complaint.id}?registrada=1`);
  },
};
