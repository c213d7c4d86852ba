import { fail } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { Role } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { pageLinks, readCursor } from "$lib/pagination";
import { ALL_ROLES } from "$lib/admin";
import type { Actions, PageServerLoad } from "./$types";

const PAGE_SIZE = 30;

const StaffList = graphql(`
  query StaffList($first: Int!, $after: String, $filter: StaffFilter) {
    staffMembers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        fullName
        active
        roles
        lastLoginAt
        mustChangePassword
      }
    }
  }
`);

const CreateStaff = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      staff {
        id
        username
        fullName
      }
      temporaryPassword
      userErrors {
        field
        message
      }
    }
  }
`);

const FIELDS = ["username", "fullName", "roles"] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  const { token } = requireUser(locals);
  const q = url.searchParams.get("q")?.trim() || null;
  const { after } = readCursor(url);
  const { data } = await api(token, StaffList, { first: PAGE_SIZE, after, filter: { search: q } });
  const page = data.staffMembers;
  return { q: q ?? "", staff: page.nodes, totalCount: page.totalCount, pages: Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)), links: pageLinks(url, page.pageInfo.endCursor, page.pageInfo.hasNextPage) };
};

export const actions: Actions = {
  // answers with the page itself (no redirect): the temporary password is shown once, in this response only
  create: async ({ locals, request }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = { username: text(form, "username"), fullName: text(form, "fullName") };
    const roles = form.getAll("roles").map(String).filter((r): r is Role => ALL_ROLES.includes(r as Role));
    const { data } = await api(token, CreateStaff, { input: { ...values, roles } });
    const { staff, temporaryPassword, userErrors } = data.createStaff;
    if (!staff || userErrors.length) return fail(400, { values, roles, errors: userErrorsByField(userErrors, FIELDS) });
    return { created: { ...staff, temporaryPassword } };
  },
};
