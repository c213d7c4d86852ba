import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api, hiddenAnywhere } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { canReadOrders, canSearchConnections } from "$lib/roles";
import { pageLinks, readCursor } from "$lib/pagination";
import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 20;

const SearchConnections = graphql(`
  query SearchConnections($first: Int!, $after: String, $filter: ConnectionFilter) {
    serviceConnections(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          controlNumber
          street
          exteriorNumber
          neighborhood
          status
          balance
          holder {
            fullName
          }
          locality {
            name
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url }) => {
  const { user, token } = requireUser(locals);
  if (!canSearchConnections(user)) redirect(303, canReadOrders(user) ? "/ordenes" : "/login");

  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const { after } = readCursor(url);
  // no filter at all rather than `filter: null`, which the API answers with an internal error
  const result = await api(token, SearchConnections, { first: PAGE_SIZE, after, filter: q ? { search: q } : undefined });
  const page = result.data.serviceConnections;
  return {
    q,
    totalCount: page.totalCount,
    // beyond the API's count limit the page says "más de": a broad name is narrowed, not paged through
    countIsExact: page.totalCountIsExact,
    pages: Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)),
    rows: page.edges.map((e) => e.node),
    showBalance: !hiddenAnywhere(result, "balance"),
    links: pageLinks(url, page.pageInfo.endCursor, page.pageInfo.hasNextPage),
  };
};
