import type { Tx } from "../../db/client.ts";

const OPEN_STATUSES = ["ASSIGNED", "IN_PROGRESS"] as const;

/** The active verifier with the fewest open orders (ties: the longest-serving account), or null if there is none. */
export async function leastLoadedVerifier(tx: Tx): Promise<number | null> {
  const verifiers = await tx.staff.findMany({
    where: { active: true, roles: { has: "VERIFIER" } },
    select: { id: true, _count: { select: { ordersAssigned: { where: { status: { in: [...OPEN_STATUSES] } } } } } },
    orderBy: { id: "asc" },
  });
  let best: (typeof verifiers)[number] | undefined;
  for (const v of verifiers) if (!best || v._count.ordersAssigned < best._count.ordersAssigned) best = v;
  return best?.id ?? null;
}
