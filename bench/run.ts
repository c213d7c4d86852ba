// npm run bench — the portal's own operations under load on the city-scale dataset (PostgreSQL, loopback only), beside
// the raw SQL ceiling (bench/raw-server.ts) and the bare stack (bench/reference-server.ts) measured in the same run.
//
//   BENCH_REUSE_DB=1          reuse the dataset `npm run bench:data` built in `ventanilla_bench` (else it is built here)
//   BENCH_CONNECTIONS=20000   size of the dataset built here (300,000 for the city)
//   BENCH_ONLY=s1,f1          run only these scenarios (keys in bench/scenarios.ts; their ceilings follow them)
//   BENCH_API_NODE_OPTIONS="--max-old-space-size=128"   Node options of the servers under test (memory experiments)
//   BENCH_KEEP_DB=1           do not drop `ventanilla_bench` at the end
//   BENCH_WARMUP=2            warm-up seconds before each measured run
//   BENCH_SECONDS=10          measured seconds of every run (a quick try: 2)
// Writes bench/RESULTS.md.
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { BENCH_DB, adminUrl, benchDatabaseIsSeeded, benchServer, benchUrl, createBenchDatabase, datasetSize, dropBenchDatabase, postgresVersion } from "./db.ts";
import { buildCityDataset } from "./dataset.ts";
import { startApi, startRawServer, startReferenceServer, type ApiProcess } from "./server.ts";
import { drain, graphql, runScenario, sampleOrThrow, sequentialLatency, type LoadRow } from "./load.ts";
import { SEARCH_NAMES, scenarios, type Scenario } from "./scenarios.ts";
import { apiStatements, rawStatements } from "./statements.ts";
import { writeResults, type Report } from "./report.ts";
import { print } from "graphql";
import { ConnectionCardDocument } from "../web/src/lib/graphql/generated/graphql.ts";
import type { TestPostgres } from "../tests/support/test-postgres.ts";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const SECONDS = process.env.BENCH_SECONDS ? Number(process.env.BENCH_SECONDS) : null;
const ONLY = process.env.BENCH_ONLY?.split(",").map((s) => s.trim()).filter(Boolean);
const REUSE = process.env.BENCH_REUSE_DB === "1";
const KEEP = process.env.BENCH_KEEP_DB === "1" || REUSE;
const DEADLINE_MS = 60 * 60_000;
const RESULTS_FILE = path.join(import.meta.dirname, "RESULTS.md");

const log = (message: string) => console.log(`[bench] ${message}`);
const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
let server: TestPostgres | null = null;
const running = new Set<ApiProcess>();
let cleaning: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const p of running) await p.stop().catch((e) => console.error("[bench] stopping a server:", e));
    if (!KEEP && server) await dropBenchDatabase().catch((e) => console.error("[bench] dropping the bench database:", e));
    await server?.stop();
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));
setTimeout(() => { console.error("[bench] still running after 60 min: aborting"); void cleanup().finally(() => process.exit(2)); }, DEADLINE_MS).unref();

async function login(url: string, username: string): Promise<string> {
  const response = await graphql(url, null, { query: `mutation { login(input: { username: "${username}", password: "demo1234" }) { token userErrors { message } } }` });
  const token = response.data?.login?.token;
  if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(response)}`);
  return token;
}

function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

async function measureAll(target: ApiProcess, list: Scenario[], tokens: Record<string, string>, rows: LoadRow[]) {
  for (const scenario of list) {
    const s = SECONDS ? { ...scenario, seconds: SECONDS } : scenario;
    if (!s.ceilingOf && !s.reference) {
      const waited = await drain(target.url, tokens[s.as]);
      if (waited > 2) log(`   waited ${fmt(waited)} s for the API to finish the previous run's requests`);
    }
    log(`${s.key}. ${s.title}: c=${s.connections}, ${WARMUP} s warm-up + ${s.seconds} s…`);
    const row = await runScenario(target.url, tokens[s.as], s, WARMUP, { serverPid: target.pid, adminUrl: adminUrl(), database: BENCH_DB });
    rows.push(row);
    log(`   ${fmt(row.reqPerSec)} req/s, p50 ${fmt(row.p50, 1)} ms, p99 ${fmt(row.p99, 1)} ms, errors ${row.graphqlErrors}/${row.non2xx}/${row.socketErrors}, ` +
      `server CPU ${row.serverMsPerRequest?.toFixed(2)} ms/req, PostgreSQL CPU ${row.postgresMsPerRequest?.toFixed(2)} ms/req`);
  }
}

