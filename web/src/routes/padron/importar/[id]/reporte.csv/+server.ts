// A run's whole report as CSV, paged through the API 100 lines at a time.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { RegisterImportReportQuery, RegisterImportReportQueryVariables } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { CSV_BOM, csvHeaders, csvLine } from "$lib/server/csv";
import type { RequestHandler } from "./$types";

const RegisterImportReport = graphql(`
  query RegisterImportReport($id: ID!, $after: String) {
    registerImport(id: $id) {
      fileName
      issues(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          rowNumber
          severity
          field
          message
        }
      }
    }
  }
`);

export const GET: RequestHandler = async ({ locals, params }) => {
  const { token } = requireUser(locals);
  let after: string | null = null;
  let body = CSV_BOM + csvLine(["fila", "tipo", "campo", "detalle"]);
  let name = "reporte";
  for (;;) {
    const result: Awaited<ReturnType<typeof api<RegisterImportReportQuery, RegisterImportReportQueryVariables>>> = await api(token, RegisterImportReport, { id: params.id, after });
    const run = result.data.registerImport;
    if (!run) error(404, "La importación no existe.");
    name = run.fileName.replace(/\.[^.]+$/, "");
    for (const i of run.issues.nodes) body += csvLine([i.rowNumber, i.severity === "ERROR" ? "rechazada" : "advertencia", i.field, i.message]);
    if (!run.issues.pageInfo.hasNextPage) break;
    after = run.issues.pageInfo.endCursor ?? null;
  }
  return new Response(body, { headers: csvHeaders(`${name}-reporte.csv`) });
};
