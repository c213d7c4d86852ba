// A crew and its open limitation orders, read page by page (the screen, its PDF and the results form share it).
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { formatAddress } from "$lib/format";

const CrewLimitationSheet = graphql(`
  query CrewLimitationSheet($crewId: ID!, $after: String) {
    crews {
      id
      name
      leaderName
    }
    crewLimitationOrders(crewId: $crewId, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        folio
        status
        issuedAt
        dueAt
        pausedAt
        availableActions
        connection {
          controlNumber
          street
          exteriorNumber
          neighborhood
          balance
          periodsOwed
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

/** The most orders one sheet holds (a crew's list is a day or two of field work). */
const MAX_PAGES = 5;

export async function crewSheet(token: string, crewId: string) {
  const orders = [];
  let after: string | null = null;
  let crew: { id: string; name: string; leaderName: string } | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data }: { data: { crews: { id: string; name: string; leaderName: string }[]; crewLimitationOrders: { pageInfo: { hasNextPage: boolean; endCursor?: string | null }; nodes: unknown[] } } } =
      await api(token, CrewLimitationSheet, { crewId, after });
    crew = data.crews.find((c) => c.id === crewId);
    orders.push(...(data.crewLimitationOrders.nodes as OrderNode[]));
    if (!data.crewLimitationOrders.pageInfo.hasNextPage) break;
    after = data.crewLimitationOrders.pageInfo.endCursor ?? null;
  }
  if (!crew) error(404, "La cuadrilla no existe.");
  return {
    crew,
    orders: orders.map((o) => ({
      id: o.id,
      folio: o.folio,
      dueAt: o.dueAt,
      issuedAt: o.issuedAt,
      paused: !!o.pausedAt,
      /** whether this caller may record its result now (the API's availableActions) */
      recordable: o.availableActions.includes("complete"),
      controlNumber: o.connection?.controlNumber ?? "—",
      holderName: o.connection?.holder?.fullName ?? "—",
      address: o.connection ? formatAddress(o.connection) : "—",
      localityName: o.connection?.locality?.name ?? "—",
      balance: o.connection?.balance ?? "0",
      periodsOwed: o.connection?.periodsOwed ?? 0,
    })),
  };
}

type OrderNode = {
  id: string; folio: string; dueAt: string; issuedAt: string; pausedAt?: string | null; availableActions: string[];
  connection: { controlNumber: string; street: string; exteriorNumber?: string | null; neighborhood?: string | null; balance?: string | null; periodsOwed?: number | null; holder?: { fullName: string } | null; locality?: { name: string } | null } | null;
};
