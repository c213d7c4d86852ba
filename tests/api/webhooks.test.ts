// Webhooks through GraphQL: ADMIN registers one for an API client or a partner for itself (the secret shown once),
// each partner sees only its own webhooks and delivery log, ADMIN and AUDITOR see all, and a failed delivery is
// replayed by the partner or by ADMIN.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { WEBHOOK_EVENTS } from "../../server/src/modules/webhook/webhook.events.ts";
import { registerWebhook } from "../../server/src/modules/webhook/webhook.service.ts";
import { authenticate } from "../../server/src/auth/authenticate.ts";
import { loadConfig } from "../../server/src/config.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run } from "../support/api.ts";
import { createApiClientKey } from "../support/factories.ts";

const REGISTER = `mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { webhook { id url events active apiClient { name } } secret userErrors { field code message } } }`;
const REMOVE = `mutation($i: RemoveWebhookInput!) { removeWebhook(input: $i) { webhook { id active removedAt } userErrors { field code } } }`;
const REPLAY = `mutation($i: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $i) { delivery { id status attempts eventId } userErrors { field code } } }`;
const WEBHOOKS = `query($f: WebhookFilter) { webhooks(first: 20, filter: $f) { totalCount nodes { id url events active deliveries(first: 5) { nodes { id eventType status } } } } }`;
const DELIVERIES = `query($f: WebhookDeliveryFilter) { webhookDeliveries(first: 20, filter: $f) { totalCount nodes { id eventId eventType status attempts lastStatusCode lastError body webhook { id } } } }`;

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let line073: string;
let billing: string;
let line073Id: number;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  line073 = await createApiClientKey(database.db, ["complaints:write"]);
  billing = await createApiClientKey(database.db, ["payments:write"]);
  line073Id = (await database.db.apiClient.findFirstOrThrow({ where: { keyPrefix: line073.split("_")[1] } })).id;
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** A delivery in the outbox of `webhookId`, in `status`. */
async function delivery(webhookGlobalId: string, status: "PENDING" | "DELIVERED" | "FAILED") {
  const webhookId = Number(Buffer.from(webhookGlobalId, "base64url").toString().split(":")[1]);
  const eventId = randomUUID();
  return database.db.webhookDelivery.create({
    data: { webhookId, eventId, eventType: "complaint.status_changed", body: JSON.stringify({ id: eventId }), status, attempts: status === "FAILED" ? 8 : 1, nextAttemptAt: new Date(), lastStatusCode: 500, lastError: "El receptor respondió 500" },
  });
}

