import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { ApiClient } from "../api-client/api-client.type.ts";
import {
  RegisterWebhookInput, RegisterWebhookPayload, RemoveWebhookInput, RemoveWebhookPayload, ReplayWebhookDeliveryInput, ReplayWebhookDeliveryPayload, Webhook,
  WebhookDelivery, WebhookDeliveryFilter, WebhookDeliveryPage, WebhookEventType, WebhookFilter, WebhookPage,
} from "./webhook.type.ts";
import {
  findWebhook, listWebhookDeliveries, listWebhooks, registerWebhook, removeWebhook, replayWebhookDelivery, webhookClient, webhookEventList, withoutSecret,
} from "./webhook.service.ts";

const INPUT = { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." };

@Resolver(() => Webhook)
export class WebhookResolver extends NodeResolver(Webhook, "Webhook") {
  @Authorized(...Operations.readWebhooks)
  @Query(() => WebhookPage, { description: "Webhooks the caller may see (a partner key: its own; ADMIN and AUDITOR: every client's), newest first." })
  webhooks(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => WebhookFilter, { nullable: true, description: "Optional filters." }) filter?: WebhookFilter) {
    return listWebhooks(ctx as ActingScope, { apiClientId: filter?.apiClientId ? idOf("ApiClient", filter.apiClientId, "filter.apiClientId") : null, includeRemoved: filter?.includeRemoved }, page);
  }

  @Authorized(...Operations.readWebhooks)
  @Query(() => WebhookDeliveryPage, { description: "The delivery log of the webhooks the caller may see, newest first." })
  webhookDeliveries(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => WebhookDeliveryFilter, { nullable: true, description: "Optional filters." }) filter?: WebhookDeliveryFilter) {
    return listWebhookDeliveries(ctx as ActingScope, { webhookId: filter?.webhookId ? idOf("Webhook", filter.webhookId, "filter.webhookId") : null, status: filter?.status }, page);
  }

  @Authorized(...Operations.readWebhooks)
  @Query(() => [WebhookEventType], { description: "Every event a webhook may receive, with when it is sent (the one registry)." })
  webhookEvents() {
    return webhookEventList();
  }

  @Authorized(...Operations.manageWebhooks)
  @Mutation(() => RegisterWebhookPayload, { description: "Registers a webhook: ADMIN for an API client, or a partner key for itself. Its signing secret is in this response only." })
  registerWebhook(@Ctx() ctx: Context, @Arg("input", () => RegisterWebhookInput, INPUT) input: RegisterWebhookInput) {
    return asPayload(input, async () => {
      const { webhook, secret } = await registerWebhook(ctx as ActingScope, { ...input, apiClientId: input.apiClientId ? idOf("ApiClient", input.apiClientId, "apiClientId") : null });
      return { webhook: withoutSecret(webhook), secret };
    });
  }

  @Authorized(...Operations.manageWebhooks)
  @Mutation(() => RemoveWebhookPayload, { description: "Removes a webhook: it receives nothing more, and its pending deliveries are given up." })
  removeWebhook(@Ctx() ctx: Context, @Arg("input", () => RemoveWebhookInput, INPUT) input: RemoveWebhookInput) {
    return asPayload(input, () => removeWebhook(ctx as ActingScope, { id: idOf("Webhook", input.id) }));
  }

  @Authorized(...Operations.manageWebhooks)
  @Mutation(() => ReplayWebhookDeliveryPayload, { description: "Sends a delivery again, with the same event id and body: a FAILED one, or a DELIVERED one the receiver lost." })
  replayWebhookDelivery(@Ctx() ctx: Context, @Arg("input", () => ReplayWebhookDeliveryInput, INPUT) input: ReplayWebhookDeliveryInput) {
    return asPayload(input, () => replayWebhookDelivery(ctx as ActingScope, { id: idOf("WebhookDelivery", input.id) }));
  }

  @FieldResolver(() => ApiClient, { nullable: true, description: "The API client it belongs to (null for a partner key: it is its own)." })
  apiClient(@Root() row: { apiClientId: number }, @Ctx() ctx: Context) {
    return webhookClient(ctx as ActingScope, row.apiClientId);
  }

  @FieldResolver(() => WebhookDeliveryPage, { description: "Its delivery log, newest first." })
  deliveries(@Root() row: { id: number }, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return listWebhookDeliveries(ctx as ActingScope, { webhookId: row.id }, page);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver extends NodeResolver(WebhookDelivery, "WebhookDelivery") {
  @FieldResolver(() => Webhook, { nullable: true, description: "The webhook it was sent to." })
  webhook(@Root() row: { webhookId: number }, @Ctx() ctx: Context) {
    return findWebhook(ctx as ActingScope, row.webhookId);
  }
}
