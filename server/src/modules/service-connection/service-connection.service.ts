import type { Prisma } from "../../generated/prisma/client.ts";
import type { ConnectionStatus } from "../../generated/prisma/enums.ts";
import type { ActingScope } from "../../context.ts";
import { connectionScope, historyScope, ledgerScope } from "../../auth/policies.ts";
import { paginateModel, paginateModelBy, type PageArgs } from "../../shared/pagination.ts";
import { normalizeForSearch } from "../../shared/text.ts";
import { NO_ROWS, searchText } from "../../shared/input-rules.ts";
import { badInput } from "../../shared/errors.ts";

export interface ConnectionFilterInput {
  search?: string | null;
  localityId?: number | null;
  status?: ConnectionStatus | null;
}

/** Search terms as accent-free words; each must appear in the searchable text (trigram index). */
export function searchTerms(search: string | null | undefined): string[] {
  return search ? normalizeForSearch(search).match(/[a-z0-9]+/g) ?? [] : [];
}

/**
 * Conditions on a `searchText` column: every search term must appear in it (served by the trigram index). A search
 * with no usable term (only `%`, `_`, symbols, emoji) matches nothing rather than everything.
 */
export function searchTextMatches(search: string | null | undefined) {
  const terms = searchTerms(search);
  if (!terms.length && searchText(search)) return [NO_ROWS] as { searchText?: { contains: string } }[];
  return terms.map((term) => ({ searchText: { contains: term } }));
}

export function connectionWhere(filter: ConnectionFilterInput | null = {}): Prisma.ServiceConnectionWhereInput {
  filter ??= {};
  return {
    AND: searchTextMatches(filter.search),
    ...(filter.localityId ? { localityId: filter.localityId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
}

/** One connection the actor may see, by id or control number; null when there is none (or it is out of reach). */
export async function findConnection(scope: ActingScope, by: { id?: number; controlNumber?: string }) {
  const key = by.id ? { id: by.id } : by.controlNumber ? { controlNumber: by.controlNumber.trim() } : null;
  if (!key) throw badInput("controlNumber", "Indique el id o el número de control");
  return scope.db.serviceConnection.findFirst({ where: { AND: [connectionScope(scope.actor), key] } });
}

/** A search counts its matches exactly up to this many; beyond, it says "more than" (a broad name matches tens of thousands). */
export const CONNECTION_COUNT_LIMIT = 1000;

export async function searchConnections(scope: ActingScope, filter: ConnectionFilterInput | null | undefined, page: PageArgs) {
  const where = { AND: [connectionScope(scope.actor), connectionWhere(filter)] };
  const result = await paginateModel(scope.db.serviceConnection, where, page, "asc");
  // a first page that holds every match is its own count; otherwise counting stops one past the limit, so the database
  // reads at most that many matches, never the whole city
  const complete = !page.after && !result.pageInfo.hasNextPage;
  let counted: Promise<number> | undefined;
  const bounded = () => (counted ??= complete ? Promise.resolve(result.nodes.length) : scope.db.serviceConnection.count({ where, take: CONNECTION_COUNT_LIMIT + 1 }));
  return {
    ...result,
    totalCount: async () => Math.min(await bounded(), CONNECTION_COUNT_LIMIT),
    totalCountIsExact: async () => (await bounded()) <= CONNECTION_COUNT_LIMIT,
  };
}

export function connectionHistory(scope: ActingScope, connectionId: number, page: PageArgs) {
  return paginateModelBy(scope.db.historyEvent, { AND: [historyScope(scope.actor), { connectionId }] }, page, "occurredAt", "desc");
}

export function connectionLedger(scope: ActingScope, connectionId: number, page: PageArgs) {
  return paginateModelBy(scope.db.ledgerEntry, { AND: [ledgerScope(scope.actor), { connectionId }] }, page, "postedAt", "desc");
}
