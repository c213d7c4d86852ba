// The GraphQL API of one process: the app on its HTTP server and the durable job runner.
import http from "node:http";
import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import { createApp } from "../app.ts";
import { startJobRunner } from "../modules/jobs/job-queue.ts";
import { JOBS } from "../modules/escalation/escalation.jobs.ts";
import { systemClock } from "../shared/clock.ts";
import { startWebhookWorker } from "../modules/webhook/webhook.worker.ts";
import { startRegisterImportWorker } from "../modules/register-import/import.worker.ts";

export async function startApi(config: Config, db: Db, log: (message: string) => void): Promise<{ stop(): Promise<void> }> {
  const app = await createApp({ db, config });
  const server = http.createServer((req, res) => {
    app.handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  log(`API GraphQL: http://localhost:${config.port}/graphql`);
  // the durable jobs (escalation sweep): every API process polls; the queue runs each job once
  const jobs = startJobRunner(db, systemClock, JOBS, { pollMs: 60_000, log });
  // the webhook outbox: every API process polls; a delivery is claimed and leased by one worker at a time
  const webhooks = config.webhookPollMs ? startWebhookWorker(db, systemClock, { pollMs: config.webhookPollMs, log }) : null;
  // register imports uploaded through the portal run in the background: each API process claims queued runs (one
  // worker per run) and continues interrupted ones
  const imports = startRegisterImportWorker(db, config, systemClock, { pollMs: 2_000, log });
  return {
    async stop() {
      server.close();
      await jobs.stop();
      await webhooks?.stop();
      await imports.stop();
      await app.stop();
    },
  };
}
