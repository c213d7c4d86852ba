import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { can } from "$lib/roles";
import type { PageServerLoad } from "./$types";

const Tablero = graphql(`
  query Tablero {
    followUpBoard {
      open
      overdue
      dueToday
      paused
      escalatedToHead
      escalatedToManager
      byTypeAndStatus {
        type
        status
        count
        overdue
      }
      byAssignee {
        assignee {
          fullName
        }
        department
        open
        overdue
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readFollowUp")) error(403, "El tablero es de la jefatura y la gerencia.");
  const { data } = await api(token, Tablero);
  return { board: data.followUpBoard, at: new Date().toISOString() };
};
