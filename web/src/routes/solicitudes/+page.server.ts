import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { InformationRequestStatus } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, takeFlash } from "$lib/server/session";
import { oneOf } from "$lib/server/form";
import { canReadInformationRequests } from "$lib/roles";
import { pageLinks, readCursor } from "$lib/pagination";
import { INFORMATION_REQUEST_STATUSES } from "$lib/labels";
import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 25;

const InformationRequestList = graphql(`
  query InformationRequestList($first: Int!, $after: String, $filter: InformationRequestFilter) {
    informationRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        folio
        receivedAt
        requesterName
        subject
        responsibleArea
        status
        deadline {
          ...DeadlineFields
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  const { user, token } = requireUser(locals);
  if (!canReadInformationRequests(user)) error(403, "Su puesto no consulta las solicitudes de información.");
  const estado = url.searchParams.get("estado") ?? "pendientes";
  const status = oneOf(estado, Object.keys(INFORMATION_REQUEST_STATUSES) as InformationRequestStatus[]);
  const search = url.searchParams.get("q")?.trim() || null;
  const { after } = readCursor(url);
  const { data } = await api(token, InformationRequestList, { first: PAGE_SIZE, after, filter: { status, open: estado === "pendientes" || null, search } });
  const page = data.informationRequests;
  return {
    filter: { status: status ?? estado, q: search ?? "" },
    requests: page.nodes,
    totalCount: page.totalCount,
    pages: Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)),
    links: pageLinks(url, page.pageInfo.endCursor, page.pageInfo.hasNextPage),
    flash: takeFlash(cookies, url),
  };
};
