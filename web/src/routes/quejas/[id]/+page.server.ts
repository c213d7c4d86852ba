import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, takeFlash } from "$lib/server/session";
import { adviceAction, pauseComplaintAction, resumeComplaintAction } from "$lib/server/complaint-order-actions";
import type { Actions, PageServerLoad } from "./$types";

const ComplaintDetail = graphql(`
  query ComplaintDetail($id: ID!) {
    node(id: $id) {
      ... on Complaint {
        id
        folio
        kind
        category
        channel
        status
        description
        reporterName
        createdAt
        resolvedAt
        resolution
        locationText
        street
        availableActions
        pausedAt
        pauseReason
        pausedBusinessMinutes
        locality {
          name
        }
        duplicateOf {
          id
          folio
        }
        connection {
          ...ConnectionSummary
        }
        workOrders {
          ...OrderSummary
          verificationOutcome
          excessM3
          resultNotes
          completedAt
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, url, cookies }) => {
  const { token } = requireUser(locals);
  const { data } = await api(token, ComplaintDetail, { id: params.id });
  const node = data.node;
  if (!node || !("folio" in node)) error(404, "No se encontró la queja.");
  return { complaint: node as Extract<NonNullable<typeof node>, { folio: string }>, justFiled: url.searchParams.has("registrada"), flash: takeFlash(cookies, url) };
};

export const actions: Actions = { asesoria: adviceAction, pausar: pauseComplaintAction, reanudar: resumeComplaintAction };
