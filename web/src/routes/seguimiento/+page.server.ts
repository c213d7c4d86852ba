import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, takeFlash } from "$lib/server/session";
import type { PageServerLoad } from "./$types";

const LeakWork = graphql(`
  query LeakWork($open: Boolean) {
    workOrders(first: 50, filter: { type: LEAK_REPAIR, open: $open }) {
      totalCount
      nodes {
        id
        folio
        type
        status
        dueAt
        overdue
        observations
        complaint {
          locationText
          street
          locality {
            name
          }
        }
        connection {
          ...ConnectionSummary
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  const { user, token } = requireUser(locals);
  if (!user.roles.includes("FOLLOW_UP")) error(403, "Esta pantalla es del área de seguimiento de servicios.");
  const all = url.searchParams.get("ver") === "todas";
  const { data } = await api(token, LeakWork, { open: all ? null : true });
  return { orders: data.workOrders.nodes, totalCount: data.workOrders.totalCount, all, flash: takeFlash(cookies, url) };
};
