// node --import tsx bench/tablero.ts — how long the head's tablero (departmentDashboard: its SQL figures) and the work
// inbox's first page (openWork, 20 rows with countdown, assignee, connection and actions) take through the API
// in-process. By default on its own scratch PostgreSQL database seeded with 20,000 customers (BENCH_USERS); with
// BENCH_DATABASE_URL on an existing dataset instead (read only).
import "reflect-metadata";
import pg from "pg";
import { createPostgresClient } from "../server/src/db/client.ts";
import { seedDemo } from "../server/src/db/seed.ts";
import { createApp } from "../server/src/app.ts";
import { loadConfig } from "../server/src/config.ts";
import { newSessionToken, sha256 } from "../server/src/auth/tokens.ts";

const USERS = Number(process.env.BENCH_USERS ?? 20000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = "ventanilla_bench_tablero";
const existing = process.env.BENCH_DATABASE_URL;
const url = existing ?? Object.assign(new URL(ADMIN_URL), { pathname: `/${NAME}` }).toString();
const admin = async (sql: string) => {
  const c = new pg.Client(ADMIN_URL);
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
};

const DASHBOARD = `{ departmentDashboard { year month openByTypeAndDepartment { type department open overdue } aging { bucket open overdue }
  complaintsFiled complaintsByCategoryAndChannel { category channel count } complaintsResolved complaintResolutionMedianHours
  ordersCompletedByType { type completed medianHours onTime } verificationsByOutcome { outcome count } } }`;
const INBOX = `query($filter: OpenWorkFilter) { openWork(first: 20, filter: $filter) { totalCount nodes { folio type status escalationLevel availableActions
  dueCountdown { text } assignee { fullName } complaint { locationText } connection { controlNumber street holder { fullName } locality { name } } } } }`;

const db = createPostgresClient(url, 5);
let t = Date.now();
if (!existing) {
  await admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${NAME}"`);
  const { deployMigrations } = await import("../server/src/db/migrate.ts");
  await deployMigrations({ url });
  await seedDemo(db, { users: USERS, log: () => {} });
  const c = new pg.Client(url);
  await c.connect();
  await c.query("VACUUM ANALYZE");
  await c.end();
}
const [orders, complaints] = await Promise.all([db.workOrder.count(), db.complaint.count()]);
console.log(`${existing ? "existing dataset" : `seeded ${USERS} customers`} (${orders} orders, ${complaints} complaints) in ${((Date.now() - t) / 1000).toFixed(0)} s`);

const app = await createApp({ db, config: loadConfig({ DATABASE_URL: url }) });
const tokens: string[] = [];
async function as(username: string) {
  const staff = await db.staff.findFirstOrThrow({ where: { username } });
  const token = newSessionToken();
  await db.session.create({ data: { tokenHash: sha256(token), staffId: staff.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  tokens.push(token);
  return token;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(label: string, query: string, variables: Record<string, unknown>, token: string) {
  const runs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    t = performance.now();
    const response = await app.execute(query, variables, token);
    if (response.body.kind !== "single" || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
    runs.push(performance.now() - t);
  }
  console.log(`${label}: median ${median(runs).toFixed(1)} ms, slowest ${Math.max(...runs).toFixed(1)} ms over ${ROUNDS}`);
}
const head = await as("head");
const verifier = await as("verifier");
await time("tablero (departmentDashboard) as the head", DASHBOARD, {}, head);
await time("bandeja, department's first page of 20, as the head", INBOX, { filter: { myDepartment: true } }, head);
await time("bandeja, own orders, as a verifier", INBOX, { filter: { mine: true } }, verifier);
await app.stop();
await db.session.deleteMany({ where: { tokenHash: { in: tokens.map(sha256) } } });
await db.$disconnect();
