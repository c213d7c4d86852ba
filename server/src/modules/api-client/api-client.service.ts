// Partner API clients (ADMIN): created with scopes from the one registry (policies.ts API_SCOPES), the key shown
// once and stored as its SHA-256; rotation keeps the old key working for a grace period; revocation is immediate.
import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { API_SCOPES, apiClientScope } from "../../auth/policies.ts";
import { newApiKey, sha256 } from "../../auth/tokens.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { recordAudit } from "../audit/audit.service.ts";

/** How long an old key keeps working after a rotation, by default and at most. */
export const DEFAULT_GRACE_HOURS = 24;
export const MAX_GRACE_HOURS = 24 * 30;

/** The fields of a client row an audit entry may show (never key hashes). */
const audited = ({ keyHash: _k, previousKeyHash: _p, ...row }: { keyHash: string; previousKeyHash: string | null } & Record<string, unknown>) => row;

function validScopes(scopes: string[]): string[] {
  const unknown = scopes.filter((s) => !(s in API_SCOPES));
  if (unknown.length) throw badInput("scopes", `Permisos desconocidos: ${unknown.join(", ")}`);
  const unique = [...new Set(scopes)];
  if (!unique.length) throw badInput("scopes", "Elija al menos un permiso");
  return unique;
}

export async function createApiClient(scope: ActingScope, input: { name: string; description?: string | null; scopes: string[] }) {
  const name = input.name.trim();
  if (!/^[a-z0-9][a-z0-9-]{1,59}$/.test(name)) throw badInput("name", "El nombre debe llevar de 2 a 60 letras minúsculas, números o guiones (p. ej. linea-073)");
  const scopes = validScopes(input.scopes);
  const { key, prefix } = newApiKey();
  return inTransaction(scope, async (tx) => {
    if (await tx.apiClient.findUnique({ where: { name }, select: { id: true } })) throw conflict(`Ya existe el cliente ${name}`, "name");
    const client = await tx.apiClient.create({ data: { name, description: input.description?.trim() ?? "", scopes, keyPrefix: prefix, keyHash: sha256(key), createdAt: scope.clock.now() } });
    await recordAudit(tx, scope, { action: "apiClient.create", entityType: "ApiClient", entityId: client.id, after: audited(client) });
    return { apiClient: client, key };
  });
}

async function clientToChange(scope: ActingScope, tx: Parameters<Parameters<typeof inTransaction>[1]>[0], id: number) {
  const client = await tx.apiClient.findFirst({ where: { AND: [apiClientScope(scope.actor), { id }] } });
  if (!client) throw notFound("El cliente de la API");
  if (!client.active) throw conflict(`El cliente ${client.name} está revocado`);
  return client;
}

/** A new key; the current one keeps working for `graceHours` (0: ends now). */
export async function rotateApiClientKey(scope: ActingScope, input: { id: number; graceHours?: number | null }) {
  const graceHours = input.graceHours ?? DEFAULT_GRACE_HOURS;
  if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > MAX_GRACE_HOURS) throw badInput("graceHours", `El periodo de gracia va de 0 a ${MAX_GRACE_HOURS} horas`);
  const { key, prefix } = newApiKey();
  return inTransaction(scope, async (tx) => {
    const before = await clientToChange(scope, tx, input.id);
    const now = scope.clock.now();
    const client = await tx.apiClient.update({
      where: { id: before.id },
      data: {
        keyPrefix: prefix,
        keyHash: sha256(key),
        previousKeyPrefix: graceHours ? before.keyPrefix : null,
        previousKeyHash: graceHours ? before.keyHash : null,
        previousKeyExpiresAt: graceHours ? new Date(now.getTime() + graceHours * 3_600_000) : null,
        rotatedAt: now,
      },
    });
    await recordAudit(tx, scope, { action: "apiClient.rotateKey", entityType: "ApiClient", entityId: client.id, before: audited(before), after: audited(client) });
    return { apiClient: client, key };
  });
}

/** Ends every key of the client at once. */
export async function revokeApiClient(scope: ActingScope, input: { id: number }) {
  return inTransaction(scope, async (tx) => {
    const before = await clientToChange(scope, tx, input.id);
    const client = await tx.apiClient.update({
      where: { id: before.id },
      data: { active: false, revokedAt: scope.clock.now(), previousKeyPrefix: null, previousKeyHash: null, previousKeyExpiresAt: null },
    });
    await recordAudit(tx, scope, { action: "apiClient.revoke", entityType: "ApiClient", entityId: client.id, before: audited(before), after: audited(client) });
    return { apiClient: client };
  });
}

export function listApiClients(scope: ActingScope, page: PageArgs) {
  return paginateModel(scope.db.apiClient, apiClientScope(scope.actor), page, "asc");
}

/** The registry of scopes, with their meaning. */
export const apiScopes = () => Object.entries(API_SCOPES).map(([name, description]) => ({ name, description }));
