// The operations under load: the staff portal's own documents (web/src/lib/graphql/generated), as its screens send them.
import { print, type DocumentNode } from "graphql";
import {
  ConnectionCardDocument, DelinquencyPageDocument, FileComplaintDocument, MeDocument, SearchConnectionsDocument, WorkOrderDetailDocument, WorkOrderListDocument,
} from "../web/src/lib/graphql/generated/graphql.ts";

export type Caller = "front_desk" | "verifier" | "collections";

export interface Scenario {
  key: string;
  title: string;
  /** who calls it */
  as: Caller;
  connections: number;
  seconds: number;
  /** one request body: a GraphQL operation and its variables (called per request) */
  body: () => { query: string; variables?: Record<string, unknown>; operationName?: string };
  /** creates rows (so: shorter, fewer connections) */
  write?: boolean;
  /** runs against bench/reference-server.ts (the bare stack) instead of the API */
  reference?: boolean;
  /** a restricted field answered null with FORBIDDEN is part of the answer (not counted as an error) */
  allowForbidden?: boolean;
  /** runs against bench/raw-server.ts: the same rows by hand-written SQL (`ceilingOf` names the API scenario) */
  ceilingOf?: string;
}

export interface ScenarioData {
  firstControlNumber: number;
  lastControlNumber: number;
  /** global ids of some connections (for fileComplaint) */
  connectionIds: string[];
  /** global ids of the verifier's open orders, and the staff id of that verifier */
  verifierOrderIds: string[];
  verifierStaffId: number;
  /** a crew's id, for its delinquency list */
  crewId: string;
}

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const text = (doc: DocumentNode) => print(doc);

/** Common holder names in the generated dataset (accents and case are ignored by the search). */
export const SEARCH_NAMES = ["jose perez", "maria lopez", "garcia", "juan ramirez", "guadalupe flores"] as const;
/** What a clerk types of a street: a piece of its name, sometimes with the number. */
export const SEARCH_STREETS = ["benito jua", "hidalgo 12", "zaragoza", "insurgentes 3", "morelos"] as const;

/** The portal's pages: the search page shows 20 rows, the ficha 10 history events, the order list 25 rows. */
export const SEARCH_PAGE = 20;
export const HISTORY_STEP = 10;
export const ORDERS_PAGE = 25;

export const SEARCH = text(SearchConnectionsDocument);
const searchBody = (search: string) => ({ query: SEARCH, operationName: "SearchConnections", variables: { first: SEARCH_PAGE, filter: { search } } });

/** A look-up and `me`, for bench/attacks.ts's normal queries. */
export const LOOKUP = `query Lookup($controlNumber: String!) {
  serviceConnection(controlNumber: $controlNumber) { controlNumber status balance street holder { fullName } locality { name } }
}`;
export const ME = text(MeDocument);

export const REFERENCE_LOOKUP = `query RefLookup($controlNumber: String!) { connection(controlNumber: $controlNumber) { id controlNumber street status balance } }`;

export function scenarios(data: ScenarioData): Scenario[] {
  const controlNumber = () => String(randomInt(data.firstControlNumber, data.lastControlNumber));
  const name = () => searchBody(pick(SEARCH_NAMES));
  const byNumber = () => searchBody(controlNumber());
  const street = () => searchBody(pick(SEARCH_STREETS));
  const card = () => ({ query: text(ConnectionCardDocument), operationName: "ConnectionCard", variables: { controlNumber: controlNumber(), historyFirst: HISTORY_STEP } });
  const order = () => ({ query: text(WorkOrderDetailDocument), operationName: "WorkOrderDetail", variables: { id: pick(data.verifierOrderIds) } });
  const myOrders = () => ({ query: text(WorkOrderListDocument), operationName: "WorkOrderList", variables: { first: ORDERS_PAGE, filter: { open: true, assignedToMe: true } } });
  const raw = (body: () => { operationName: string; variables: Record<string, unknown> }, as: Caller) => () => {
    const b = body();
    return { query: "", operationName: b.operationName, variables: { ...b.variables, ...(as === "verifier" ? { staffId: data.verifierStaffId } : {}) } };
  };
  const reads: Scenario[] = [
    { key: "s1", title: "búsqueda por nombre (SearchConnections, 20 + totalCount)", as: "front_desk", connections: 50, seconds: 10, body: name },
    { key: "s2", title: "búsqueda por número de control (SearchConnections)", as: "front_desk", connections: 50, seconds: 10, body: byNumber },
    { key: "s3", title: "búsqueda por calle parcial (SearchConnections)", as: "front_desk", connections: 50, seconds: 10, body: street },
    { key: "f1", title: "ficha, ventanilla (ConnectionCard: toma, titular, saldo, 10 eventos, quejas y órdenes abiertas)", as: "front_desk", connections: 50, seconds: 10, body: card },
    { key: "f2", title: "ficha del verificador (WorkOrderDetail de una orden suya)", as: "verifier", connections: 50, seconds: 10, body: order, allowForbidden: true },
    { key: "m", title: "mis órdenes (WorkOrderList, verificador, 25 abiertas)", as: "verifier", connections: 50, seconds: 10, body: myOrders },
    {
      key: "d", title: "lista de morosos de una cuadrilla (DelinquencyPage, 50 por página, cobranza)", as: "collections", connections: 50, seconds: 10,
      body: () => ({ query: text(DelinquencyPageDocument), operationName: "DelinquencyPage", variables: { first: 50, filter: { crewId: data.crewId } } }),
    },
    { key: "me", title: "Me (sesión + un campo)", as: "front_desk", connections: 50, seconds: 10, body: () => ({ query: text(MeDocument), operationName: "Me" }) },
  ];
  const ceilings: Scenario[] = reads
    // no ceiling for `me` (nothing to read) nor, yet, for the delinquency list (its crew totals and last payments)
    .filter((s) => s.key !== "me" && s.key !== "d")
    .map((s) => ({ ...s, key: `${s.key}-raw`, title: `raw SQL: ${s.title}`, ceilingOf: s.key, body: raw(s.body as () => { operationName: string; variables: Record<string, unknown> }, s.as) }));
  return [
    ...reads,
    {
      key: "w1", title: "registro de queja EXCESS_CONSUMPTION (FileComplaint + orden de verificación)", as: "front_desk", connections: 10, seconds: 5, write: true,
      body: () => ({
        query: text(FileComplaintDocument), operationName: "FileComplaint",
        variables: { input: { connectionId: pick(data.connectionIds), kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "Prueba de carga: el recibo llegó muy alto" } },
      }),
    },
    ...ceilings,
    {
      key: "r1", title: "reference: bare stack, findUnique by control number", as: "front_desk", connections: 50, seconds: 10, reference: true,
      body: () => ({ query: REFERENCE_LOOKUP, variables: { controlNumber: controlNumber() } }),
    },
  ];
}
