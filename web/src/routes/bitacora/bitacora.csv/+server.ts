// The filtered audit log as CSV, streamed: the API is read a page at a time and each page is written as it arrives,
// so a year of entries never sits in memory.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { canReadAudit } from "$lib/roles";
import { auditFilterFrom } from "$lib/server/audit-filter";
import { CSV_BOM, csvHeaders, csvLine } from "$lib/server/csv";
import type { RequestHandler } from "./$types";

const AuditExportPage = graphql(`
  query AuditExportPage($first: Int!, $after: String, $filter: AuditFilter) {
    auditEntries(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AuditEntryRow
        previousHash
      }
    }
  }
`);

const HEADER = ["id", "fecha_hora_utc", "usuario", "puestos", "accion", "entidad", "entidad_id", "antes", "despues", "solicitud", "correlacion", "posicion_cadena", "hash_anterior", "hash"];
const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

export const GET: RequestHandler = async ({ locals, url }) => {
  const { user, token } = requireUser(locals);
  if (!canReadAudit(user)) error(403, "Su puesto no consulta la bitácora.");
  const { filter } = auditFilterFrom(url);
  // the first page is read before answering, so a refused or failed request gets a proper error page
  const first = await api(token, AuditExportPage, { first: 100, after: null, filter });
  const encoder = new TextEncoder();
  let page = first.data.auditEntries;

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(HEADER)));
    },
    async pull(controller) {
      for (const e of page.nodes) {
        controller.enqueue(encoder.encode(csvLine([e.id, e.at, e.actorName, e.actorRole, e.action, e.entityType, e.entityId, json(e.before), json(e.after), e.requestId, e.correlationId, e.chainSeq, e.previousHash, e.hash])));
      }
      if (!page.pageInfo.hasNextPage) return controller.close();
      page = (await api(token, AuditExportPage, { first: 100, after: page.pageInfo.endCursor, filter })).data.auditEntries;
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, { headers: csvHeaders(`bitacora-${stamp}.csv`) });
};
