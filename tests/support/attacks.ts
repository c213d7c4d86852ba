// Operations that once froze or flooded the API (issue 5), for tests/api/attacks.test.ts and bench/attacks.ts.

/** n fragments, each spreading the previous one twice: under 1 KB for n=22, 2^n selections once expanded. */
export function fragmentBomb(n: number): string {
  let document = "fragment F1 on Query { __typename }";
  for (let i = 2; i <= n; i++) document += ` fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`;
  return `${document} query Bomb { ...F${n} }`;
}

const aliased = (count: number, selection: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(" ")} }`;

export const ATTACKS: { name: string; as: "anonymous" | "front_desk"; query: string; variables?: Record<string, unknown> }[] = [
  { name: "fragment bomb n=22", as: "anonymous", query: fragmentBomb(22) },
  { name: "fragment bomb n=23", as: "anonymous", query: fragmentBomb(23) },
  { name: "fragment bomb n=40", as: "anonymous", query: fragmentBomb(40) },
  { name: "500 aliases of a page of 100 with holders", as: "front_desk", query: aliased(500, "serviceConnections(first: 100) { nodes { holder { fullName } } }") },
  {
    name: "20 aliases of a page of 100 through holder, connections, history and ledger",
    as: "front_desk",
    query: aliased(20, "serviceConnections(first: 100) { nodes { holder { connections { history(first: 100) { nodes { summary } } ledger(first: 100) { nodes { amount } } } } } }"),
  },
  {
    name: "the same nesting once, sizes in variables",
    as: "front_desk",
    query: `query($n: Int) { serviceConnections(first: $n) { nodes { holder { connections { history(first: $n) { nodes { summary } } ledger(first: $n) { nodes { amount } } } } } } }`,
    variables: { n: 100 },
  },
  {
    name: "deep nesting",
    as: "front_desk",
    query: `{ workOrders { nodes { complaint { connection { openWorkOrders { complaint { connection { holder { connections { openWorkOrders { complaint { connection { holder { fullName } } } } } } } } } } } } } }`,
  },
  // 880 KB: under the 1 MB body cap, so that the token limit is what refuses it
  { name: "a huge token count", as: "anonymous", query: `{ ${"__typename ".repeat(80_000)}}` },
];
