// The work inbox (bandeja): the caller's open orders, the longest overdue first, in four views (mine, my department's,
// overdue, escalated). Each row offers the actions the API lists for it (availableActions); the ones that need no form
// (start, resume) are taken right here, the others open the order's page.
import { error, fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { OpenWorkFilter, WorkOrderType } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { oneOf, text } from "$lib/server/form";
import { WORK_ORDER_TYPES } from "$lib/labels";
import { can, isVerifier } from "$lib/roles";
import { pageLinks, readCursor } from "$lib/pagination";
import type { Actions, PageServerLoad } from "./$types";

const PAGE_SIZE = 20;

const Bandeja = graphql(`
  query Bandeja($filter: OpenWorkFilter, $first: Int!, $after: String) {
    openWork(filter: $filter, first: $first, after: $after) {
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
        department
        dueAt
        escalationLevel
        pauseReason
        availableActions
        dueCountdown {
          businessMinutes
          overdue
          paused
          text
        }
        assignee {
          fullName
        }
        complaint {
          locationText
          locality {
            name
          }
        }
        connection {
          ...ConnectionSummary
        }
      }
    }
    mine: openWork(filter: { mine: true }, first: 1) {
      totalCount
    }
    department: openWork(filter: { myDepartment: true }, first: 1) {
      totalCount
    }
    overdue: openWork(filter: { myDepartment: true, overdue: true }, first: 1) {
      totalCount
    }
    escalated: openWork(filter: { myDepartment: true, escalated: true }, first: 1) {
      totalCount
    }
  }
`);

const InboxStartWorkOrder = graphql(`
  mutation InboxStartWorkOrder($input: StartWorkOrderInput!) {
    startWorkOrder(input: $input) {
      workOrder {
        id
        folio
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const InboxResumeWorkOrder = graphql(`
  mutation InboxResumeWorkOrder($input: ResumeWorkOrderInput!) {
    resumeWorkOrder(input: $input) {
      workOrder {
        id
        folio
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** The inbox's views, in the order of its tabs; each is a filter of openWork. */
const VIEWS = {
  mias: { label: "Mías", filter: { mine: true } },
  departamento: { label: "De mi departamento", filter: { myDepartment: true } },
  vencidas: { label: "Vencidas", filter: { myDepartment: true, overdue: true } },
  escaladas: { label: "Escaladas", filter: { myDepartment: true, escalated: true } },
} satisfies Record<string, { label: string; filter: OpenWorkFilter }>;
type View = keyof typeof VIEWS;

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readOpenWork")) error(403, "Su puesto no recibe órdenes de trabajo.");
  const asked = url.searchParams.get("vista");
  // a verifier works its own orders; everyone else starts from the department's
  const view: View = asked && asked in VIEWS ? (asked as View) : isVerifier(user) ? "mias" : "departamento";
  const { after } = readCursor(url);
  // within the view, one type of order ("?tipo=LEAK_REPAIR")
  const type = oneOf(url.searchParams.get("tipo") ?? "", Object.keys(WORK_ORDER_TYPES) as WorkOrderType[]);
  const { data } = await api(token, Bandeja, { filter: { ...VIEWS[view].filter, type }, first: PAGE_SIZE, after });
  const page = data.openWork;
  return {
    view,
    type: type ?? "",
    views: Object.entries(VIEWS).map(([key, v]) => ({ key, label: v.label })),
    counts: { mias: data.mine.totalCount, departamento: data.department.totalCount, vencidas: data.overdue.totalCount, escaladas: data.escalated.totalCount },
    orders: page.nodes,
    totalCount: page.totalCount,
    pages: Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)),
    links: pageLinks(url, page.pageInfo.endCursor, page.pageInfo.hasNextPage),
    flash: takeFlash(cookies, url),
  };
};

/** Back to the same view and page of the inbox, with a message. */
function back(event: RequestEvent, message: string): never {
  setFlash(event.cookies, event.url, message);
  redirect(303, `/bandeja${event.url.search.replace(/[?&]\/[a-z]+/, "")}`);
}

async function orderId(event: RequestEvent) {
  const { token } = requireUser(event.locals);
  const id = text(await event.request.formData(), "id");
  return { token, id };
}

export const actions: Actions = {
  iniciar: async (event) => {
    const { token, id } = await orderId(event);
    if (!id) return fail(400, { id, message: "Falta la orden" });
    const { data } = await api(token, InboxStartWorkOrder, { input: { workOrderId: id } });
    const { workOrder, userErrors } = data.startWorkOrder;
    if (!workOrder || userErrors.length) return fail(400, { id, message: userErrors.map((e) => e.message).join(" ") || "No se pudo iniciar la orden" });
    back(event, `Orden ${workOrder.folio} en proceso.`);
  },
  reanudar: async (event) => {
    const { token, id } = await orderId(event);
    if (!id) return fail(400, { id, message: "Falta la orden" });
    const { data } = await api(token, InboxResumeWorkOrder, { input: { workOrderId: id } });
    const { workOrder, userErrors } = data.resumeWorkOrder;
    if (!workOrder || userErrors.length) return fail(400, { id, message: userErrors.map((e) => e.message).join(" ") || "No se pudo reanudar la orden" });
    back(event, `Orden ${workOrder.folio} reanudada; su fecha límite se recorrió por el tiempo hábil en pausa.`);
  },
};
