import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { error } from "@sveltejs/kit";
import { can } from "$lib/roles";
import type { PageServerLoad } from "./$types";

const RegisterImports = graphql(`
  query RegisterImports {
    registerImports(first: 20) {
      nodes {
        id
        fileName
        apply
        status
        totalRows
        checkpointRow
        accepted
        warnings
        rejected
        created
        updated
        unchanged
        startedAt
        finishedAt
        issues(first: 20) {
          totalCount
          nodes {
            rowNumber
            severity
            field
            message
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readRegisterImports")) error(403, "Su puesto no consulta las importaciones del padrón.");
  const { data } = await api(token, RegisterImports, {});
  return { runs: data.registerImports.nodes };
};
