import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ArrayMaxSize } from "class-validator";
import { WebhookDeliveryStatus } from "../../generated/prisma/enums.ts";
import { Node } from "../../graphql/node.ts";
import { UserError } from "../../graphql/user-error.ts";
import { Connection } from "../../shared/pagination.ts";
import { MaxText } from "../../shared/validation.ts";
import { WEBHOOK_EVENTS } from "./webhook.events.ts";
import { WEBHOOK_URL_MAX_LENGTH } from "./webhook.service.ts";

const EVENT_LIST = Object.entries(WEBHOOK_EVENTS).map(([name, meaning]) => `${name}: ${meaning}`).join(" ");

@ObjectType({ simpleResolvers: true, description: "An event a webhook may receive, and when it is sent." })
export class WebhookEventType {
  @Field(() => String, { description: "The event's name, e.g. complaint.status_changed." })
  name: string;

  @Field(() => String, { description: "When it is sent." })
  description: string;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A partner's webhook: where the events on what its key created are POSTed, signed (README: Webhooks). Its secret is shown only when registered." })
export class Webhook extends Node {
  @Field(() => String, { description: "The receiver's URL." })
  url: string;

  @Field(() => [String], { description: `The events it receives. ${EVENT_LIST}` })
  events: string[];

  @Field(() => Boolean, { description: "False once removed: it receives nothing more." })
  active: boolean;

  @Field(() => Date, { description: "When it was registered." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was removed." })
  removedAt: Date | null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "One event sent (or being sent) to one webhook: the delivery log." })
export class WebhookDelivery extends Node {
  @Field(() => String, { description: "The event's id (header X-Ventanilla-Event-Id): the same on every attempt and replay." })
  eventId: string;

  @Field(() => String, { description: "The event's type, e.g. complaint.status_changed." })
  eventType: string;

  @Field(() => String, { description: "The JSON body sent." })
  body: string;

  @Field(() => WebhookDeliveryStatus, { description: "Where the delivery stands." })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: "Attempts made (since the last replay)." })
  attempts: number;

  @Field(() => Date, { nullable: true, description: "When the next attempt is due (PENDING)." })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the last attempt was made." })
  lastAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status at the last attempt (null: no answer)." })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed, in Spanish." })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: "When the receiver accepted it." })
  deliveredAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was last queued again by a replay." })
  replayedAt: Date | null;

  @Field(() => Date, { description: "When the event happened (and the delivery was queued)." })
  createdAt: Date;
}

@ObjectType({ description: "A page of webhooks." })
export class WebhookPage extends Connection(Webhook, "Webhook") {}

@ObjectType({ description: "A page of webhook deliveries." })
export class WebhookDeliveryPage extends Connection(WebhookDelivery, "WebhookDelivery") {}

@InputType({ description: "Which webhooks to list." })
export class WebhookFilter {
  @Field(() => ID, { nullable: true, description: "Only this API client's (ADMIN, AUDITOR; a partner sees only its own anyway)." })
  apiClientId?: string;

  @Field(() => Boolean, { nullable: true, description: "Include removed webhooks (default false)." })
  includeRemoved?: boolean;
}

@InputType({ description: "Which deliveries to list." })
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true, description: "Only this webhook's." })
  webhookId?: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: "Only deliveries in this status (e.g. FAILED, to replay)." })
  status?: WebhookDeliveryStatus;
}

@InputType({ description: "A webhook to register." })
export class RegisterWebhookInput {
  @Field(() => ID, { nullable: true, description: "The API client it is for: required for ADMIN; a partner registers for itself (leave it out)." })
  apiClientId?: string;

  @Field(() => String, { description: `The receiver's URL: https:// (http:// only outside production); up to ${WEBHOOK_URL_MAX_LENGTH} characters.` })
  @MaxText(WEBHOOK_URL_MAX_LENGTH)
  url: string;

  @Field(() => [String], { description: `The events to receive (at least one). ${EVENT_LIST}` })
  @ArrayMaxSize(20, { message: "Admite hasta 20 eventos" })
  events: string[];
}

@InputType({ description: "A webhook to remove." })
export class RemoveWebhookInput {
  @Field(() => ID, { description: "The webhook." })
  id: string;
}

@InputType({ description: "A delivery to send again." })
export class ReplayWebhookDeliveryInput {
  @Field(() => ID, { description: "A FAILED delivery (or a DELIVERED one the receiver lost)." })
  id: string;
}

@ObjectType({ description: "The webhook registered, and its signing secret (shown only here)." })
export class RegisterWebhookPayload {
  @Field(() => Webhook, { nullable: true, description: "The webhook; null when userErrors is not empty." })
  webhook?: Webhook;

  @Field(() => String, { nullable: true, description: "The HMAC-SHA256 secret of its signatures (whsec_…): keep it, it is never shown again." })
  secret?: string;

  @Field(() => [UserError], { description: "Why nothing was registered; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "The webhook removed." })
export class RemoveWebhookPayload {
  @Field(() => Webhook, { nullable: true, description: "The webhook, now inactive; null when userErrors is not empty." })
  webhook?: Webhook;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "The delivery queued again." })
export class ReplayWebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: "The delivery, PENDING again; null when userErrors is not empty." })
  delivery?: WebhookDelivery;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}
