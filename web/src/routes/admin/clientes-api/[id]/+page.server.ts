import { error, fail } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { errorText } from "$lib/admin";
import type { Actions, PageServerLoad } from "./$types";

const ClientWebhooks = graphql(`
  query ClientWebhooks($id: ID!) {
    node(id: $id) {
      ... on ApiClient {
        id
        name
        description
        active
      }
    }
    webhookEvents {
      name
      description
    }
    webhooks(first: 20, filter: { apiClientId: $id }) {
      nodes {
        id
        url
        events
        createdAt
        deliveries(first: 20) {
          totalCount
          nodes {
            id
            eventId
            eventType
            status
            attempts
            lastStatusCode
            lastError
            lastAttemptAt
            nextAttemptAt
            deliveredAt
            replayedAt
            createdAt
          }
        }
      }
    }
  }
`);

const RegisterWebhook = graphql(`
  mutation RegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      webhook {
        url
      }
      secret
      userErrors {
        field
        message
      }
    }
  }
`);
const RemoveWebhook = graphql(`
  mutation RemoveWebhook($input: RemoveWebhookInput!) {
    removeWebhook(input: $input) {
      webhook {
        url
      }
      userErrors {
        message
      }
    }
  }
`);
const ReplayWebhookDelivery = graphql(`
  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {
    replayWebhookDelivery(input: $input) {
      delivery {
        eventId
      }
      userErrors {
        message
      }
    }
  }
`);

const FIELDS = ["url", "events"] as const;

export const load: PageServerLoad = async ({ locals, params }) => {
  const { token } = requireUser(locals);
  const { data } = await api(token, ClientWebhooks, { id: params.id });
  if (!data.node || !("name" in data.node)) error(404, "El cliente de la API no existe");
  return { client: data.node, events: data.webhookEvents, webhooks: data.webhooks.nodes };
};

// register answers with the page itself (no redirect): the secret is shown once, in that response only
export const actions: Actions = {
  register: async ({ locals, request, params }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = { url: text(form, "url") };
    const events = form.getAll("events").map(String);
    const { webhook, secret, userErrors } = (await api(token, RegisterWebhook, { input: { apiClientId: params.id, url: values.url, events } })).data.registerWebhook;
    if (!webhook || !secret) return fail(400, { values, events, errors: userErrorsByField(userErrors, FIELDS) });
    return { secret: { url: webhook.url, secret } };
  },
  remove: async ({ locals, request }) => {
    const { token } = requireUser(locals);
    const { webhook, userErrors } = (await api(token, RemoveWebhook, { input: { id: text(await request.formData(), "id") } })).data.removeWebhook;
    if (!webhook) return fail(400, { error: errorText(userErrors, "No se pudo eliminar el webhook") });
    return { removed: webhook.url };
  },
  replay: async ({ locals, request }) => {
    const { token } = requireUser(locals);
    const { delivery, userErrors } = (await api(token, ReplayWebhookDelivery, { input: { id: text(await request.formData(), "id") } })).data.replayWebhookDelivery;
    if (!delivery) return fail(400, { error: errorText(userErrors, "No se pudo reenviar") });
    return { replayed: delivery.eventId };
  },
};
