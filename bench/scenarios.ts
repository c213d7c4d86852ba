// The operations under load: what the staff portal and the verifiers' devices send most.
export interface Scenario {
  key: string;
  title: string;
  /** who calls it */
  as: "front_desk" | "verifier";
  connections: number;
  seconds: number;
  /** one request body: a GraphQL operation and its variables (called per request) */
  body: () => { query: string; variables?: Record<string, unknown> };
  /** creates rows (so: shorter, fewer connections) */
  write?: boolean;
  /** runs against bench/reference-server.ts (the bare stack) instead of the API */
  reference?: boolean;
}

export interface ScenarioData {
  firstControlNumber: number;
  lastControlNumber: number;
  /** global ids of some connections (for fileComplaint) */
  connectionIds: string[];
  /** database ids of the connections, for random `after` cursors */
  maxConnectionDbId: number;
}

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const cursorFor = (id: number) => Buffer.from(`c:${id}`).toString("base64url");

/** Common holder names in the generated dataset (accents and case are ignored by the search). */
export const SEARCH_NAMES = ["jose perez", "maria lopez", "garcia", "juan ramirez", "guadalupe flores"] as const;

export const LOOKUP = `query Lookup($controlNumber: String!) {
  serviceConnection(controlNumber: $controlNumber) {
    controlNumber status balance street
    holder { fullName }
    locality { name }
  }
}`;

export const SEARCH = `query Search($search: String!) {
  serviceConnections(first: 20, filter: { search: $search }) {
    totalCount
    nodes { controlNumber status balance holder { fullName } locality { name } }
  }
}`;

export const LIST = `query List($after: String) {
  serviceConnections(first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id controlNumber street neighborhood status balance }
  }
}`;

export const LIST_WITH_RELATIONS = `query ListWithRelations($after: String) {
  serviceConnections(first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id controlNumber street status balance holder { fullName } locality { name } }
  }
}`;

export const MY_ORDERS = `query MyOrders {
  workOrders(filter: { assignedToMe: true }, first: 20) {
    totalCount
    nodes { folio type status dueAt overdue connection { controlNumber street holder { fullName } } }
  }
}`;

export const FILE_COMPLAINT = `mutation File($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    complaint { folio status }
    workOrder { folio }
    userErrors { field message code }
  }
}`;

export const ME = `query Me { me { id username fullName } }`;

export const REFERENCE_LOOKUP = `query RefLookup($controlNumber: String!) { connection(controlNumber: $controlNumber) { id controlNumber street status balance } }`;
export const REFERENCE_LIST = `query RefList($afterId: Int!) { connections(afterId: $afterId) { id controlNumber street neighborhood status balance } }`;

export function scenarios(data: ScenarioData): Scenario[] {
  const complaint = (category: "OTHER" | "EXCESS_CONSUMPTION") => () => ({
    query: FILE_COMPLAINT,
    variables: {
      input: {
        connectionId: pick(data.connectionIds),
        kind: "COMPLAINT",
        category,
        channel: "IN_PERSON",
        description: category === "OTHER" ? "Prueba de carga: solicita información" : "Prueba de carga: el recibo llegó muy alto",
      },
    },
  });
  const randomAfter = () => (Math.random() < 0.2 ? null : cursorFor(randomInt(1, Math.max(1, data.maxConnectionDbId - 60))));
  return [
    {
      key: "a", title: "serviceConnection(controlNumber) look-up", as: "front_desk", connections: 50, seconds: 10,
      body: () => ({ query: LOOKUP, variables: { controlNumber: String(randomInt(data.firstControlNumber, data.lastControlNumber)) } }),
    },
    {
      key: "b", title: "serviceConnections search by name (first 20 + totalCount)", as: "front_desk", connections: 50, seconds: 10,
      body: () => ({ query: SEARCH, variables: { search: pick(SEARCH_NAMES) } }),
    },
    {
      key: "c", title: "serviceConnections(first: 50) plain page", as: "front_desk", connections: 50, seconds: 10,
      body: () => ({ query: LIST, variables: { after: randomAfter() } }),
    },
    {
      key: "c2", title: "serviceConnections(first: 50) + holder + locality", as: "front_desk", connections: 50, seconds: 10,
      body: () => ({ query: LIST_WITH_RELATIONS, variables: { after: randomAfter() } }),
    },
    {
      key: "d", title: "workOrders(assignedToMe, first: 20) as verifier", as: "verifier", connections: 50, seconds: 10,
      body: () => ({ query: MY_ORDERS }),
    },
    {
      key: "e1", title: "fileComplaint OTHER (no order)", as: "front_desk", connections: 10, seconds: 5, write: true,
      body: complaint("OTHER"),
    },
    {
      key: "e2", title: "fileComplaint EXCESS_CONSUMPTION (+ verification order)", as: "front_desk", connections: 10, seconds: 5, write: true,
      body: complaint("EXCESS_CONSUMPTION"),
    },
    {
      key: "f", title: "me (auth + trivial resolver)", as: "front_desk", connections: 50, seconds: 10,
      body: () => ({ query: ME }),
    },
    {
      key: "r1", title: "reference: bare stack, findUnique by control number", as: "front_desk", connections: 50, seconds: 10, reference: true,
      body: () => ({ query: REFERENCE_LOOKUP, variables: { controlNumber: String(randomInt(data.firstControlNumber, data.lastControlNumber)) } }),
    },
    {
      key: "r2", title: "reference: bare stack, findMany of 50 (take 51)", as: "front_desk", connections: 50, seconds: 10, reference: true,
      body: () => ({ query: REFERENCE_LIST, variables: { afterId: randomInt(0, Math.max(0, data.maxConnectionDbId - 60)) } }),
    },
  ];
}
