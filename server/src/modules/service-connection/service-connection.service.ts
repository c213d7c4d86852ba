import type { Prisma } from "../../generated/prisma/client.ts";
import type { ConnectionStatus } from "../../generated/prisma/enums.ts";
import type { Scope } from "../../context.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { normalizeForSearch } from "../../shared/text.ts";
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

/** Conditions on a `searchText` column: every search term must appear in it (served by the trigram index). */
export function searchTextMatches(search: string | null | undefined) {
  return searchTerms(search).map((term) => ({ searchText: { contains: term } }));
}

export function connectionWhere(filter: ConnectionFilterInput | null = {}): Prisma.ServiceConnectionWhereInput {
  filter ??= {};
  return {
    AND: searchTextMatches(filter.search),
    ...(filter.localityId ? { localityId: filter.localityId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
}

export async function findConnection(scope: Scope, by: { id?: number; controlNumber?: string }) {
  if (by.id) return scope.db.serviceConnection.findUnique({ where: { id: by.id } });
  if (by.controlNumber) return scope.db.serviceConnection.findUnique({ where: { controlNumber: by.controlNumber.trim() } });
  throw badInput("controlNumber", "Indique el id o el número de control");
}

export function searchConnections(scope: Scope, filter: ConnectionFilterInput | null | undefined, page: PageArgs) {
  return paginateModel(scope.db.serviceConnection, connectionWhere(filter), page, "asc");
}

export function connectionHistory(scope: Scope, connectionId: number, page: PageArgs) {
  return paginateModel(scope.db.historyEvent, { connectionId }, page, "desc");
}

export function connectionLedger(scope: Scope, connectionId: number, page: PageArgs) {
  return paginateModel(scope.db.ledgerEntry, { connectionId }, page, "desc");
}

export function currentMeter(scope: Scope, connectionId: number) {
  return scope.db.meter.findFirst({ where: { connectionId, removedAt: null }, orderBy: { installedAt: "desc" } });
}
