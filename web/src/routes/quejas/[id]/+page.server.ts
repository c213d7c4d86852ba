import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import type { PageServerLoad } from "./$types";

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
        connection {
          ...ConnectionSummary
        }
        workOrders {
          ...OrderSummary
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const { token } = requireUser(locals);
  const { data } = await api(token, ComplaintDetail, { id: params.id });
  if (!data.node || !("folio" in data.node)) error(404, "No se encontró la queja.");
  return { complaint: data.node, justFiled: url.searchParams.has("registrada") };
};
