// The webhook outbox and its worker against a real local HTTP receiver: events written with the change, signed
// deliveries, retries with exponential backoff on an injected clock, a worker restart and a worker dying mid-send
// (nothing lost; nothing sent twice except with the same event id), two workers at once, and replay.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPostgresClient, type Db } from "../../server/src/db/client.ts";
import type { ActingScope } from "../../server/src/context.ts";
import { loadConfig } from "../../server/src/config.ts";
import { authenticate } from "../../server/src/auth/authenticate.ts";
import { registerWebhook, replayWebhookDelivery } from "../../server/src/modules/webhook/webhook.service.ts";
import { enqueueWebhookEvent } from "../../server/src/modules/webhook/webhook.outbox.ts";
import { verifyWebhookSignature } from "../../server/src/modules/webhook/webhook.signature.ts";
import { backoffMs, deliverDueWebhooks, startWebhookWorker, WEBHOOK_MAX_ATTEMPTS } from "../../server/src/modules/webhook/webhook.worker.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createApiClientKey, createConnection } from "../support/factories.ts";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver on an ephemeral port: records every request and answers with the next of `script` (200 when done). */
class Receiver {
  received: Received[] = [];
  script: (number | "hang")[] = [];
  private hung: http.ServerResponse[] = [];
  private server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      this.received.push({ headers: req.headers, body });
      const next = this.script.shift() ?? 200;
      if (next === "hang") this.hung.push(res);
      else res.writeHead(next).end();
    });
  });
  url = "";
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
    return this;
  }
  release(status = 200) {
    for (const res of this.hung.splice(0)) res.writeHead(status).end();
  }
  reset() {
    this.received = [];
    this.script = [];
  }
  stop() {
    this.release();
    this.server.closeAllConnections();
    this.server.close();
  }
}

/** A clock the test moves. */
const clockAt = (start: Date) => {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms), set: (d: Date) => void (now = d.getTime()) };
};

const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { complaint { id folio } userErrors { field message } } }`;
const FORWARD = `mutation($i: ForwardLeakReportInput!) { forwardLeakReport(input: $i) { userErrors { message } } }`;
const PAY = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { userErrors { field message } } }`;
const leak = { kind: "PROBLEM_REPORT", category: "WATER_LEAK", channel: "PARTNER", description: "Fuga frente al parque", locationText: "Frente al parque" };

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let receiver: Receiver;
let partnerKey: string;
let secret: string;
let partnerScope: ActingScope;
const config = loadConfig({ DATABASE_URL: "postgresql://unused" });

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  receiver = await new Receiver().start();
  partnerKey = await createApiClientKey(database.db, ["complaints:write", "payments:write"]);
  const actor = (await authenticate(database.db, partnerKey, new Date()))!;
  partnerScope = { db: database.db, actor, requestId: randomUUID(), clock: { now: () => new Date() }, config };
  ({ secret } = await registerWebhook(partnerScope, { url: receiver.url, events: ["complaint.status_changed", "work_order.completed", "payment.applied"] }));
});
afterAll(async () => {
  receiver?.stop();
  await app?.stop();
  await database?.drop();
});

/** A leak report the partner files, forwarded by the registry: one complaint.status_changed event. */
async function forwardedLeak() {
  const filed = await run(app, FILE, { i: leak }, partnerKey);
  const complaint = filed.data.fileComplaint.complaint;
  const forwarded = await run(app, FORWARD, { i: { complaintId: complaint.id } }, callers.REGISTRY.token);
  expect(forwarded.data.forwardLeakReport.userErrors).toEqual([]);
  return complaint as { id: string; folio: string };
}

const pendingDeliveries = () => database.db.webhookDelivery.findMany({ where: { status: "PENDING" }, orderBy: { id: "asc" } });

