// How `node(id)` reads the catalog and log types that have no single-row query of their own: one row by database id,
// through the type's readable-rows scope (a row the caller may not see reads as null).
import type { ActingScope } from "../context.ts";
import { apiClientScope, auditScope, crewScope, historyScope, ledgerScope, localityScope, tariffScope } from "../auth/policies.ts";

const where = <W>(scope: W, id: number) => ({ AND: [scope, { id }] });

export const findLocalityRow = (s: ActingScope, id: number) => s.db.locality.findFirst({ where: where(localityScope(s.actor), id) });
export const findHistoryEventRow = (s: ActingScope, id: number) => s.db.historyEvent.findFirst({ where: where(historyScope(s.actor), id) });
export const findLedgerEntryRow = (s: ActingScope, id: number) => s.db.ledgerEntry.findFirst({ where: where(ledgerScope(s.actor), id) });
export const findAuditEntryRow = (s: ActingScope, id: number) => s.db.auditEntry.findFirst({ where: where(auditScope(s.actor), id) });
export const findApiClientRow = (s: ActingScope, id: number) => s.db.apiClient.findFirst({ where: where(apiClientScope(s.actor), id) });
export async function findCrewRow(s: ActingScope, id: number) {
  const crew = await s.db.crew.findFirst({ where: where(crewScope(s.actor), id), include: { localities: { include: { locality: true }, orderBy: { localityId: "asc" } } } });
  return crew && { ...crew, localities: crew.localities.map((l) => l.locality) };
}
export const findTariffRow = (s: ActingScope, id: number) => s.db.tariff.findFirst({ where: where(tariffScope(s.actor), id), include: { blocks: { orderBy: { fromM3: "asc" } } } });
