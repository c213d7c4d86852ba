import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { can } from "$lib/roles";
import type { Actions, PageServerLoad } from "./$types";

const RegistryQueue = graphql(`
  query RegistryQueue {
    complaints(first: 50, filter: { status: OPEN, categories: [WATER_LEAK, SEWER_LEAK] }) {
      totalCount
      nodes {
        id
        folio
        kind
        category
        channel
        description
        reporterName
        locationText
        street
        createdAt
        availableActions
        locality {
          name
        }
        connection {
          ...ConnectionSummary
        }
      }
    }
    workOrders(first: 50, filter: { type: METER_REPLACEMENT, open: true }) {
      totalCount
      nodes {
        id
        folio
        type
        status
        dueAt
        overdue
        observations
        connection {
          ...ConnectionSummary
        }
      }
    }
  }
`);

const ForwardLeakReport = graphql(`
  mutation ForwardLeakReport($input: ForwardLeakReportInput!) {
    forwardLeakReport(input: $input) {
      workOrder { folio }
      userErrors { field message }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "forwardLeakReport")) error(403, "La cola de padrón es del área de padrón de usuarios.");
  const { data } = await api(token, RegistryQueue, {});
  return { leaks: data.complaints.nodes, leakCount: data.complaints.totalCount, replacements: data.workOrders.nodes, replacementCount: data.workOrders.totalCount, flash: takeFlash(cookies, url) };
};

export const actions: Actions = {
  turnar: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = { complaintId: text(form, "complaintId"), instructions: text(form, "instructions") };
    const { data } = await api(token, ForwardLeakReport, { input: { complaintId: values.complaintId, instructions: values.instructions || null } });
    const { workOrder, userErrors } = data.forwardLeakReport;
    if (!workOrder || userErrors.length) return fail(400, { values, errors: userErrorsByField(userErrors, ["instructions"]) });
    setFlash(cookies, url, `Reporte turnado a seguimiento: orden ${workOrder.folio}.`);
    redirect(303, "/padron/cola");
  },
};
