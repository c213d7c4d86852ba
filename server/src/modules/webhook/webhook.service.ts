// A partner's webhooks: registered by ADMIN for a client or by the partner for itself (its secret shown once),
// removed, listed with their delivery log, and a delivery replayed. Every change with its audit entry.
import { BlockList, isIPv4, isIPv6 } from "node:net";
import type { ActingScope } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { WebhookDeliveryStatus } from "../../generated/prisma/enums.ts";
import { inTransaction } from "../../db/transaction.ts";
import { apiClientScope, webhookDeliveryScope, webhookScope } from "../../auth/policies.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { isWebhookEvent, WEBHOOK_EVENTS } from "./webhook.events.ts";
import { newWebhookSecret } from "./webhook.signature.ts";

/** How many active webhooks one client may have. */
export const MAX_WEBHOOKS_PER_CLIENT = 10;
export const WEBHOOK_URL_MAX_LENGTH = 2000;

/** A webhook row as audit entries and the API may show it: never its secret. */
export const withoutSecret = <T extends { secret: string }>({ secret: _secret, ...row }: T) => row;

/** Loopback, private, link-local and unique-local networks: no partner's receiver lives there in production. */
const INTERNAL = new BlockList();
for (const [network, bits] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.168.0.0", 16]] as const) INTERNAL.addSubnet(network, bits, "ipv4");
for (const [network, bits] of [["::", 127], ["fc00::", 7], ["fe80::", 10]] as const) INTERNAL.addSubnet(network, bits, "ipv6");

/** Whether a URL's host names this machine or an internal network (by name or literal address; names are not resolved). */
function isInternalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal")) return true;
  const type = isIPv4(host) ? "ipv4" : isIPv6(host) ? "ipv6" : null;
  return type !== null && INTERNAL.check(host, type);
}

/**
 * The URL a webhook may have: https (http only outside production, for local receivers), no credentials in it, and in
 * production no loopback or internal-network host (the worker must not be made to call the utility's own network).
 */
function webhookUrl(raw: string, production: boolean): string {
  const text = raw.trim();
  if (!text || text.length > WEBHOOK_URL_MAX_LENGTH) throw badInput("url", `Indique la URL (hasta ${WEBHOOK_URL_MAX_LENGTH} caracteres)`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput("url", "La URL no es válida");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && !production)) throw badInput("url", "La URL debe ser https://");
  if (url.username || url.password) throw badInput("url", "La URL no debe llevar usuario ni contraseña");
  if (production && isInternalHost(url.hostname)) throw badInput("url", "La URL debe ser una dirección pública");
  return url.toString();
}

function webhookEvents(events: string[]): string[] {
  const unknown = events.filter((e) => !isWebhookEvent(e));
  if (unknown.length) throw badInput("events", `Eventos desconocidos: ${unknown.join(", ")}`);
  const unique = [...new Set(events)];
  if (!unique.length) throw badInput("events", "Elija al menos un evento");
  return unique;
}

/**
 * Registers a webhook for a partner: ADMIN names the client; a partner registers for itself (a client it names must
 * be itself). Answers the secret once.
 */
export async function registerWebhook(scope: ActingScope, input: { apiClientId?: number | null; url: string; events: string[] }) {
  const url = webhookUrl(input.url, scope.config.production);
  const events = webhookEvents(input.events);
  const apiClientId = scope.actor.kind === "partner" ? scope.actor.id : input.apiClientId;
  if (!apiClientId) throw badInput("apiClientId", "Indique el cliente de la API");
  if (scope.actor.kind === "partner" && input.apiClientId && input.apiClientId !== scope.actor.id) throw notFound("El cliente de la API");
  const secret = newWebhookSecret();
  return inTransaction(scope, async (tx) => {
    const client = scope.actor.kind === "partner" ? { id: scope.actor.id, active: true } : await tx.apiClient.findFirst({ where: { AND: [apiClientScope(scope.actor), { id: apiClientId }] } });
    if (!client) throw notFound("El cliente de la API");
    if (!client.active) throw conflict("El cliente de la API está revocado", "apiClientId");
    // one registration at a time per client, so the limit holds under concurrent calls
    await tx.$executeRaw`SELECT id FROM "ApiClient" WHERE id = ${apiClientId} FOR UPDATE`;
    if ((await tx.webhook.count({ where: { apiClientId, active: true } })) >= MAX_WEBHOOKS_PER_CLIENT) throw conflict(`Un cliente tiene como máximo ${MAX_WEBHOOKS_PER_CLIENT} webhooks`, "url");
    const webhook = await tx.webhook.create({ data: { apiClientId, url, events, secret, createdAt: scope.clock.now() } });
    await recordAudit(tx, scope, { action: "webhook.register", entityType: "Webhook", entityId: webhook.id, after: withoutSecret(webhook) });
    return { webhook, secret };
  });
}

