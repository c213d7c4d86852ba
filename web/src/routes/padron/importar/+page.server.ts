import { graphql } from "$lib/graphql/generated";
import { api, uploadRegisterFile } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { error, fail, redirect } from "@sveltejs/kit";
import { can } from "$lib/roles";
import type { Actions, PageServerLoad } from "./$types";

const RegisterImports = graphql(`
  query RegisterImports {
    registerImports(first: 20) {
      nodes {
        id
        fileName
        format
        apply
        status
        uploaded
        dryRunId
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
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readRegisterImports")) error(403, "Su puesto no consulta las importaciones del padrón.");
  const { data } = await api(token, RegisterImports, {});
  return { runs: data.registerImports.nodes, canUpload: can(user, "manageRegister") };
};

export const actions: Actions = {
  /** The file goes to the API, which keeps it and queues its dry run; the run's page follows it. */
  subir: async ({ locals, request }) => {
    const { user, token } = requireUser(locals);
    if (!can(user, "manageRegister")) error(403, "Su puesto no importa el padrón.");
    const form = await request.formData();
    const file = form.get("archivo");
    if (!(file instanceof File) || !file.name || file.size === 0) return fail(400, { error: "Elija un archivo .csv o .xlsx con el padrón." });
    if (!/\.(csv|xlsx)$/i.test(file.name)) return fail(400, { error: "El archivo debe ser .csv o .xlsx." });
    const answer = await uploadRegisterFile(token, file);
    if ("error" in answer) return fail(400, { error: answer.error });
    redirect(303, `/padron/importar/${answer.id}`);
  },
};
