// npm run bench:webhooks — how fast the outbox drains to a local receiver, on a scratch PostgreSQL database: EVENTS
// events queued at once, sent by one worker and then by WORKERS workers in parallel (each its own connection pool,
// as separate API processes would be); the receiver checks every signature and counts duplicates by event id.
import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { deployMigrations } from "../server/src/db/migrate.ts";
import { createPostgresClient, type Db } from "../server/src/db/client.ts";
import { enqueueWebhookEvent } from "../server/src/modules/webhook/webhook.outbox.ts";
import { newWebhookSecret, verifyWebhookSignature } from "../server/src/modules/webhook/webhook.signature.ts";
import { deliverDueWebhooks } from "../server/src/modules/webhook/webhook.worker.ts";
import { systemClock } from "../server/src/shared/clock.ts";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const EVENTS = Number(process.env.EVENTS ?? 1000);
const WORKERS = Number(process.env.WORKERS ?? 4);
const name = `ventanilla_webhooks_${randomBytes(3).toString("hex")}`;
const admin = async (sql: string) => {
  const client = new pg.Client(ADMIN_URL);
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
};

const secret = newWebhookSecret();
const seen = new Map<string, number>();
let badSignatures = 0;
const receiver = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    const ok = verifyWebhookSignature(secret, { signature: String(req.headers["x-ventanilla-signature"]), timestamp: String(req.headers["x-ventanilla-timestamp"]) }, body);
    if (!ok) badSignatures++;
    const id = String(req.headers["x-ventanilla-event-id"]);
    seen.set(id, (seen.get(id) ?? 0) + 1);
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;

await admin(`CREATE DATABASE "${name}"`);
const dbUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
const pools: Db[] = [];
try {
  await deployMigrations({ url: dbUrl });
  const db = createPostgresClient(dbUrl, 4);
  pools.push(db);
  const client = await db.apiClient.create({ data: { name: "bench", keyPrefix: "000000000000", keyHash: "x", scopes: ["complaints:write"] } });
  await db.webhook.create({ data: { apiClientId: client.id, url, events: ["complaint.status_changed"], secret } });

  async function queue() {
    const started = performance.now();
    for (let i = 0; i < EVENTS; i++) await db.$transaction((tx) => enqueueWebhookEvent(tx, client.id, "complaint.status_changed", { complaint: { folio: `Q-B-${i}` } }, new Date()));
    return performance.now() - started;
  }

  async function drain(workers: number) {
    while (pools.length < workers) pools.push(createPostgresClient(dbUrl, 2));
    seen.clear();
    const started = performance.now();
    const counts = await Promise.all(pools.slice(0, workers).map((p) => deliverDueWebhooks(p, systemClock, { limit: EVENTS })));
    const ms = performance.now() - started;
    const duplicates = [...seen.values()].filter((n) => n > 1).length;
    console.log(`${workers} worker(s): ${counts.reduce((a, b) => a + b, 0)} sent in ${(ms / 1000).toFixed(2)} s = ${Math.round((EVENTS / ms) * 1000)} deliveries/s; distinct events received ${seen.size}, duplicates ${duplicates}, bad signatures ${badSignatures}`);
  }

  const queuedMs = await queue();
  console.log(`queued ${EVENTS} events (one transaction each) in ${(queuedMs / 1000).toFixed(2)} s`);
  await drain(1);
  await queue();
  await drain(WORKERS);
} finally {
  for (const p of pools) await p.$disconnect();
  receiver.close();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
