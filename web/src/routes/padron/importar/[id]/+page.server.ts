import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { error, fail, redirect } from "@sveltejs/kit";
import { can } from "$lib/roles";
import type { Actions, PageServerLoad } from "./$types";

const RegisterImportRun = graphql(`
  query RegisterImportRun($id: ID!) {
    registerImport(id: $id) {
      id
      fileName
      format
      apply
      status
      uploaded
      dryRunId
      error
      totalRows
      checkpointRow
      accepted
      warnings
      rejected
      created
      updated
      unchanged
      rowsPerSecond
      etaSeconds
      startedAt
      finishedAt
      issues(first: 50) {
        totalCount
        nodes {
          rowNumber
          severity
          field
          message
        }
      }
    }
    registerImports(first: 50) {
      nodes {
        id
        apply
        dryRunId
        status
      }
    }
  }
`);

const ApplyRegisterImport = graphql(`
  mutation ApplyRegisterImport($id: ID!) {
    applyRegisterImport(id: $id) {
      registerImport {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readRegisterImports")) error(403, "Su puesto no consulta las importaciones del padrón.");
  const { data } = await api(token, RegisterImportRun, { id: params.id });
  const run = data.registerImport;
  if (!run) error(404, "La importación no existe.");
  // the apply started from this dry run (the newest), when there is one
  const applied = data.registerImports.nodes.find((r) => r.apply && r.dryRunId === run.id && r.status !== "FAILED") ?? null;
  return { run, applied, canApply: can(user, "manageRegister") && !run.apply && run.uploaded && run.status === "DONE" && !applied };
};

export const actions: Actions = {
  aplicar: async ({ locals, params, url, cookies }) => {
    const { user, token } = requireUser(locals);
    if (!can(user, "manageRegister")) error(403, "Su puesto no importa el padrón.");
    const { data } = await api(token, ApplyRegisterImport, { id: params.id });
    const { registerImport, userErrors } = data.applyRegisterImport;
    if (!registerImport || userErrors.length) return fail(400, { error: userErrors.map((e) => e.message).join(" ") });
    setFlash(cookies, url, "Aplicación en marcha: el servidor escribe el padrón por lotes; puede seguir su avance aquí.");
    redirect(303, `/padron/importar/${registerImport.id}`);
  },
};
