import { fail } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { errorText } from "$lib/admin";
import { pageLinks, readCursor } from "$lib/pagination";
import type { Actions, PageServerLoad } from "./$types";

const PAGE_SIZE = 50;

const ApiClients = graphql(`
  query ApiClients($first: Int!, $after: String) {
    apiScopes {
      name
      description
    }
    apiClients(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        description
        keyPrefix
        scopes
        active
        createdAt
        rotatedAt
        previousKeyExpiresAt
        revokedAt
        lastUsedAt
      }
    }
  }
`);

const CreateApiClient = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      apiClient {
        name
      }
      key
      userErrors {
        field
        message
      }
    }
  }
`);
const RotateApiClientKey = graphql(`
  mutation RotateApiClientKey($input: RotateApiClientKeyInput!) {
    rotateApiClientKey(input: $input) {
      apiClient {
        name
        previousKeyExpiresAt
      }
      key
      userErrors {
        field
        message
      }
    }
  }
`);
const RevokeApiClient = graphql(`
  mutation RevokeApiClient($input: RevokeApiClientInput!) {
    revokeApiClient(input: $input) {
      apiClient {
        name
      }
      userErrors {
        message
      }
    }
  }
`);

const FIELDS = ["name", "description", "scopes"] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  const { token } = requireUser(locals);
  const { data } = await api(token, ApiClients, { first: PAGE_SIZE, after: readCursor(url).after });
  const page = data.apiClients;
  return { scopes: data.apiScopes, clients: page.nodes, pages: Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)), links: pageLinks(url, page.pageInfo.endCursor, page.pageInfo.hasNextPage) };
};

// create and rotate answer with the page itself (no redirect): the new key is shown once, in that response only
export const actions: Actions = {
  create: async ({ locals, request }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = { name: text(form, "name"), description: text(form, "description") };
    const scopes = form.getAll("scopes").map(String);
    const { apiClient, key, userErrors } = (await api(token, CreateApiClient, { input: { ...values, scopes } })).data.createApiClient;
    if (!apiClient || !key) return fail(400, { values, scopes, errors: userErrorsByField(userErrors, FIELDS) });
    return { key: { name: apiClient.name, key, note: "Cliente creado." } };
  },
  rotate: async ({ locals, request }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const graceHours = Number(text(form, "graceHours") || "24");
    const { apiClient, key, userErrors } = (await api(token, RotateApiClientKey, { input: { id: text(form, "id"), graceHours } })).data.rotateApiClientKey;
    if (!apiClient || !key) return fail(400, { error: errorText(userErrors, "No se pudo rotar la llave") });
    return { key: { name: apiClient.name, key, note: apiClient.previousKeyExpiresAt ? "La llave anterior sigue valiendo durante el periodo de gracia." : "La llave anterior dejó de valer." } };
  },
  revoke: async ({ locals, request }) => {
    const { token } = requireUser(locals);
    const { apiClient, userErrors } = (await api(token, RevokeApiClient, { input: { id: text(await request.formData(), "id") } })).data.revokeApiClient;
    if (!apiClient) return fail(400, { error: errorText(userErrors, "No se pudo revocar") });
    return { revoked: apiClient.name };
  },
};
