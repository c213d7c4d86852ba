import type { Prisma } from "../../generated/prisma/client.ts";
import type { ConnectionStatus } from "../../generated/prisma/enums.ts";
import type { Scope } from "../../context.ts";
import { paginate, type PageArgs } from "../../shared/pagination.ts";
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

export function connectionWhere(filter: ConnectionFilterInput | null = {}): Prisma.ServiceConnectionWhereInput {
  filter ??= {};
  const terms = searchTerms(filter.search);
  return {
    AND: terms.map((term) => ({ searchText: { contains: term } })),
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
  const where = connectionWhere(filter);
  return paginate(
    page,
    "asc",
    ({ idBound, take, orderBy }) => scope.db.serviceConnection.findMany({ where: { ...where, id: idBound }, take, orderBy }),
    () => scope.db.serviceConnection.count({ where }),
  );
}

export function connectionHistory(scope: Scope, connectionId: number, page: PageArgs) {
  return paginate(
    page,
    "desc",
    ({ idBound, take, orderBy }) => scope.db.historyEvent.findMany({ where: { connectionId, id: idBound }, take, orderBy }),
    () => scope.db.historyEvent.count({ where: { connectionId } }),
  );
}

export function connectionLedger(scope: Scope, connectionId: number, page: PageArgs) {
  return paginate(
    page,
    "desc",
    ({ idBound, take, orderBy }) => scope.db.ledgerEntry.findMany({ where: { connectionId, id: idBound }, take, orderBy }),
    () => scope.db.ledgerEntry.count({ where: { connectionId } }),
  );
}

export function currentMeter(scope: Scope, connectionId: number) {
  return scope.db.meter.findFirst({ where: { connectionId, removedAt: null }, orderBy: { installedAt: "desc" } });
}
