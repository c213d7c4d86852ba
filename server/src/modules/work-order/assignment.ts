import type { Tx } from "../../db/client.ts";

/** The active verifier with the fewest open orders (ties: the longest-serving account), or null if there is none. */
export async function leastLoadedVerifier(tx: Tx): Promise<number | null> {
  // raw SQL: one grouped query, and pglite-prisma-adapter 0.7.2 cannot bind Prisma's `roles: { has }` enum-array filter
  const [best] = await tx.$queryRaw<{ id: number }[]>`
    SELECT s.id FROM "Staff" s
    LEFT JOIN "WorkOrder" w ON w."assigneeId" = s.id AND w.status IN ('ASSIGNED', 'IN_PROGRESS')
    WHERE s.active AND 'VERIFIER' = ANY (s.roles)
    GROUP BY s.id
    ORDER BY count(w.id), s.id
    LIMIT 1`;
  return best?.id ?? null;
}