describe("webhook outbox and delivery", () => {
  it("should write the event with the change and deliver it signed, with its event id, type and timestamp headers", async () => {
    receiver.reset();
    const complaint = await forwardedLeak();
    // a complaint the staff filed is not the partner's: no event
    const staffFiled = await run(app, FILE, { i: { ...leak, channel: "PHONE" } }, callers.FRONT_DESK.token);
    await run(app, FORWARD, { i: { complaintId: staffFiled.data.fileComplaint.complaint.id } }, callers.REGISTRY.token);
    expect(await pendingDeliveries()).toHaveLength(1);

    const clock = clockAt(new Date());
    expect(await deliverDueWebhooks(database.db, clock)).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const [{ headers, body }] = receiver.received;
    const event = JSON.parse(body);
    expect(event).toEqual({
      id: headers["x-ventanilla-event-id"],
      type: "complaint.status_changed",
      occurredAt: expect.any(String),
      data: { complaint: { id: complaint.id, folio: complaint.folio, category: "WATER_LEAK", status: "FORWARDED", previousStatus: "OPEN", resolvedAt: null } },
    });
    expect(headers["x-ventanilla-event-type"]).toBe("complaint.status_changed");
    expect(headers["content-type"]).toBe("application/json; charset=utf-8");
    const signed = { signature: String(headers["x-ventanilla-signature"]), timestamp: String(headers["x-ventanilla-timestamp"]) };
    expect(signed.signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, signed, body, Math.floor(clock.now().getTime() / 1000))).toBe(true);
    // a changed body, another secret or an old timestamp do not verify
    expect(verifyWebhookSignature(secret, signed, body.replace("FORWARDED", "RESOLVED"))).toBe(false);
    expect(verifyWebhookSignature("whsec_otro", signed, body)).toBe(false);
    expect(verifyWebhookSignature(secret, signed, body, Number(signed.timestamp) + 301)).toBe(false);
    expect(await database.db.webhookDelivery.findFirstOrThrow({ where: { eventId: event.id } })).toMatchObject({ status: "DELIVERED", attempts: 1, lastStatusCode: 200 });
  });

  it("should write no event when the change's transaction rolls back", async () => {
    const before = await database.db.webhookDelivery.count();
    const clientId = (partnerScope.actor as { id: number }).id;
    await expect(
      database.db.$transaction(async (tx) => {
        expect(await enqueueWebhookEvent(tx, clientId, "complaint.status_changed", { complaint: { folio: "Q-X" } }, new Date())).toBe(1);
        throw new Error("la transición falló después");
      }),
    ).rejects.toThrow("la transición falló después");
    expect(await database.db.webhookDelivery.count()).toBe(before);
  });

  it("should send a payment the partner recorded as payment.applied", async () => {
    receiver.reset();
    const connection = await createConnection(database.db, { balance: "300.00" });
    const paid = await run(app, PAY, { i: { controlNumber: connection.controlNumber, amount: "120.50", method: "TRANSFER", reference: `BANCO-${randomUUID().slice(0, 8)}` } }, partnerKey);
    expect(paid.data.recordPayment.userErrors).toEqual([]);
    await deliverDueWebhooks(database.db, clockAt(new Date()));
    expect(receiver.received.map((r) => JSON.parse(r.body).data.payment)).toEqual([
      { id: expect.any(String), reference: expect.stringMatching(/^BANCO-/), amount: "120.50", method: "TRANSFER", postedAt: expect.any(String), controlNumber: connection.controlNumber },
    ]);
  });

  it("should retry a receiver that fails twice with exponential backoff on the clock, and deliver the third time with the same event id", async () => {
    receiver.reset();
    await forwardedLeak();
    receiver.script = [500, 503, 200];
    const t0 = new Date(Date.now() + 1000);
    const clock = clockAt(t0);

    expect(await deliverDueWebhooks(database.db, clock)).toBe(1);
    let [delivery] = await pendingDeliveries();
    expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: 500, lastError: "El receptor respondió 500" });
    expect(delivery.nextAttemptAt.getTime()).toBe(t0.getTime() + backoffMs(1));
    expect(backoffMs(1)).toBe(30_000);

    clock.advance(backoffMs(1) - 1000);
    expect(await deliverDueWebhooks(database.db, clock)).toBe(0); // not due yet
    clock.advance(1000);
    expect(await deliverDueWebhooks(database.db, clock)).toBe(1);
    [delivery] = await pendingDeliveries();
    expect(delivery).toMatchObject({ attempts: 2, lastStatusCode: 503 });
    expect(delivery.nextAttemptAt.getTime()).toBe(clock.now().getTime() + backoffMs(2));
    expect(backoffMs(2)).toBe(60_000);

    clock.advance(backoffMs(2));
    expect(await deliverDueWebhooks(database.db, clock)).toBe(1);
    const done = await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(done).toMatchObject({ status: "DELIVERED", attempts: 3, lastStatusCode: 200, lastError: null });

    const ids = receiver.received.map((r) => r.headers["x-ventanilla-event-id"]);
    expect(new Set(ids).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    for (const r of receiver.received) {
      const signed = { signature: String(r.headers["x-ventanilla-signature"]), timestamp: String(r.headers["x-ventanilla-timestamp"]) };
      expect(verifyWebhookSignature(secret, signed, r.body, Number(signed.timestamp))).toBe(true);
    }
    expect(receiver.received.map((r) => Number(r.headers["x-ventanilla-timestamp"]) - Math.floor(t0.getTime() / 1000))).toEqual([0, 30, 90]);
  });

  it("should lose nothing across a worker restart between attempts, and resend a send cut short only with the same event id", async () => {
    receiver.reset();
    await forwardedLeak();
    const clock = clockAt(new Date(Date.now() + 2000));
    // first process: one failed attempt, then it stops
    receiver.script = [500];
    const first = startWebhookWorker(database.db, clock, { pollMs: 3_600_000 });
    await first.poke();
    await first.stop();
    expect(receiver.received).toHaveLength(1);

    // second process (its own database connections): the retry falls due, and this worker dies while sending it
    const secondDb = createPostgresClient(database.url!, 2);
    clock.advance(backoffMs(1));
    receiver.script = ["hang"];
    const dying = deliverDueWebhooks(secondDb, clock);
    await expect.poll(() => receiver.received.length).toBe(2);

    // third process: once the dead worker's lease has run out, it sends the same event again
    const thirdDb = createPostgresClient(database.url!, 2);
    try {
      expect(await deliverDueWebhooks(thirdDb, clock)).toBe(0); // still leased
      clock.advance(60_000);
      expect(await deliverDueWebhooks(thirdDb, clock)).toBe(1);
      expect(receiver.received).toHaveLength(3);
      // the dead worker's answer arrives late: its lease is gone, so it records nothing
      receiver.release(200);
      await dying;
      const [delivery] = await database.db.webhookDelivery.findMany({ where: { eventId: String(receiver.received[0].headers["x-ventanilla-event-id"]) } });
      expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 2 });
      expect(new Set(receiver.received.map((r) => r.headers["x-ventanilla-event-id"])).size).toBe(1);
      expect(await pendingDeliveries()).toEqual([]);
    } finally {
      await secondDb.$disconnect();
      await thirdDb.$disconnect();
    }
  });

  it("should send each event once when two workers poll at the same time", async () => {
    receiver.reset();
    for (let i = 0; i < 6; i++) await forwardedLeak();
    const otherDb = createPostgresClient(database.url!, 2);
    try {
      const clock = clockAt(new Date(Date.now() + 5 * 60_000));
      const [a, b] = await Promise.all([deliverDueWebhooks(database.db, clock), deliverDueWebhooks(otherDb, clock)]);
      expect(a + b).toBe(6);
      const ids = receiver.received.map((r) => r.headers["x-ventanilla-event-id"]);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
    } finally {
      await otherDb.$disconnect();
    }
  });

  it("should give up after the last attempt, and replay a failed delivery with the same event id", async () => {
    receiver.reset();
    await forwardedLeak();
    receiver.script = Array(WEBHOOK_MAX_ATTEMPTS).fill(500);
    const clock = clockAt(new Date(Date.now() + 10 * 60_000));
    for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      expect(await deliverDueWebhooks(database.db, clock)).toBe(1);
      clock.advance(backoffMs(attempt));
    }
    const failed = await database.db.webhookDelivery.findFirstOrThrow({ where: { status: "FAILED" }, orderBy: { id: "desc" } });
    expect(failed.attempts).toBe(WEBHOOK_MAX_ATTEMPTS);
    expect(await deliverDueWebhooks(database.db, clock)).toBe(0);

    const { delivery } = await replayWebhookDelivery({ ...partnerScope, clock }, { id: failed.id });
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 0, replayedAt: clock.now() });
    await expect(replayWebhookDelivery({ ...partnerScope, clock }, { id: failed.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await deliverDueWebhooks(database.db, clock)).toBe(1);
    expect(await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "DELIVERED", attempts: 1 });
    const ids = receiver.received.map((r) => r.headers["x-ventanilla-event-id"]);
    expect(ids).toHaveLength(WEBHOOK_MAX_ATTEMPTS + 1);
    expect(new Set(ids)).toEqual(new Set([failed.eventId]));
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "webhook.replay", entityId: String(failed.id) } });
    expect(audit.actorName).toMatch(/^api:/);
  });
});
