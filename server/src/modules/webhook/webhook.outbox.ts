// Writes an event into the outbox (WebhookDelivery), in the transaction of the change that caused it: one row for each
// active webhook of the partner that subscribed to the event's type. The worker sends them after the commit; a
// rollback takes the rows with it, so no event is sent for a change that did not happen.
import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/client.ts";
import type { WebhookEvent } from "./webhook.events.ts";

export async function enqueueWebhookEvent(tx: Tx, apiClientId: number | null | undefined, type: WebhookEvent, data: Record<string, unknown>, now: Date): Promise<number> {
  if (!apiClientId) return 0;
  const webhooks = await tx.webhook.findMany({ where: { apiClientId, active: true, events: { has: type } }, select: { id: true } });
  if (!webhooks.length) return 0;
  const eventId = randomUUID();
  const body = JSON.stringify({ id: eventId, type, occurredAt: now.toISOString(), data });
  await tx.webhookDelivery.createMany({ data: webhooks.map((w) => ({ webhookId: w.id, eventId, eventType: type, body, nextAttemptAt: now })) });
  return webhooks.length;
}
