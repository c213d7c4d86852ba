import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { can } from "$lib/roles";
import { pageLinks, readCursor } from "$lib/pagination";
import type { Actions, PageServerLoad } from "./$types";

const PAGE_SIZE = 50;

const DelinquencyPage = graphql(`
  query DelinquencyPage($filter: DelinquencyFilter, $first: Int!, $after: String) {
    delinquencyList(filter: $filter) {
      minBalance
      minPeriodsOwed
      crews {
        crew {
          id
          name
          leaderName
        }
        connections
        totalBalance
      }
      connections(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          connectionId
          controlNumber
          holderName
          address
          localityName
          status
          balance
          periodsOwed
          lastPaymentAt
          crew {
            id
            name
          }
          openLimitationOrder {
            id
            folio
          }
        }
      }
    }
    crews {
      id
      name
      leaderName
    }
    localities {
      id
      name
    }
  }
`);

const IssueLimitationOrders = graphql(`
  mutation IssueLimitationOrders($input: IssueLimitationOrdersInput!) {
    issueLimitationOrders(input: $input) {
      orders {
        folio
      }
      skipped {
        message
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** The filter in the URL (cuadrilla, localidad, adeudo, periodos, limitadas); empty thresholds take the settings'. */
function filterOf(url: URL) {
  const p = url.searchParams;
  const number = (name: string) => (p.get(name)?.trim() ? Number(p.get(name)) : null);
  return {
    crewId: p.get("cuadrilla") || null,
    localityId: p.get("localidad") || null,
    minBalance: p.get("adeudo")?.trim() || null,
    minPeriodsOwed: number("periodos"),
    includeLimited: p.get("limitadas") === "1" || null,
  };
}

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readDelinquency")) error(403, "Su puesto no consulta la lista de morosos.");
  const filter = filterOf(url);
  const { after } = readCursor(url);
  const { data } = await api(token, DelinquencyPage, { filter, first: PAGE_SIZE, after });
  const list = data.delinquencyList;
  return {
    filter: {
      cuadrilla: filter.crewId ?? "", localidad: filter.localityId ?? "", adeudo: url.searchParams.get("adeudo") ?? "",
      periodos: url.searchParams.get("periodos") ?? "", limitadas: !!filter.includeLimited,
    },
    thresholds: { minBalance: list.minBalance, minPeriodsOwed: list.minPeriodsOwed },
    totals: list.crews,
    rows: list.connections.nodes,
    totalCount: list.connections.totalCount,
    pages: Math.max(1, Math.ceil(list.connections.totalCount / PAGE_SIZE)),
    links: pageLinks(url, list.connections.pageInfo.endCursor, list.connections.pageInfo.hasNextPage),
    crews: data.crews,
    localities: data.localities,
    printedAt: new Date().toISOString(),
    flash: takeFlash(cookies, url),
  };
};

export const actions: Actions = {
  emitir: async ({ locals, request, cookies, url }) => {
    const { user, token } = requireUser(locals);
    if (!can(user, "issueLimitationOrders")) error(403, "Solo Cobranza emite órdenes de limitación.");
    const form = await request.formData();
    const crewId = String(form.get("crewId") ?? "");
    const connectionIds = form.getAll("connectionId").map(String);
    const { data } = await api(token, IssueLimitationOrders, { input: { crewId, connectionIds } });
    const { orders, skipped, userErrors } = data.issueLimitationOrders;
    if (userErrors.length) return fail(400, { errors: userErrors.map((e) => e.message) });
    const issued = orders.length === 1 ? "1 orden de limitación emitida" : `${orders.length} órdenes de limitación emitidas`;
    const range = orders.length ? ` (${orders[0].folio}${orders.length > 1 ? ` a ${orders.at(-1)!.folio}` : ""})` : "";
    setFlash(cookies, url, [`${issued}${range}.`, ...skipped.map((s) => `Sin orden: ${s.message}.`)].join(" "));
    redirect(303, `/morosos/cuadrilla/${encodeURIComponent(crewId)}`);
  },
};
