// npm run bench:discount — the time of a meter adjustment at the counter: requestDiscount (priced with the tariff,
// under the verification's row lock) + authorizeDiscount (credit, balance, APPLIED, meter replacement order, audit),
// through the GraphQL app in-process on a scratch PostgreSQL database. `measureDiscount` is importable by bench/run.ts.
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { deployMigrations } from "../server/src/db/migrate.ts";
import { createPostgresClient } from "../server/src/db/client.ts";
import { seedCatalogs } from "../server/src/db/catalogs.ts";
import { loadConfig } from "../server/src/config.ts";
import { createApp } from "../server/src/app.ts";
import { newSessionToken, sha256 } from "../server/src/auth/tokens.ts";
import { toGlobalId } from "../server/src/shared/global-id.ts";

const REQUEST = `mutation($i: RequestDiscountInput!) { requestDiscount(input: $i) { discount { id amount } userErrors { message } } }`;
const AUTHORIZE = `mutation($i: DiscountDecisionInput!) { authorizeDiscount(input: $i) { discount { status } credit { amount } userErrors { message } } }`;

export interface DiscountTimings {
  samples: number;
  request: { median: number; p95: number };
  authorize: { median: number; p95: number };
  pair: { median: number; p95: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const stats = (xs: number[]) => ({ median: median(xs), p95: p95(xs) });

/** Sequential request + authorize pairs, each on its own connection and verification (ms). */
export async function measureDiscount(adminUrl = "postgresql://postgres@127.0.0.1:5432/postgres", samples = 60): Promise<DiscountTimings> {
  const name = `ventanilla_discount_${randomBytes(3).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client(adminUrl);
    await client.connect();
    try { await client.query(sql); } finally { await client.end(); }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  try {
    await deployMigrations({ url });
    const db = createPostgresClient(url, 10);
    await seedCatalogs(db);
    const app = await createApp({ db, config: loadConfig({ DATABASE_URL: url }) });
    const session = async (role: "FRONT_DESK" | "HEAD") => {
      const staff = await db.staff.create({ data: { username: `${role.toLowerCase()}_${randomBytes(3).toString("hex")}`, fullName: role, passwordHash: "x", roles: [role] } });
      const token = newSessionToken();
      await db.session.create({ data: { tokenHash: sha256(token), staffId: staff.id, expiresAt: new Date(Date.now() + 3_600_000) } });
      return token;
    };
    const [clerk, head] = [await session("FRONT_DESK"), await session("HEAD")];
    const locality = await db.locality.findFirstOrThrow();
    const run = async (query: string, variables: Record<string, unknown>, token: string) => {
      const response = await app.execute(query, variables, token);
      const body = response.body.kind === "single" ? response.body.singleResult : null;
      if (!body || body.errors) throw new Error(JSON.stringify(body?.errors));
      return body.data as Record<string, { userErrors: { message: string }[] } & Record<string, any>>;
    };

    const timings = { request: [] as number[], authorize: [] as number[], pair: [] as number[] };
    for (let i = 0; i < samples + 10; i++) {
      const holder = await db.user.create({ data: { fullName: "Usuario Banco", searchText: "usuario banco" } });
      const connection = await db.serviceConnection.create({ data: { controlNumber: `98${String(i).padStart(4, "0")}`, holderId: holder.id, street: "Calle", localityId: locality.id, searchText: "x", balance: "760.50" } });
      await db.ledgerEntry.create({ data: { connectionId: connection.id, kind: "CHARGE", period: "2026-10", consumptionM3: "45", amount: "760.50", balanceAfter: "760.50", description: "Consumo 2026-10" } });
      const order = await db.workOrder.create({ data: { folio: `OV-B-${i}`, type: "VERIFICATION", status: "COMPLETED", connectionId: connection.id, dueAt: new Date(), verificationOutcome: "METER_OVER_REGISTERING", excessM3: "12", completedAt: new Date() } });
      const t0 = performance.now();
      const requested = await run(REQUEST, { i: { kind: "METER_ADJUSTMENT", connectionId: toGlobalId("ServiceConnection", connection.id), verificationOrderId: toGlobalId("WorkOrder", order.id), volumeM3: "12", period: "2026-10", reason: "Medidor" } }, clerk);
      const t1 = performance.now();
      const authorized = await run(AUTHORIZE, { i: { discountId: requested.requestDiscount.discount.id, reason: "" } }, head);
      const t2 = performance.now();
      if (requested.requestDiscount.userErrors.length || authorized.authorizeDiscount.userErrors.length || authorized.authorizeDiscount.credit.amount !== "271.20") {
        throw new Error(`unexpected result: ${JSON.stringify({ requested, authorized })}`);
      }
      if (i < 10) continue; // warm-up
      timings.request.push(t1 - t0);
      timings.authorize.push(t2 - t1);
      timings.pair.push(t2 - t0);
    }
    await app.stop();
    await db.$disconnect();
    return { samples, request: stats(timings.request), authorize: stats(timings.authorize), pair: stats(timings.pair) };
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = await measureDiscount(process.env.BENCH_ADMIN_URL, Number(process.env.SAMPLES ?? 60));
  const fmt = (s: { median: number; p95: number }) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`;
  console.log(`meter adjustment through GraphQL in-process, PostgreSQL, ${t.samples} sequential samples after 10 warm-up`);
  console.log(`requestDiscount                 ${fmt(t.request)}`);
  console.log(`authorizeDiscount               ${fmt(t.authorize)}`);
  console.log(`requestDiscount + authorize     ${fmt(t.pair)}`);
}
