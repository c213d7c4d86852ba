// The events a partner's webhook may receive: always about what its own key created. The one registry (the API's
// `webhookEvents`, registerWebhook's check and the README list these).
export const WEBHOOK_EVENTS = {
  "complaint.status_changed": "A complaint or report the partner filed changed status (forwarded, verified, resolved, closed…).",
  "work_order.completed": "An order issued for a complaint the partner filed was completed (solventada) in the field.",
  "payment.applied": "A payment the partner recorded was applied to the account.",
} as const;

export type WebhookEvent = keyof typeof WEBHOOK_EVENTS;

export const isWebhookEvent = (name: string): name is WebhookEvent => Object.hasOwn(WEBHOOK_EVENTS, name);
