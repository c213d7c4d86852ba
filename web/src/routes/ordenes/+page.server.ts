import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { WorkOrderStatus, WorkOrderType } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, takeFlash } from "$lib/server/session";
import { oneOf } from "$lib/server/form";
import { canReadOrders, isVerifier } from "$lib/roles";
import { pageLinks, readCursor } from "$lib/pagination";
import { WORK_ORDER_STATUSES, WORK_ORDER_TYPES } from "$lib/labels";
import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 25;

const WorkOrderList = graphql(`
  query WorkOrderList($first: Int!, $after: String, $filter: WorkOrderFilter) {
    workOrders(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        folio
        type
        status
        dueAt
        overdue
        pausedAt
        department
        assignee {
          username
          fullName
        }
        complaint {
          locationText
        }
        connection {
          ...ConnectionSummary
          meter {
            serialNumber
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  const { user, token } = requireUser(locals);
  if (!canReadOrders(user)) error(403, "Su puesto no consulta órdenes de trabajo.");

  const type = oneOf(url.searchParams.get("tipo") ?? "", Object.keys(WORK_ORDER_TYPES) as WorkOrderType[]);
  // by default only pending work; "todos" lifts the status filter
  const estado = url.searchParams.get("estado") ?? "pendientes";
  const pending = estado === "pendientes";
  const status = oneOf(estado, Object.keys(WORK_ORDER_STATUSES) as WorkOrderStatus[]);
  // a verifier's list is its own work; other roles see every order their role may read
  const mine = isVerifier(user);
  const { after } = readCursor(url);
  const { data } = await api(token, WorkOrderList, { first: PAGE_SIZE, after, filter: { type, status, open: pending || null, assignedToMe: mine || null } });
  const page = data.workOrders;
  return {
    mine,
    filter: { type: type ?? "", status: pending ? "pendientes" : (status ?? "todos") },
    orders: page.nodes,
    totalCount: page.totalCount,
    pages: Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)),
    links: pageLinks(url, page.pageInfo.endCursor, page.pageInfo.hasNextPage),
    flash: takeFlash(cookies, url),
  };
};
