import type { ActingScope } from "../../context.ts";
import { ledgerScope, staffScope } from "../../auth/policies.ts";

/** One account movement the actor may read (a payment receipt), or null. */
export function findLedgerEntry(scope: ActingScope, id: number) {
  return scope.db.ledgerEntry.findFirst({ where: { AND: [ledgerScope(scope.actor), { id }] } });
}

/** The m³ billed in the connection's last `periods` charges, oldest first (for the consumption chart). */
export async function consumptionHistory(scope: ActingScope, connectionId: number, periods: number) {
  const charges = await scope.db.ledgerEntry.findMany({
    where: { AND: [ledgerScope(scope.actor), { connectionId, kind: "CHARGE", period: { not: null }, consumptionM3: { not: null } }] },
    orderBy: { id: "desc" },
    take: periods,
    select: { period: true, consumptionM3: true },
  });
  return charges.reverse();
}

/** The staff member who posted a movement, if the actor may see staff. */
export function findPoster(scope: ActingScope, staffId: number) {
  return scope.db.staff.findFirst({ where: { AND: [staffScope(scope.actor), { id: staffId }] } });
}
