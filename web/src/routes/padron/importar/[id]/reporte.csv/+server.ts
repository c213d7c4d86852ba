// A run's report, one line per row of the file: accepted, accepted with a warning, or rejected and why (a row with
// several warnings has one line each). Warnings and rejections come from the API 100 at a time; the rows between
// them were accepted as they were. Streamed: a 300,000-row report is never built in memory.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { RegisterImportReportQuery } from "$lib/graphql/generated/graphql";
import { api, apiUnlessSignedOut } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { CSV_BOM, csvHeaders, csvLine } from "$lib/server/csv";
import { REGISTER_IMPORT_ROW_OUTCOME } from "$lib/labels";
import { templateColumnOf } from "$lib/labels";
import type { RequestHandler } from "./$types";

const RegisterImportReport = graphql(`
  query RegisterImportReport($id: ID!, $after: String) {
    registerImport(id: $id) {
      fileName
      checkpointRow
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

type Page = NonNullable<RegisterImportReportQuery["registerImport"]>;

export const GET: RequestHandler = async ({ locals, params }) => {
  const { token } = requireUser(locals);
  // later pages are asked for while the response streams, outside the request's context: apiUnlessSignedOut needs none
  const fetchPage = async (after: string | null): Promise<Page> => {
    const result = after === null ? await api(token, RegisterImportReport, { id: params.id, after }) : await apiUnlessSignedOut(token, RegisterImportReport, { id: params.id, after });
    if (!result?.data.registerImport) error(404, "La importación no existe.");
    return result.data.registerImport;
  };
  let page = await fetchPage(null);
  const lastRow = page.checkpointRow;
  const name = page.fileName.replace(/\.[^.]+$/, "");
  let issues = page.issues.nodes;
  let next = 0; // the next issue to write
  let row = 1; // the next row to write
  const encoder = new TextEncoder();
  /** the next warning or rejection (null after the last), the next page asked for when this one is used up */
  const peek = async () => {
    if (next === issues.length && page.issues.pageInfo.hasNextPage) {
      page = await fetchPage(page.issues.pageInfo.endCursor ?? null);
      issues = page.issues.nodes;
      next = 0;
    }
    return issues[next] ?? null;
  };

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(["fila", "resultado", "campo", "detalle"])));
    },
    async pull(controller) {
      let chunk = "";
      while (chunk.length < 64_000 && row <= lastRow) {
        let reported = false;
        for (let issue = await peek(); issue && issue.rowNumber === row; issue = await peek()) {
          chunk += csvLine([row, REGISTER_IMPORT_ROW_OUTCOME[issue.severity === "ERROR" ? "ERROR" : "WARNING"], templateColumnOf(issue.field), issue.message]);
          next += 1;
          reported = true;
        }
        if (!reported) chunk += csvLine([row, REGISTER_IMPORT_ROW_OUTCOME.ACCEPTED, "", ""]);
        row += 1;
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (row > lastRow) controller.close();
    },
  });
  return new Response(body, { headers: csvHeaders(`${name}-reporte.csv`) });
};
