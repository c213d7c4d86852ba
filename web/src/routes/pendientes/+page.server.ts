import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { can } from "$lib/roles";
import type { PageServerLoad } from "./$types";

const PendingWorkList = graphql(`
  query PendingWorkList {
    pendingWork(first: 50) {
      totalCount
      items {
        kind
        subjectId
        folio
        title
        orderType
        dueAt
        overdue
        escalationLevel
        paused
        workOrder {
          department
          dueCountdown {
            text
          }
          assignee {
            fullName
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readFollowUp")) error(403, "Los pendientes son de la jefatura y la gerencia.");
  const { data } = await api(token, PendingWorkList);
  return { ...data.pendingWork };
};
