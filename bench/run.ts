// npm run bench — load benchmarks of the GraphQL API on a generated dataset (PostgreSQL, loopback only).
//
//   BENCH_USERS=20000     customers to generate (seedDemo); 20,000 seed in 30–50 s on 2 cores
//   BENCH_ONLY=a,b        run only these scenarios (keys in bench/scenarios.ts)
//   BENCH_REUSE_DB=1      reuse an already seeded `ventanilla_bench` (skips create + seed)
//   BENCH_KEEP_DB=1       do not drop `ventanilla_bench` at the end (to investigate with psql)
//   BENCH_WARMUP=2        warm-up seconds before each measured run
//
// Scenarios r1 and r2 run against bench/reference-server.ts, the bare stack, to compare the API with what the stack
// does on this machine at the same time (the machine is shared: req/s moves with whatever else runs).
// Writes bench/RESULTS.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ADMIN_URL, BENCH_DB, benchDatabaseIsSeeded, benchUrl, createBenchDatabase, datasetSize, dropBenchDatabase, postgresVersion, seedBenchDatabase, type DatasetSize } from "./db.ts";
import { startApi, startReferenceServer, type ApiProcess } from "./server.ts";
import { graphql, runScenario, sampleOrThrow, sequentialLatency, type LoadRow, type Sequential } from "./load.ts";
import { SEARCH, SEARCH_NAMES, scenarios } from "./scenarios.ts";

const USERS = Number(process.env.BENCH_USERS ?? 20000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const ONLY = process.env.BENCH_ONLY?.split(",").map((s) => s.trim()).filter(Boolean);
const REUSE = process.env.BENCH_REUSE_DB === "1";
const KEEP = process.env.BENCH_KEEP_DB === "1" || REUSE;
const DEADLINE_MS = 6 * 60_000;
const RESULTS_FILE = path.join(import.meta.dirname, "RESULTS.md");

/** STACK.md, "What this stack can do here" (2 cores, c=50). */
const REFERENCE = { findUnique: 2000, list50: 1000 };

const log = (message: string) => console.log(`[bench] ${message}`);
const started = Date.now();
let api: ApiProcess | null = null;
let reference: ApiProcess | null = null;
let cleaning: Promise<void> | null = null;
let interrupted = false;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const server of [api, reference]) await server?.stop().catch((e) => console.error("[bench] stopping a server:", e));
    api = reference = null;
    if (!KEEP) await dropBenchDatabase().catch((e) => console.error("[bench] dropping the bench database:", e));
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}
const deadline = setTimeout(() => {
  console.error(`[bench] still running after ${DEADLINE_MS / 60_000} min: aborting`);
  void cleanup().finally(() => process.exit(2));
}, DEADLINE_MS);
deadline.unref();