/** Removes a webhook: it receives nothing more, and its pending deliveries are given up (FAILED, with the reason). */
export async function removeWebhook(scope: ActingScope, input: { id: number }) {
  return inTransaction(scope, async (tx) => {
    const before = await tx.webhook.findFirst({ where: { AND: [webhookScope(scope.actor), { id: input.id }] } });
    if (!before) throw notFound("El webhook");
    if (!before.active) throw conflict("El webhook ya fue eliminado", "id");
    const now = scope.clock.now();
    const webhook = await tx.webhook.update({ where: { id: before.id }, data: { active: false, removedAt: now } });
    await tx.webhookDelivery.updateMany({ where: { webhookId: before.id, status: "PENDING" }, data: { status: "FAILED", lastError: "El webhook fue eliminado" } });
    await recordAudit(tx, scope, { action: "webhook.remove", entityType: "Webhook", entityId: webhook.id, before: withoutSecret(before), after: withoutSecret(webhook) });
    return { webhook };
  });
}

/** Queues a delivery again (same event id and body): a FAILED one, or a DELIVERED one the receiver lost. */
export async function replayWebhookDelivery(scope: ActingScope, input: { id: number }) {
  return inTransaction(scope, async (tx) => {
    const before = await tx.webhookDelivery.findFirst({ where: { AND: [webhookDeliveryScope(scope.actor), { id: input.id }] }, include: { webhook: { select: { active: true } } } });
    if (!before) throw notFound("La entrega");
    if (!before.webhook.active) throw conflict("El webhook fue eliminado", "id");
    const now = scope.clock.now();
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: before.id, status: { in: ["FAILED", "DELIVERED"] } },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now, replayedAt: now, deliveredAt: null },
    });
    if (count !== 1) throw conflict("La entrega ya está en cola", "id");
    const delivery = await tx.webhookDelivery.findUniqueOrThrow({ where: { id: before.id } });
    const { webhook: _webhook, body: _body, ...beforeRow } = before;
    const { body: _afterBody, ...afterRow } = delivery;
    await recordAudit(tx, scope, { action: "webhook.replay", entityType: "WebhookDelivery", entityId: delivery.id, before: beforeRow, after: afterRow });
    return { delivery };
  });
}

export interface WebhookFilter {
  apiClientId?: number | null;
  includeRemoved?: boolean | null;
}

/** The webhooks the caller may see (a partner its own), newest first. */
export function listWebhooks(scope: ActingScope, filter: WebhookFilter | null | undefined, page: PageArgs) {
  const where: Prisma.WebhookWhereInput = {
    AND: [webhookScope(scope.actor), { ...(filter?.apiClientId ? { apiClientId: filter.apiClientId } : {}), ...(filter?.includeRemoved ? {} : { active: true }) }],
  };
  return paginateModel(scope.db.webhook, where, page, "desc");
}

/** The client a webhook belongs to, if the caller may see clients (ADMIN, AUDITOR). */
export function webhookClient(scope: ActingScope, apiClientId: number) {
  return scope.db.apiClient.findFirst({ where: { AND: [apiClientScope(scope.actor), { id: apiClientId }] } });
}

export function findWebhook(scope: ActingScope, id: number) {
  return scope.db.webhook.findFirst({ where: { AND: [webhookScope(scope.actor), { id }] } });
}

export function findWebhookDelivery(scope: ActingScope, id: number) {
  return scope.db.webhookDelivery.findFirst({ where: { AND: [webhookDeliveryScope(scope.actor), { id }] } });
}

/** A webhook's delivery log (or the caller's whole log), newest first. */
export function listWebhookDeliveries(scope: ActingScope, filter: { webhookId?: number | null; status?: WebhookDeliveryStatus | null }, page: PageArgs) {
  const where: Prisma.WebhookDeliveryWhereInput = {
    AND: [webhookDeliveryScope(scope.actor), { ...(filter.webhookId ? { webhookId: filter.webhookId } : {}), ...(filter.status ? { status: filter.status } : {}) }],
  };
  return paginateModel(scope.db.webhookDelivery, where, page, "desc");
}

export const webhookEventList = () => Object.entries(WEBHOOK_EVENTS).map(([name, description]) => ({ name, description }));
