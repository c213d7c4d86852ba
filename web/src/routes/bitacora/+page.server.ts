import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { can, canReadAudit } from "$lib/roles";
import { pageLinks, readCursor } from "$lib/pagination";
import { auditFilterFrom } from "$lib/server/audit-filter";
import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 25;

const AuditLog = graphql(`
  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {
    auditEntries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AuditEntryRow
      }
    }
  }
`);

const VerifyAuditChain = graphql(`
  query VerifyAuditChain($from: DateTimeISO, $to: DateTimeISO) {
    verifyAuditChain(from: $from, to: $to) {
      intact
      checkedEntries
      firstSeq
      lastSeq
      headSeq
      headHash
      verifiedAt
      brokenLink {
        seq
        entryId
        problem
        expected
        found
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url }) => {
  const { user, token } = requireUser(locals);
  if (!canReadAudit(user)) error(403, "Su puesto no consulta la bitácora.");
  const { filter, values } = auditFilterFrom(url);
  const { after } = readCursor(url);
  const { data } = await api(token, AuditLog, { first: PAGE_SIZE, after, filter });
  const page = data.auditEntries;
  const canVerify = can(user, "verifyAuditChain");
  // verifying is a read: it runs when the auditor asks for it, over the same date range
  const verification = canVerify && url.searchParams.has("verificar") ? (await api(token, VerifyAuditChain, { from: filter.from, to: filter.to })).data.verifyAuditChain : null;
  const exportQuery = new URLSearchParams([...url.searchParams].filter(([k]) => k !== "after" && k !== "prev" && k !== "verificar")).toString();
  return {
    values,
    entries: page.nodes,
    totalCount: page.totalCount,
    pages: Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)),
    links: pageLinks(url, page.pageInfo.endCursor, page.pageInfo.hasNextPage),
    canVerify,
    verification,
    exportHref: `/bitacora/bitacora.csv${exportQuery ? `?${exportQuery}` : ""}`,
  };
};
