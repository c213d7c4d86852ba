import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api, hidden } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { can, canFileComplaint, canManageRegister, canReadComplaints, canReadOrders } from "$lib/roles";
import { adviceAction, reconnectionAction } from "$lib/server/complaint-order-actions";
import { loadConnectionMoney } from "$lib/server/connection-money";
import type { Actions, PageServerLoad } from "./$types";

const HISTORY_STEP = 10;
const HISTORY_MAX = 500;

const ConnectionCard = graphql(`
  query ConnectionCard($controlNumber: String!, $historyFirst: Int!) {
    serviceConnection(controlNumber: $controlNumber) {
      id
      controlNumber
      street
      exteriorNumber
      neighborhood
      type
      status
      specialKind
      cancelledAt
      balance
      periodsOwed
      holder {
        fullName
        curp
        phone
        email
      }
      locality {
        name
        municipality
      }
      meter {
        serialNumber
        brand
        installedAt
        lastReadingM3
      }
      meters {
        serialNumber
        brand
        installedAt
        removedAt
        lastReadingM3
      }
      openComplaints {
        id
        folio
        kind
        category
        status
        createdAt
        availableActions
      }
      openWorkOrders {
        ...OrderSummary
      }
      history(first: $historyFirst) {
        totalCount
        ...HistoryPage
      }
    }
  }
`);

const MoreHistory = graphql(`
  query MoreHistory($controlNumber: String!, $first: Int!, $after: String) {
    serviceConnection(controlNumber: $controlNumber) {
      history(first: $first, after: $after) {
        ...HistoryPage
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, url, cookies }) => {
  const { user, token } = requireUser(locals);
  const wanted = Math.min(HISTORY_MAX, Math.max(HISTORY_STEP, Number(url.searchParams.get("eventos")) || HISTORY_STEP));
  const result = await api(token, ConnectionCard, { controlNumber: params.controlNumber, historyFirst: Math.min(wanted, 100) });
  const connection = result.data.serviceConnection;
  if (!connection) error(404, `No existe la toma con número de control ${params.controlNumber}.`);

  // "Ver más" asks for more events than one API page holds: follow the cursor until there are enough
  const events = [...(connection.history?.nodes ?? [])];
  let pageInfo = connection.history?.pageInfo;
  while (pageInfo?.hasNextPage && events.length < wanted) {
    const more = await api(token, MoreHistory, { controlNumber: params.controlNumber, first: Math.min(100, wanted - events.length), after: pageInfo.endCursor });
    const history = more.data.serviceConnection?.history;
    events.push(...(history?.nodes ?? []));
    pageInfo = history?.pageInfo;
  }

  const at = (field: string) => !hidden(result, `serviceConnection.${field}`);
  return {
    connection,
    money: await loadConnectionMoney(token, user, params.controlNumber, cookies, url),
    events,
    eventsTotal: connection.history?.totalCount ?? 0,
    nextEvents: pageInfo?.hasNextPage ? events.length + HISTORY_STEP : null,
    can: {
      curp: at("holder.curp"),
      phone: at("holder.phone"),
      email: at("holder.email"),
      balance: at("balance"),
      periodsOwed: at("periodsOwed"),
      history: at("history"),
      fileComplaint: canFileComplaint(user),
      manageRegister: canManageRegister(user),
      // the API lists only the complaints and orders the role may see: an empty list would mislead those who see none
      complaints: canReadComplaints(user),
      orders: canReadOrders(user),
      requestReconnection: can(user, "requestReconnection"),
    },
  };
};

export const actions: Actions = { reconexion: reconnectionAction, asesoria: adviceAction };