async function login(url: string, username: string): Promise<string> {
  const response = await graphql(url, null, { query: `mutation { login(input: { username: "${username}", password: "demo1234" }) { token userErrors { message } } }` });
  const token = response.data?.login?.token;
  if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(response)}`);
  return token;
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

const opt = (n: number | null, digits = 1) => (n === null ? "–" : fmt(n, digits));

function table(rows: LoadRow[]): string {
  const header = "| scenario | c | req/s avg | p50 ms | p97.5 ms | p99 ms | requests | errors: GraphQL / non-2xx / socket | server CPU ms/req | PG CPU ms/req |";
  const lines = rows.map((r) =>
    `| ${r.key}. ${r.title} | ${r.connections} | ${fmt(r.reqPerSec)} | ${fmt(r.p50, 1)} | ${fmt(r.p975, 1)} | ${fmt(r.p99, 1)} | ${fmt(r.requests)} | ${r.graphqlErrors} / ${r.non2xx} / ${r.socketErrors} | ${opt(r.serverMsPerRequest)} | ${opt(r.postgresMsPerRequest, 2)} |`);
  return [header, "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|", ...lines].join("\n");
}

/** How busy the machine's cores were during each run (cores = CPU seconds / wall seconds). */
function cpuTable(rows: LoadRow[]): string {
  const cores = (seconds: number, r: LoadRow) => fmt(seconds / r.cpu!.wallSeconds, 2);
  const lines = rows.filter((r) => r.cpu).map((r) =>
    `| ${r.key} | ${cores(r.cpu!.server, r)} | ${cores(r.cpu!.postgres, r)} | ${cores(r.cpu!.loadGenerator, r)} | ${cores(r.cpu!.other, r)} | ${r.cpu!.cores} |`);
  return ["| scenario | server process | its PostgreSQL backends | autocannon (bench process) | everything else | cores |", "|---|---:|---:|---:|---:|---:|", ...lines].join("\n");
}

function interpretation(rows: LoadRow[], seq: Sequential | null): string[] {
  const by = (key: string) => rows.find((r) => r.key === key);
  const ms = (r: LoadRow) => (r.serverMsPerRequest === null ? "" : `, ${fmt(r.serverMsPerRequest, 1)} ms CPU/req`);
  const times = (r: LoadRow, ref: LoadRow) => (r.serverMsPerRequest && ref.serverMsPerRequest ? ` — ${fmt(r.serverMsPerRequest / ref.serverMsPerRequest, 1)}× its CPU per request` : "");
  const out: string[] = [];
  const a = by("a"), c = by("c"), c2 = by("c2"), f = by("f"), b = by("b"), d = by("d"), r1 = by("r1"), r2 = by("r2");
  if (a || r1) out.push([
    a ? `Point look-up (a): ${fmt(a.reqPerSec)} req/s${ms(a)}` : "",
    r1 ? `; the bare stack's findUnique (r1) does ${fmt(r1.reqPerSec)} req/s${ms(r1)} here (STACK.md: ≈ ${fmt(REFERENCE.findUnique)})` + (a ? times(a, r1) : "") : ` (STACK.md's bare findUnique: ≈ ${fmt(REFERENCE.findUnique)} req/s)`,
    f ? `. Even \`me\` (f: session look-up + one findUnique) costs ${fmt(f.serverMsPerRequest ?? 0, 1)} ms CPU/req (${fmt(f.reqPerSec)} req/s): every request pays for authentication before its own work.` : ".",
  ].join(""));
  if (c || r2) out.push([
    c ? `List of 50 (c): ${fmt(c.reqPerSec)} req/s${ms(c)}` : "",
    r2 ? `; the bare stack's findMany of 50 (r2) does ${fmt(r2.reqPerSec)} req/s${ms(r2)} (STACK.md: ≈ ${fmt(REFERENCE.list50)})` + (c ? times(c, r2) : "") : ` (STACK.md: ≈ ${fmt(REFERENCE.list50)} req/s)`,
    c2 ? `. Asking for holder + locality on the same 50 rows (c2) falls to ${fmt(c2.reqPerSec)} req/s${ms(c2)}: two more batched SQL statements (DataLoader) but 100 more field resolutions, each through type-graphql's resolver machinery.` : ".",
  ].join(""));
  if (b || d) out.push([
    b ? `Search (b): ${fmt(b.reqPerSec)} req/s, p50 ${fmt(b.p50, 1)} ms at c=50${ms(b)}` + (seq ? `; one search alone: p50 ${fmt(seq.p50, 1)} ms, p95 ${fmt(seq.p95, 1)} ms.` : ".") : "",
    d ? `Verifier's orders (d): ${fmt(d.reqPerSec)} req/s${ms(d)}.` : "",
  ].filter(Boolean).join(" "));
  const measured = rows.filter((r) => r.cpu);
  if (measured.length) {
    const avg = (pick: (r: LoadRow) => number) => measured.reduce((s, r) => s + pick(r) / r.cpu!.wallSeconds, 0) / measured.length;
    out.push(`CPU: the server process used ${fmt(avg((r) => r.cpu!.server), 2)} cores on average, PostgreSQL ${fmt(avg((r) => r.cpu!.postgres), 2)}, autocannon ${fmt(avg((r) => r.cpu!.loadGenerator), 2)}, ` +
      `other processes ${fmt(avg((r) => r.cpu!.other), 2)} (of ${measured[0].cpu!.cores}): the one Node process is the bottleneck, so req/s moves with whatever else runs on this shared machine — compare CPU ms/req between runs.`);
  }
  const failing = rows.filter((r) => r.graphqlErrors || r.non2xx || r.socketErrors);
  if (failing.length) out.push(`Errors under load in: ${failing.map((r) => `${r.key} (${r.graphqlErrors} GraphQL, ${r.non2xx} non-2xx, ${r.socketErrors} socket)`).join(", ")}.`);
  return out;
}