describe("webhooks API", () => {
  it("should let ADMIN register a webhook for an API client, showing its secret only in that response", async () => {
    const result = await run(app, REGISTER, { i: { apiClientId: toGlobalId("ApiClient", line073Id), url: "https://073.example.mx/eventos", events: ["complaint.status_changed", "work_order.completed"] } }, callers.ADMIN.token);
    const payload = result.data.registerWebhook;
    expect(payload.userErrors).toEqual([]);
    expect(payload.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(payload.webhook).toMatchObject({ url: "https://073.example.mx/eventos", events: ["complaint.status_changed", "work_order.completed"], active: true, apiClient: { name: expect.stringMatching(/^socio-/) } });
    // the partner sees it (not its client record: that is ADMIN's), and never the secret
    const listed = await run(app, `{ webhooks(first: 5) { nodes { id apiClient { name } } } }`, {}, line073);
    expect(listed.data.webhooks.nodes).toEqual([{ id: payload.webhook.id, apiClient: null }]);
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "webhook.register" } });
    expect(JSON.stringify(audit)).not.toContain(payload.secret);
  });

  it("should let a partner register its own webhook, and refuse bad URLs, unknown events and another client", async () => {
    const own = await run(app, REGISTER, { i: { url: "https://banco.example.mx/ventanilla", events: ["payment.applied"] } }, billing);
    expect(own.data.registerWebhook.userErrors).toEqual([]);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ url: "ftp://banco.example.mx/x", events: ["payment.applied"] }, "url", "BAD_USER_INPUT"],
      [{ url: "no es una url", events: ["payment.applied"] }, "url", "BAD_USER_INPUT"],
      [{ url: "https://usuario:clave@banco.example.mx/", events: ["payment.applied"] }, "url", "BAD_USER_INPUT"],
      [{ url: `https://banco.example.mx/${"x".repeat(2000)}`, events: ["payment.applied"] }, "url", "BAD_USER_INPUT"],
      [{ url: "https://banco.example.mx/x", events: ["payment.refunded"] }, "events", "BAD_USER_INPUT"],
      [{ url: "https://banco.example.mx/x", events: [] }, "events", "BAD_USER_INPUT"],
      [{ url: "https://banco.example.mx/x", events: ["payment.applied"], apiClientId: toGlobalId("ApiClient", line073Id) }, "", "NOT_FOUND"],
    ];
    for (const [input, field, code] of cases) {
      const refused = await run(app, REGISTER, { i: input }, billing);
      expect({ input, errors: refused.data.registerWebhook.userErrors }).toEqual({ input, errors: [expect.objectContaining({ code, ...(field ? { field } : {}) })] });
    }
    // ADMIN must name the client
    const noClient = await run(app, REGISTER, { i: { url: "https://x.example.mx/", events: ["payment.applied"] } }, callers.ADMIN.token);
    expect(noClient.data.registerWebhook.userErrors).toEqual([expect.objectContaining({ field: "apiClientId", code: "BAD_USER_INPUT" })]);
    expect(await run(app, `{ webhookEvents { name description } }`, {}, billing)).toEqual({ data: { webhookEvents: Object.entries(WEBHOOK_EVENTS).map(([name, description]) => ({ name, description })) } });
  });

  it("should refuse, in production, plain http and receivers on this machine or an internal network", async () => {
    const actor = (await authenticate(database.db, billing, new Date()))!;
    const production = { db: database.db, actor, requestId: randomUUID(), clock: { now: () => new Date() }, config: loadConfig({ NODE_ENV: "production", DATABASE_URL: "postgresql://unused" }) };
    for (const url of ["http://banco.example.mx/x", "https://localhost/x", "https://127.0.0.1:8443/x", "https://10.1.2.3/x", "https://192.168.0.10/x", "https://169.254.169.254/latest", "https://[::1]/x", "https://[fd00::1]/x", "https://intranet.local/x"]) {
      await expect(registerWebhook(production, { url, events: ["payment.applied"] }), url).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "url" });
    }
    const { webhook } = await registerWebhook(production, { url: "https://banco.example.mx/ventanilla", events: ["payment.applied"] });
    expect(webhook.url).toBe("https://banco.example.mx/ventanilla");
  });

  it("should show each partner only its own webhooks and deliveries, and ADMIN and AUDITOR all of them", async () => {
    const mine = (await run(app, REGISTER, { i: { url: "https://073.example.mx/otro", events: ["complaint.status_changed"] } }, line073)).data.registerWebhook.webhook;
    const failed = await delivery(mine.id, "FAILED");
    const foreignKey = await createApiClientKey(database.db, ["complaints:read"]);

    const ownLog = await run(app, DELIVERIES, { f: { webhookId: mine.id } }, line073);
    expect(ownLog.data.webhookDeliveries.nodes).toEqual([
      { id: toGlobalId("WebhookDelivery", failed.id), eventId: failed.eventId, eventType: "complaint.status_changed", status: "FAILED", attempts: 8, lastStatusCode: 500, lastError: "El receptor respondió 500", body: failed.body, webhook: { id: mine.id } },
    ]);
    expect((await run(app, WEBHOOKS, {}, foreignKey)).data.webhooks).toEqual({ totalCount: 0, nodes: [] });
    expect((await run(app, DELIVERIES, {}, foreignKey)).data.webhookDeliveries).toEqual({ totalCount: 0, nodes: [] });
    expect((await run(app, `query($id: ID!) { node(id: $id) { id } }`, { id: mine.id }, foreignKey)).data.node).toBeNull();
    expect((await run(app, `query($id: ID!) { node(id: $id) { ... on Webhook { url } } }`, { id: mine.id }, line073)).data.node).toEqual({ url: "https://073.example.mx/otro" });
    expect((await run(app, REPLAY, { i: { id: toGlobalId("WebhookDelivery", failed.id) } }, foreignKey)).data.replayWebhookDelivery.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    expect((await run(app, REMOVE, { i: { id: mine.id } }, foreignKey)).data.removeWebhook.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);

    for (const role of ["ADMIN", "AUDITOR"] as const) {
      const all = await run(app, WEBHOOKS, { f: { apiClientId: toGlobalId("ApiClient", line073Id) } }, callers[role].token);
      expect(all.data.webhooks.nodes.map((w: { id: string }) => w.id)).toContain(mine.id);
      expect(all.data.webhooks.nodes.every((w: { url: string }) => w.url.startsWith("https://073."))).toBe(true);
    }
    expect(errorCodes(await run(app, WEBHOOKS, {}, callers.FRONT_DESK.token))).toEqual(["FORBIDDEN"]);
  });

  it("should replay a failed delivery (partner or ADMIN) with the same event id, and refuse one already queued", async () => {
    const hook = (await run(app, REGISTER, { i: { url: "https://073.example.mx/replay", events: ["complaint.status_changed"] } }, line073)).data.registerWebhook.webhook;
    const failed = await delivery(hook.id, "FAILED");
    const id = toGlobalId("WebhookDelivery", failed.id);
    const replayed = await run(app, REPLAY, { i: { id } }, line073);
    expect(replayed.data.replayWebhookDelivery).toEqual({ delivery: { id, status: "PENDING", attempts: 0, eventId: failed.eventId }, userErrors: [] });
    expect((await run(app, REPLAY, { i: { id } }, callers.ADMIN.token)).data.replayWebhookDelivery.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT", field: "id" })]);
    await database.db.webhookDelivery.update({ where: { id: failed.id }, data: { status: "FAILED" } });
    expect((await run(app, REPLAY, { i: { id } }, callers.ADMIN.token)).data.replayWebhookDelivery.userErrors).toEqual([]);
    expect(errorCodes(await run(app, REPLAY, { i: { id } }, callers.AUDITOR.token))).toEqual(["FORBIDDEN"]);
  });

  it("should remove a webhook: its pending deliveries are given up and cannot be replayed", async () => {
    const hook = (await run(app, REGISTER, { i: { url: "https://073.example.mx/baja", events: ["complaint.status_changed"] } }, line073)).data.registerWebhook.webhook;
    const pending = await delivery(hook.id, "PENDING");
    const removed = await run(app, REMOVE, { i: { id: hook.id } }, callers.ADMIN.token);
    expect(removed.data.removeWebhook).toEqual({ webhook: { id: hook.id, active: false, removedAt: expect.any(String) }, userErrors: [] });
    expect(await database.db.webhookDelivery.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "FAILED", lastError: "El webhook fue eliminado" });
    expect((await run(app, REPLAY, { i: { id: toGlobalId("WebhookDelivery", pending.id) } }, line073)).data.replayWebhookDelivery.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    expect((await run(app, REMOVE, { i: { id: hook.id } }, line073)).data.removeWebhook.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    const listed = await run(app, WEBHOOKS, {}, line073);
    expect(listed.data.webhooks.nodes.map((w: { id: string }) => w.id)).not.toContain(hook.id);
  });
});
