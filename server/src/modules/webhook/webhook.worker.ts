// Sends the outbox (WebhookDelivery) to the partners' URLs. The durable-queue pattern of modules/jobs: a worker claims
// one due row with FOR UPDATE SKIP LOCKED, but instead of holding that transaction through an HTTP call (which would
// hold a database connection, the only one of the embedded database, for up to the send timeout) it leases the row
// (pushes nextAttemptAt past the send timeout) and commits; it sends; then it records the result only if its lease
// still stands. A worker that dies mid-send leaves the row leased: once the lease runs out any worker sends it again,
// with the same event id. So nothing is lost, and nothing is sent twice except with the same X-Ventanilla-Event-Id.
import type { Db } from "../../db/client.ts";
import type { Clock } from "../../shared/clock.ts";
import { signWebhook } from "./webhook.signature.ts";

/** After the n-th failed attempt the next is due BASE × 2^(n−1) later (30 s, 1 min, 2 min … 32 min, 1 h). */
export const WEBHOOK_BACKOFF_BASE_MS = 30_000;
export const WEBHOOK_BACKOFF_MAX_MS = 3_600_000;
/** After this many failed attempts a delivery is FAILED (about 2 h of retries); a replay queues it again. */
export const WEBHOOK_MAX_ATTEMPTS = 8;
/** A receiver must answer within this; a worker's lease lasts longer. */
export const WEBHOOK_SEND_TIMEOUT_MS = 10_000;
const LEASE_MS = WEBHOOK_SEND_TIMEOUT_MS + 20_000;

export const backoffMs = (failedAttempts: number) => Math.min(WEBHOOK_BACKOFF_MAX_MS, WEBHOOK_BACKOFF_BASE_MS * 2 ** (failedAttempts - 1));

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface OutgoingWebhook {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** POSTs one delivery; never follows a redirect (a 3xx is a failure), gives up after the send timeout. */
export async function sendOverHttp(request: OutgoingWebhook, timeoutMs = WEBHOOK_SEND_TIMEOUT_MS): Promise<SendResult> {
  try {
    const response = await fetch(request.url, { method: "POST", headers: request.headers, body: request.body, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `El receptor respondió ${response.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, statusCode: null, error: (error as Error).name === "TimeoutError" ? "El receptor no respondió a tiempo" : `No se pudo entregar${cause ? ` (${cause})` : ""}` };
  }
}

export interface DeliveryOptions {
  send?: (request: OutgoingWebhook) => Promise<SendResult>;
  /** most deliveries sent in one pass */
  limit?: number;
}

type Claimed = { id: number; eventId: string; eventType: string; body: string; attempts: number; url: string; secret: string; lease: Date };

/** Claims one due delivery and leases it; null when none is due (or every due one is being sent by another worker). */
async function claim(db: Db, now: Date): Promise<Claimed | null> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM "WebhookDelivery" WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
    if (!row) return null;
    const lease = new Date(now.getTime() + LEASE_MS);
    const delivery = await tx.webhookDelivery.update({ where: { id: row.id }, data: { nextAttemptAt: lease }, include: { webhook: { select: { url: true, secret: true } } } });
    return { id: delivery.id, eventId: delivery.eventId, eventType: delivery.eventType, body: delivery.body, attempts: delivery.attempts, url: delivery.webhook.url, secret: delivery.webhook.secret, lease };
  });
}

/** Sends every due delivery once (one at a time); how many were attempted. Runs on `clock` (tests move it). */
export async function deliverDueWebhooks(db: Db, clock: Clock, options: DeliveryOptions = {}): Promise<number> {
  const send = options.send ?? sendOverHttp;
  let attempted = 0;
  while (attempted < (options.limit ?? 100)) {
    const claimed = await claim(db, clock.now());
    if (!claimed) break;
    attempted++;
    const sentAt = clock.now();
    const timestamp = Math.floor(sentAt.getTime() / 1000);
    const result = await send({
      url: claimed.url,
      body: claimed.body,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "user-agent": "Ventanilla-Webhooks/1",
        "x-ventanilla-event-id": claimed.eventId,
        "x-ventanilla-event-type": claimed.eventType,
        "x-ventanilla-timestamp": String(timestamp),
        "x-ventanilla-signature": signWebhook(claimed.secret, timestamp, claimed.body),
      },
    });
    const attempts = claimed.attempts + 1;
    const failed = !result.ok && attempts >= WEBHOOK_MAX_ATTEMPTS;
    const doneAt = clock.now();
    // only while this worker's lease stands: if it ran out and another worker took the row, that one records it
    await db.webhookDelivery.updateMany({
      where: { id: claimed.id, status: "PENDING", nextAttemptAt: claimed.lease },
      data: {
        attempts,
        lastAttemptAt: sentAt,
        lastStatusCode: result.statusCode,
        lastError: result.error?.slice(0, 500) ?? null,
        ...(result.ok
          ? { status: "DELIVERED", deliveredAt: doneAt }
          : failed
            ? { status: "FAILED" }
            : { nextAttemptAt: new Date(doneAt.getTime() + backoffMs(attempts)) }),
      },
    });
  }
  return attempted;
}

export interface WebhookWorker {
  /** runs a pass now (tests, and after a change that queued events) */
  poke(): Promise<void>;
  stop(): Promise<void>;
}

/** Polls the outbox every `pollMs` in this process; each API process runs one (the claims keep each send to one). */
export function startWebhookWorker(db: Db, clock: Clock, options: { pollMs: number; log?: (m: string) => void } & DeliveryOptions): WebhookWorker {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = async () => {
    try {
      await deliverDueWebhooks(db, clock, options);
    } catch (error) {
      options.log?.(`webhooks: ${(error as Error).message}`);
    }
  };
  const poke = () => (running = running.then(() => (stopped ? undefined : tick()))) as Promise<void>;
  const timer = setInterval(poke, options.pollMs);
  void poke();
  return {
    poke,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