function writeResults(size: DatasetSize, seedSeconds: number | null, pgVersion: string, rows: LoadRow[], seq: Sequential | null, startupSeconds: number) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const md = `# Ventanilla load benchmarks

Generated by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.

## Machine
- ${os.availableParallelism()} CPUs (nproc), ${cpu}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM
- Node ${process.version}, PostgreSQL ${pgVersion} (127.0.0.1, same machine)
- the API in its own Node process (\`node --import tsx server/src/main.ts\`, NODE_ENV=development, Prisma pool of 10); autocannon 8 in the bench process; loopback only
- the API started in ${fmt(startupSeconds, 1)} s (migrations included)

## Dataset (\`seedDemo(db, { users: ${fmt(USERS)} })\`)
- ${fmt(size.users)} users, ${fmt(size.connections)} service connections (control numbers ${size.firstControlNumber}–${size.lastControlNumber})
- ${fmt(size.ledgerEntries)} ledger entries, ${fmt(size.historyEvents)} history events, ${fmt(size.complaints)} complaints, ${fmt(size.workOrders)} work orders (before the write scenarios)
- seeded in ${seedSeconds === null ? "(reused an existing database)" : `${fmt(seedSeconds, 1)} s`}

## Results (${WARMUP} s warm-up before each run; reads c=50 × 10 s, writes c=10 × 5 s; r1 and r2: the bare stack, bench/reference-server.ts)

${table(rows)}

Errors: "GraphQL" counts 200 responses whose body has \`errors\`; "socket" counts connection errors and timeouts. Latencies are autocannon's.
Server CPU ms/req is the server process's user + system CPU time (all its threads) over the run divided by the requests answered (the API, or bench/reference-server.ts for r1 and r2); PG CPU ms/req the same for the database's PostgreSQL backends.
${seq ? `\nA single search, sequential (${seq.requests} requests of scenario b over ${SEARCH_NAMES.map((n) => `"${n}"`).join(", ")}, after the sampling): p50 ${fmt(seq.p50, 1)} ms, p95 ${fmt(seq.p95, 1)} ms, max ${fmt(seq.max, 1)} ms.\n` : ""}
Cores busy during each run (CPU seconds / wall seconds):

${cpuTable(rows)}

## Interpretation (vs STACK.md: Apollo + type-graphql + Prisma findUnique ≈ ${fmt(REFERENCE.findUnique)} req/s, a Prisma list of 50 ≈ ${fmt(REFERENCE.list50)} req/s, c=50 on 2 cores)

${interpretation(rows, seq).map((l) => `- ${l}`).join("\n")}
`;
  fs.writeFileSync(RESULTS_FILE, md);
}

