// Possible duplicates of a customer, shown to the register before it creates one: the same CURP, or a similar name
// (pg_trgm trigram similarity, available on PostgreSQL and on the embedded PGlite) holding a connection on the same
// street in the same locality.
import type { ActingScope } from "../../context.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { userScope } from "../../auth/policies.ts";
import { curpProblem, normalizeCurp } from "../../shared/curp.ts";
import { normalizeForSearch } from "../../shared/text.ts";

/** How alike two names must be (pg_trgm similarity, 0–1) to count as the same person at the same address. */
export const NAME_SIMILARITY = 0.45;
const MAX_CANDIDATES = 10;

export type DuplicateReason = "SAME_CURP" | "SIMILAR_NAME_SAME_ADDRESS";

export interface DuplicateQuery {
  /** an existing customer: its own data is the candidate */
  userId?: number | null;
  fullName?: string | null;
  curp?: string | null;
  street?: string | null;
  localityId?: number | null;
}

/** Accent-free, lower-case street as stored streets are compared (SQL `translate` does the same to the column). */
const streetKey = (street: string) => normalizeForSearch(street).replace(/[.,#]/g, "").replace(/\s+/g, " ").trim();
const STREET_SQL = Prisma.sql`trim(regexp_replace(translate(lower(c.street), 'áéíóúüñ.,#', 'aeiouun'), '\\s+', ' ', 'g'))`;

export async function possibleDuplicates(scope: ActingScope, query: DuplicateQuery) {
  let { fullName, curp, street, localityId } = query;
  if (query.userId) {
    const user = await scope.db.user.findFirst({ where: { AND: [userScope(scope.actor), { id: query.userId }] } });
    if (!user) return [];
    fullName ??= user.fullName;
    curp ??= user.curp;
    // the addresses of its own connections stand for "the same street and locality"
    const own = await scope.db.serviceConnection.findFirst({ where: { holderId: user.id }, orderBy: { id: "asc" } });
    street ??= own?.street;
    localityId ??= own?.localityId;
  }
  // an invalid CURP identifies nobody (createUser reports what is wrong with it)
  const normalizedCurp = curp && !curpProblem(normalizeCurp(curp)) ? normalizeCurp(curp) : null;
  const name = fullName ? normalizeForSearch(fullName) : "";
  const byAddress = name && street?.trim() && localityId;
  if (!normalizedCurp && !byAddress) return [];

  const self = query.userId ?? 0;
  const rows = await scope.db.$queryRaw<{ id: number; score: number; sameCurp: boolean }[]>`
    SELECT u.id, similarity(u."searchText", ${name})::float8 AS score, (u.curp IS NOT NULL AND u.curp = ${normalizedCurp}) AS "sameCurp"
    FROM "User" u
    WHERE u.id <> ${self} AND u."mergedIntoId" IS NULL AND (
      (u.curp IS NOT NULL AND u.curp = ${normalizedCurp})
      OR (${byAddress ? 1 : 0} = 1 AND u."searchText" % ${name} AND similarity(u."searchText", ${name}) >= ${NAME_SIMILARITY}
          AND EXISTS (SELECT 1 FROM "ServiceConnection" c WHERE c."holderId" = u.id AND c."localityId" = ${localityId ?? 0}
                      AND ${STREET_SQL} = ${street ? streetKey(street) : ""}))
    )
    ORDER BY "sameCurp" DESC, score DESC, u.id
    LIMIT ${MAX_CANDIDATES}`;
  if (!rows.length) return [];
  // the candidates are read through the caller's scope like any other read of customers
  const users = await scope.db.user.findMany({ where: { AND: [userScope(scope.actor), { id: { in: rows.map((r) => r.id) } }] } });
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.flatMap((row) => {
    const user = byId.get(row.id);
    if (!user) return [];
    const reasons: DuplicateReason[] = row.sameCurp ? ["SAME_CURP"] : [];
    if (byAddress && row.score >= NAME_SIMILARITY && !row.sameCurp) reasons.push("SIMILAR_NAME_SAME_ADDRESS");
    return [{ user, reasons, nameSimilarity: Math.round(row.score * 100) / 100 }];
  });
}
