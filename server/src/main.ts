// Starts Ventanilla: the GraphQL API on PORT and the staff portal on WEB_PORT, on the configured database.
// With API_WORKERS > 1 the API runs in that many processes beside the portal's (start/api-cluster.ts).
import "reflect-metadata";
import cluster from "node:cluster";
import { loadConfig } from "./config.ts";
import { migratePostgres, openDatabase } from "./db/open-database.ts";
import { refuseDemoPasswordsInProduction } from "./auth/demo-guard.ts";
import { startApi } from "./start/api.ts";
import { startPortal } from "./start/portal.ts";
import { announceApiReady, forkApiWorkers, joinApiWorkers } from "./start/api-cluster.ts";

const started = Date.now();
const config = loadConfig();
const inCluster = config.apiWorkers > 1;
const log = cluster.isWorker
  ? (message: string) => console.log(`[ventanilla api ${process.pid}] ${message}`)
  : (message: string) => console.log(`[ventanilla] ${message}`);
const stops: (() => Promise<void> | void)[] = [];

if (inCluster && cluster.isPrimary) {
  migratePostgres();
  const workers = forkApiWorkers(config.apiWorkers, log);
  stops.push(() => workers.stop());
  await workers.ready;
  log(`API GraphQL en ${config.apiWorkers} procesos: http://localhost:${config.port}/graphql`);
} else {
  if (cluster.isWorker) joinApiWorkers();
  const { db, close } = await openDatabase(config, log, { migrate: cluster.isPrimary });
  stops.push(close);
  if (config.production) await refuseDemoPasswordsInProduction(db);
  const api = await startApi(config, db, log);
  stops.unshift(() => api.stop());
  if (cluster.isWorker) announceApiReady();
}

// WEB_PORT=0 runs the API alone
if (cluster.isPrimary && config.webPort) {
  const portal = await startPortal(config, log);
  if (portal) stops.unshift(() => void portal.close());
}
if (cluster.isPrimary) log(`Listo en ${((Date.now() - started) / 1000).toFixed(1)} s`);

async function shutdown() {
  for (const stop of stops) await stop();
  process.exit(0);
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
