// node --import tsx bench/delinquency.ts — how long the delinquency list per crew takes: the portal's first page (totals
// per crew + 50 rows with last payment and open order) and a crew's full list page by page, through the API in-process.
// By default on its own scratch PostgreSQL database seeded with 20,000 customers (BENCH_USERS); with
// BENCH_DATABASE_URL on an existing dataset instead, e.g. the city-scale one `npm run bench:data` builds (read only).
import pg from "pg";
import { createPostgresClient } from "../server/src/db/client.ts";
import { seedDemo } from "../server/src/db/seed.ts";
import { createApp } from "../server/src/app.ts";
import { loadConfig } from "../server/src/config.ts";
import { newSessionToken, sha256 } from "../server/src/auth/tokens.ts";

const USERS = Number(process.env.BENCH_USERS ?? 20000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = "ventanilla_bench_delinquency";
const existing = process.env.BENCH_DATABASE_URL;
const url = existing ?? Object.assign(new URL(ADMIN_URL), { pathname: `/${NAME}` }).toString();
const admin = async (sql: string) => {
  const c = new pg.Client(ADMIN_URL);
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
};

const LIST = `query($filter: DelinquencyFilter, $first: Int!, $after: String) { delinquencyList(filter: $filter) { minBalance crews { crew { id name } connections totalBalance }
  connections(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { controlNumber holderName address balance periodsOwed lastPaymentAt openLimitationOrder { folio } } } } }`;

const db = createPostgresClient(url, 5);
let t = Date.now();
if (!existing) {
  await admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${NAME}"`);
  const { deployMigrations } = await import("../server/src/db/migrate.ts");
  await deployMigrations({ url });
  await seedDemo(db, { users: USERS, log: () => {} });
}
const c = new pg.Client(url);
await c.connect();
if (!existing) await c.query("VACUUM ANALYZE");
const { rows: [size] } = await c.query(`SELECT (SELECT count(*) FROM "ServiceConnection")::int AS connections, (SELECT count(*) FROM "LedgerEntry")::int AS ledger, (SELECT count(*) FROM "WorkOrder")::int AS orders`);
await c.end();
console.log(`${existing ? "existing dataset" : `seeded ${USERS} customers`} (${size.connections} connections, ${size.ledger} ledger entries, ${size.orders} orders) in ${((Date.now() - t) / 1000).toFixed(0)} s`);

const staff = await db.staff.findFirstOrThrow({ where: { username: "collections" } });
const token = newSessionToken();
await db.session.create({ data: { tokenHash: sha256(token), staffId: staff.id, expiresAt: new Date(Date.now() + 3_600_000) } });
const app = await createApp({ db, config: loadConfig({ DATABASE_URL: url }) });
const run = async (variables: Record<string, unknown>) => {
  const response = await app.execute(LIST, variables, token);
  if (response.body.kind !== "single" || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
  return response.body.singleResult.data as { delinquencyList: { crews: { crew: { id: string }; connections: number }[]; connections: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const first: number[] = [];
let listed = 0;
let crew = "";
for (let i = 0; i < ROUNDS; i++) {
  t = performance.now();
  const r = await run({ first: 50 });
  first.push(performance.now() - t);
  listed = r.delinquencyList.connections.totalCount;
  crew = r.delinquencyList.crews[0].crew.id;
}
const full: number[] = [];
let pages = 0;
for (let i = 0; i < Math.min(ROUNDS, Number(process.env.BENCH_FULL_ROUNDS ?? 5)); i++) {
  t = performance.now();
  let after: string | null = null;
  pages = 0;
  do {
    const r = await run({ first: 100, after, filter: { crewId: crew } });
    pages++;
    after = r.delinquencyList.connections.pageInfo.hasNextPage ? r.delinquencyList.connections.pageInfo.endCursor : null;
  } while (after);
  full.push(performance.now() - t);
}
console.log(`delinquency list: ${listed} delinquent connections; first page (totals + 50 rows) median ${median(first).toFixed(0)} ms over ${ROUNDS}; one crew's whole list (${pages} pages of 100) median ${median(full).toFixed(0)} ms`);
await app.stop();
await db.$disconnect();
await db.session.deleteMany({ where: { tokenHash: sha256(token) } });
if (!existing) await admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