async function main() {
  let url = benchUrl();
  let seedSeconds: number | null = null;
  if (REUSE && (await benchDatabaseIsSeeded())) {
    log(`reusing the seeded database ${url}`);
  } else {
    log("creating the database ventanilla_bench and applying migrations…");
    url = await createBenchDatabase();
    log(`seeding ${fmt(USERS)} users (seedDemo)…`);
    seedSeconds = await seedBenchDatabase(url, USERS, (m) => log(`  ${m.length > 160 ? m.slice(0, 160) + "…" : m}`));
    log(`seeded in ${fmt(seedSeconds, 1)} s`);
  }
  const size = await datasetSize(url);
  const pgVersion = await postgresVersion(url);
  log(`dataset: ${fmt(size.users)} users, ${fmt(size.connections)} connections, ${fmt(size.ledgerEntries)} ledger entries, ${fmt(size.historyEvents)} history events, ${fmt(size.complaints)} complaints, ${fmt(size.workOrders)} work orders`);

  log("starting the API…");
  api = await startApi(url);
  log(`API on ${api.url} (pid ${api.pid}), ready in ${fmt(api.startupSeconds, 1)} s`);

  const tokens = { front_desk: await login(api.url, "front_desk"), verifier: await login(api.url, "verifier") };
  const ids = await graphql(api.url, tokens.front_desk, { query: `{ serviceConnections(first: 100) { nodes { id } } }` });
  const connectionIds: string[] = ids.data?.serviceConnections?.nodes?.map((n: { id: string }) => n.id) ?? [];
  if (!connectionIds.length) throw new Error(`could not list connections: ${JSON.stringify(ids)}`);

  const all = scenarios({ firstControlNumber: size.firstControlNumber, lastControlNumber: size.lastControlNumber, connectionIds, maxConnectionDbId: size.maxConnectionId });
  const selected = ONLY ? all.filter((s) => ONLY.includes(s.key)) : all;

  // every scenario of the API must work before it is put under load (the reference ones are sampled below)
  for (const s of selected.filter((s) => !s.reference)) await sampleOrThrow(api.url, tokens[s.as], s);
  log(`sampled ${selected.filter((s) => !s.reference).length} scenarios: no errors`);

  let seq: Sequential | null = null;
  if (!ONLY || ONLY.includes("b")) {
    let i = 0;
    seq = await sequentialLatency(api.url, tokens.front_desk, () => ({ query: SEARCH, variables: { search: SEARCH_NAMES[i++ % SEARCH_NAMES.length] } }), 50);
    log(`sequential search: p50 ${fmt(seq.p50, 1)} ms, p95 ${fmt(seq.p95, 1)} ms, max ${fmt(seq.max, 1)} ms`);
  }

  const rows: LoadRow[] = [];
  const measure = async (target: ApiProcess, s: (typeof all)[number]) => {
    log(`${s.key}. ${s.title}: c=${s.connections}, ${WARMUP} s warm-up + ${s.seconds} s…`);
    const row = await runScenario(target.url, tokens[s.as], s, WARMUP, { serverPid: target.pid, adminUrl: ADMIN_URL, database: BENCH_DB });
    rows.push(row);
    log(`   ${fmt(row.reqPerSec)} req/s, p50 ${fmt(row.p50, 1)} ms, p99 ${fmt(row.p99, 1)} ms, errors ${row.graphqlErrors}/${row.non2xx}/${row.socketErrors}, ` +
      `server CPU ${opt(row.serverMsPerRequest)} ms/req, PostgreSQL CPU ${opt(row.postgresMsPerRequest, 2)} ms/req`);
  };
  // reads first, then the writes (they add rows)
  for (const s of selected.filter((s) => !s.reference && !s.write)) await measure(api, s);
  for (const s of selected.filter((s) => !s.reference && s.write)) await measure(api, s);
  const startupSeconds = api.startupSeconds;
  const references = selected.filter((s) => s.reference);
  if (references.length) {
    await api.stop(); // nothing else of ours runs beside the reference server
    api = null;
    log("starting the reference server (bare Apollo + type-graphql + Prisma)…");
    reference = await startReferenceServer(url);
    for (const s of references) await sampleOrThrow(reference.url, tokens[s.as], s);
    for (const s of references) await measure(reference, s);
  }
  rows.sort((x, y) => all.findIndex((s) => s.key === x.key) - all.findIndex((s) => s.key === y.key));

  console.log("\n" + table(rows) + "\n\n" + cpuTable(rows) + "\n");
  for (const line of interpretation(rows, seq)) console.log(`- ${line}`);
  writeResults(size, seedSeconds, pgVersion, rows, seq, startupSeconds);
  log(`wrote ${path.relative(process.cwd(), RESULTS_FILE)} in ${fmt((Date.now() - started) / 1000, 0)} s total`);
}

try {
  await main();
} catch (error) {
  if (interrupted) process.exit(130); // cleanup() is already running from the signal handler
  console.error("[bench] FAILED:", error);
  const running = api as ApiProcess | null; // set inside main()
  if (running) console.error(`[bench] API output:\n${running.output().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(deadline);
}
