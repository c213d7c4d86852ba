// Verifies the audit log's hash chain. Entries are sealed by the database when their transaction commits (migration
// legal_and_admin): position `chainSeq`, `previousHash` = the hash of the entry before, `hash` = SHA-256 of the
// entry's fields and previousHash as canonical JSON (audit_entry_digest). Verification recomputes each hash in SQL
// with the same function and walks the links, so an edit, a deletion or an insertion behind the API's back shows up
// as the first broken link.
import type { ActingScope } from "../../context.ts";
import { auditScope, isUnrestricted } from "../../auth/policies.ts";
import { DomainError } from "../../shared/errors.ts";

/** The hash the first entry of the chain points back to. */
export const GENESIS_HASH = "0".repeat(64);

export type AuditChainProblem = "HASH_MISMATCH" | "PREVIOUS_HASH_MISMATCH" | "MISSING_ENTRY" | "UNSEALED_ENTRY" | "HEAD_MISMATCH";

export interface AuditChainBreak {
  seq: number | null;
  entryId: number | null;
  problem: AuditChainProblem;
  expected: string | null;
  found: string | null;
}

export interface AuditChainVerification {
  intact: boolean;
  checkedEntries: number;
  firstSeq: number | null;
  lastSeq: number | null;
  headSeq: number;
  headHash: string;
  brokenLink: AuditChainBreak | null;
  verifiedAt: Date;
}

interface LinkRow {
  id: number;
  seq: number;
  hash: string | null;
  recomputed: string;
  previous_hash: string | null;
  prior_hash: string | null;
  prior_seq: number | null;
}

/** Checks the chain over the entries written between `from` and `to` (the whole chain when both are absent). */
export async function verifyAuditChain(scope: ActingScope, range: { from?: Date | null; to?: Date | null }): Promise<AuditChainVerification> {
  // the chain is one object: whoever may verify it must read every entry
  if (!isUnrestricted(auditScope(scope.actor))) throw new DomainError("FORBIDDEN", "Verificar la bitácora requiere leerla completa");
  if (range.from && range.to && range.from > range.to) throw new DomainError("BAD_USER_INPUT", "La fecha inicial es posterior a la final", "from");
  const db = scope.db;
  const verifiedAt = scope.clock.now();
  const head = await db.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });

  const at = range.from || range.to ? { at: { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lte: range.to } : {}) } } : {};
  const { _min, _max } = await db.auditEntry.aggregate({ where: at, _min: { chainSeq: true }, _max: { chainSeq: true } });
  const bounds = { first: _min.chainSeq, last: _max.chainSeq };
  const reachesEnd = !range.to;
  const first = range.from ? bounds.first : 1;
  const last = reachesEnd ? Math.max(head.lastSeq, bounds.last ?? 0) : bounds.last;
  const result = (brokenLink: AuditChainBreak | null, checkedEntries: number): AuditChainVerification => ({
    intact: !brokenLink,
    checkedEntries,
    firstSeq: first,
    lastSeq: last,
    headSeq: head.lastSeq,
    headHash: head.lastHash,
    brokenLink,
    verifiedAt,
  });

  const unsealed = await db.auditEntry.findFirst({
    where: { chainSeq: null, ...at },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  if (first === null || last === null || last < first) {
    return result(unsealed ? { seq: null, entryId: unsealed.id, problem: "UNSEALED_ENTRY", expected: null, found: null } : null, 0);
  }

  const [broken] = await db.$queryRaw<(LinkRow & { problem: AuditChainProblem })[]>`
    WITH chain AS (
      SELECT e.id, e."chainSeq" AS seq, e.hash, audit_entry_digest(e) AS recomputed, e."previousHash" AS previous_hash,
             lag(e.hash) OVER w AS prior_hash, lag(e."chainSeq") OVER w AS prior_seq
      FROM "AuditEntry" e
      WHERE e."chainSeq" BETWEEN ${first - 1} AND ${last}
      WINDOW w AS (ORDER BY e."chainSeq")
    ), checked AS (
      SELECT *, CASE
        WHEN seq > 1 AND prior_seq IS DISTINCT FROM seq - 1 THEN 'MISSING_ENTRY'
        WHEN previous_hash IS DISTINCT FROM (CASE WHEN seq = 1 THEN ${GENESIS_HASH} ELSE prior_hash END) THEN 'PREVIOUS_HASH_MISMATCH'
        WHEN hash IS DISTINCT FROM recomputed THEN 'HASH_MISMATCH'
      END AS problem
      FROM chain WHERE seq >= ${first}
    )
    SELECT id, seq, hash, recomputed, previous_hash, prior_hash, prior_seq, problem FROM checked
    WHERE problem IS NOT NULL ORDER BY seq LIMIT 1`;
  const checkedEntries = await db.auditEntry.count({ where: { chainSeq: { gte: first, lte: last } } });
  if (broken) return result(describeBreak(broken), checkedEntries);
  if (unsealed) return result({ seq: null, entryId: unsealed.id, problem: "UNSEALED_ENTRY", expected: null, found: null }, checkedEntries);

  if (reachesEnd) {
    // entries cut off the end of the chain leave the head pointing past the last one
    const tail = await db.auditEntry.findFirst({ where: { chainSeq: { not: null } }, orderBy: { chainSeq: "desc" }, select: { id: true, chainSeq: true, hash: true } });
    if ((tail?.chainSeq ?? 0) !== head.lastSeq) {
      return result({ seq: (tail?.chainSeq ?? 0) + 1, entryId: null, problem: "MISSING_ENTRY", expected: String(head.lastSeq), found: String(tail?.chainSeq ?? 0) }, checkedEntries);
    }
    if (tail && tail.hash !== head.lastHash) {
      return result({ seq: tail.chainSeq, entryId: tail.id, problem: "HEAD_MISMATCH", expected: head.lastHash, found: tail.hash }, checkedEntries);
    }
  }
  return result(null, checkedEntries);
}

function describeBreak(row: LinkRow & { problem: AuditChainProblem }): AuditChainBreak {
  const seq = Number(row.seq);
  switch (row.problem) {
    case "MISSING_ENTRY":
      return { seq: seq - 1, entryId: null, problem: row.problem, expected: String(seq - 1), found: row.prior_seq === null ? null : String(row.prior_seq) };
    case "PREVIOUS_HASH_MISMATCH":
      return { seq, entryId: row.id, problem: row.problem, expected: seq === 1 ? GENESIS_HASH : row.prior_hash, found: row.previous_hash };
    default:
      return { seq, entryId: row.id, problem: row.problem, expected: row.recomputed, found: row.hash };
  }
}
