// Starts Ventanilla: the GraphQL API on PORT and the staff portal on WEB_PORT, on the configured database.
import "reflect-metadata";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadConfig } from "./config.ts";
import { openDatabase } from "./db/open-database.ts";
import { refuseDemoPasswordsInProduction } from "./auth/demo-guard.ts";
import { createApp } from "./app.ts";
import { startJobRunner } from "./modules/jobs/job-queue.ts";
import { JOBS } from "./modules/escalation/escalation.jobs.ts";
import { systemClock } from "./shared/clock.ts";

const started = Date.now();
const log = (message: string) => console.log(`[ventanilla] ${message}`);
const config = loadConfig();
const { db, close } = await openDatabase(config, log);
if (config.production) await refuseDemoPasswordsInProduction(db);

const app = await createApp({ db, config });
const api = http.createServer((req, res) => {
  app.handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
await new Promise<void>((resolve) => api.listen(config.port, resolve));
log(`API GraphQL: http://localhost:${config.port}/graphql`);

// the durable jobs (escalation sweep): every API process polls; the queue runs each job once
const jobs = startJobRunner(db, systemClock, JOBS, { pollMs: 60_000, log });

// WEB_PORT=0 runs the API alone
const portal = config.webPort ? await startPortal() : null;
log(`Listo en ${((Date.now() - started) / 1000).toFixed(1)} s`);

async function startPortal(): Promise<http.Server | null> {
  const handlerFile = path.resolve(import.meta.dirname, "../../web/build/handler.js");
  if (!fs.existsSync(handlerFile)) {
    log("Portal no compilado (npm run build); sólo la API está en línea");
    return null;
  }
  process.env.VENTANILLA_API_URL ??= `http://127.0.0.1:${config.port}/graphql`;
  const { handler } = await import(pathToFileURL(handlerFile).href);
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(config.webPort, resolve));
  log(`Portal del personal: http://localhost:${config.webPort}/`);
  return server;
}

async function shutdown() {
  api.close();
  portal?.close();
  await jobs.stop();
  await app.stop();
  await close();
  process.exit(0);
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
