import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, takeFlash } from "$lib/server/session";
import { pageLinks, readCursor } from "$lib/pagination";
import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 25;

const RegisterUsers = graphql(`
  query RegisterUsers($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        fullName
        curp
        phone
        connections {
          controlNumber
          status
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  const { token } = requireUser(locals);
  const search = url.searchParams.get("q")?.trim() || null;
  const { after } = readCursor(url);
  const { data, forbidden } = await api(token, RegisterUsers, { first: PAGE_SIZE, after, filter: { search } });
  const page = data.users;
  return {
    q: search ?? "",
    users: page.nodes,
    showCurp: ![...forbidden].some((path) => path.endsWith(".curp")),
    totalCount: page.totalCount,
    pages: Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)),
    links: pageLinks(url, page.pageInfo.endCursor, page.pageInfo.hasNextPage),
    flash: takeFlash(cookies, url),
  };
};