async function main() {
  const started = Date.now();
  server = await benchServer();
  log(`PostgreSQL: ${server.source}`);
  let url = benchUrl();
  let buildSeconds: number | null = null;
  if (REUSE && (await benchDatabaseIsSeeded())) {
    log(`reusing the dataset in ${BENCH_DB}`);
  } else {
    url = await createBenchDatabase();
    log(`building the dataset: ${fmt(CONNECTIONS)} connections…`);
    buildSeconds = await buildCityDataset(url, { connections: CONNECTIONS, log: (m) => log(`  ${m}`) });
  }
  const size = await datasetSize(url);
  const pgVersion = await postgresVersion(url);
  log(`dataset: ${fmt(size.connections)} connections, ${fmt(size.users)} holders, ${fmt(size.ledgerEntries)} ledger entries, ${fmt(size.historyEvents)} history events`);

  const api = await startApi(url);
  running.add(api);
  log(`API on ${api.url} (pid ${api.pid}), ready in ${fmt(api.startupSeconds, 1)} s`);
  const tokens = { front_desk: await login(api.url, "front_desk"), verifier: await login(api.url, "verifier"), collections: await login(api.url, "collections") };
  const crews = await graphql(api.url, tokens.collections, { query: `{ crews { id } }` });
  const ids = await graphql(api.url, tokens.front_desk, { query: `{ serviceConnections(first: 100) { nodes { id } } }` });
  const orders = await graphql(api.url, tokens.verifier, { query: `{ me { id } workOrders(first: 100, filter: { assignedToMe: true }) { nodes { id } } }` });
  const verifierStaffId = Number(Buffer.from(orders.data.me.id, "base64url").toString().split(":")[1]);
  const all = scenarios({
    firstControlNumber: size.firstControlNumber, lastControlNumber: size.lastControlNumber,
    connectionIds: ids.data.serviceConnections.nodes.map((n: { id: string }) => n.id),
    verifierOrderIds: orders.data.workOrders.nodes.map((n: { id: string }) => n.id), verifierStaffId, crewId: crews.data.crews[0].id,
  });
  const selected = ONLY ? all.filter((s) => ONLY.includes(s.key) || (s.ceilingOf && ONLY.includes(s.ceilingOf)) || (s.reference && ONLY.includes(s.key))) : all;
  const onApi = selected.filter((s) => !s.reference && !s.ceilingOf);
  for (const s of onApi) await sampleOrThrow(api.url, tokens[s.as], s);
  log(`sampled ${onApi.length} scenarios: no errors`);

  const statements = await apiStatements(url, onApi, tokens);
  log(`statements per request: ${[...statements].map(([k, n]) => `${k} ${n.toFixed(1)}`).join(", ")}`);

  // one clerk alone: the first search result and the ficha (targets: p95 < 30 ms)
  const alone = {
    search: await sequentialLatency(api.url, tokens.front_desk, () => all.find((s) => s.key === "s1")!.body(), 50),
    card: await sequentialLatency(api.url, tokens.front_desk, () => ({ ...all.find((s) => s.key === "f1")!.body(), query: print(ConnectionCardDocument) }), 50),
  };
  log(`alone: search p95 ${fmt(alone.search.p95, 1)} ms (${SEARCH_NAMES.join(", ")}), ficha p95 ${fmt(alone.card.p95, 1)} ms`);

  const rows: LoadRow[] = [];
  await measureAll(api, onApi.filter((s) => !s.write), tokens, rows);
  await measureAll(api, onApi.filter((s) => s.write), tokens, rows);
  const apiRss = rssMb(api.pid);
  const startupSeconds = api.startupSeconds;
  await api.stop();
  running.delete(api);

  const ceilings = selected.filter((s) => s.ceilingOf);
  const rawCounts = new Map<string, number>();
  if (ceilings.length) {
    const raw = await startRawServer(url);
    running.add(raw);
    for (const s of ceilings) {
      await sampleOrThrow(raw.url, "", s);
      rawCounts.set(s.key, await rawStatements(raw.url, s));
    }
    await measureAll(raw, ceilings, tokens, rows);
    await raw.stop();
    running.delete(raw);
  }
  const references = selected.filter((s) => s.reference);
  if (references.length) {
    const reference = await startReferenceServer(url);
    running.add(reference);
    for (const s of references) await sampleOrThrow(reference.url, tokens[s.as], s);
    await measureAll(reference, references, tokens, rows);
    await reference.stop();
    running.delete(reference);
  }

  const report: Report = { size, buildSeconds, pgVersion, rows, statements: new Map([...statements, ...rawCounts]), alone, apiRss, startupSeconds, warmup: WARMUP, scenarios: all, postgresSource: server.source };
  writeResults(RESULTS_FILE, report);
  log(`wrote ${path.relative(process.cwd(), RESULTS_FILE)} in ${fmt((Date.now() - started) / 1000)} s total`);
}

try {
  await main();
} catch (error) {
  console.error("[bench] FAILED:", error);
  for (const p of running) console.error(`[bench] output of pid ${p.pid}:\n${p.output().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
