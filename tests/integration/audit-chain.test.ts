// The audit log's hash chain on PostgreSQL: entries are sealed in commit order under concurrent writers, and an edit,
// a deletion or a re-hash made behind the API's back (as the database owner, with the append-only trigger disabled)
// is reported by verifyAuditChain as the first broken link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createStaff } from "../support/factories.ts";
import { loadConfig } from "../../server/src/config.ts";
import { staffActor } from "../../server/src/auth/actor.ts";
import type { ActingScope } from "../../server/src/context.ts";
import { recordAudit } from "../../server/src/modules/audit/audit.service.ts";
import { GENESIS_HASH, verifyAuditChain } from "../../server/src/modules/audit/audit-chain.service.ts";

let database: TestDatabase;
let auditor: ActingScope;
let writer: ActingScope;

beforeAll(async () => {
  database = await createPostgresDatabase();
  const base = { db: database.db, requestId: "prueba", clock: { now: () => new Date() }, config: loadConfig({}) };
  auditor = { ...base, actor: staffActor(await createStaff(database.db, ["AUDITOR"])) };
  writer = { ...base, actor: staffActor(await createStaff(database.db, ["ADMIN"])) };
});
afterAll(async () => database?.drop());

/** Writes `count` entries, each in its own transaction, all at once. */
async function writeConcurrently(count: number, tag: string) {
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      database.db.$transaction(async (tx) => {
        await recordAudit(tx, writer, { action: `prueba.${tag}`, entityType: "Prueba", entityId: i, after: { n: i, importe: "1533.90", nombre: "Núñez" } });
        await recordAudit(tx, writer, { action: `prueba.${tag}.segunda`, entityType: "Prueba", entityId: i });
      }),
    ),
  );
}

/** Runs SQL as the database owner with the append-only trigger off, as an intruder with the owner's password would. */
async function behindTheApisBack(sql: string) {
  await database.db.$transaction([
    database.db.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER audit_entry_append_only`),
    database.db.$executeRawUnsafe(sql),
    database.db.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER audit_entry_append_only`),
  ]);
}

describe("audit hash chain", () => {
  it("should seal entries of concurrent transactions into one unbroken chain", async () => {
    await writeConcurrently(12, "concurrente");
    const entries = await database.db.auditEntry.findMany({ orderBy: { chainSeq: "asc" } });
    expect(entries.length).toBe(24);
    expect(entries.map((e) => e.chainSeq)).toEqual(entries.map((_, i) => i + 1));
    expect(entries[0].previousHash).toBe(GENESIS_HASH);
    for (let i = 1; i < entries.length; i++) expect(entries[i].previousHash).toBe(entries[i - 1].hash);
    // the two entries of one transaction are sealed one after the other
    const first = entries.find((e) => e.action === "prueba.concurrente")!;
    expect(entries.find((e) => e.chainSeq === first.chainSeq! + 1)?.action).toBe("prueba.concurrente.segunda");

    const verification = await verifyAuditChain(auditor, {});
    expect(verification).toMatchObject({ intact: true, checkedEntries: 24, firstSeq: 1, lastSeq: 24, headSeq: 24, brokenLink: null });
    expect(verification.headHash).toBe(entries.at(-1)!.hash);
  });

  it("should report the edited entry when a row is changed behind the API's back", async () => {
    const victim = await database.db.auditEntry.findFirstOrThrow({ where: { chainSeq: 7 } });
    await behindTheApisBack(`UPDATE "AuditEntry" SET after = '{"n": 999}' WHERE id = ${victim.id}`);
    const verification = await verifyAuditChain(auditor, {});
    expect(verification.intact).toBe(false);
    expect(verification.brokenLink).toMatchObject({ seq: 7, entryId: victim.id, problem: "HASH_MISMATCH", found: victim.hash });
    await behindTheApisBack(`UPDATE "AuditEntry" SET after = '${JSON.stringify(victim.after)}' WHERE id = ${victim.id}`);
    expect((await verifyAuditChain(auditor, {})).intact).toBe(true);
  });

  it("should report the link that no longer holds when an entry is re-hashed to hide an edit", async () => {
    const victim = await database.db.auditEntry.findFirstOrThrow({ where: { chainSeq: 10 } });
    await behindTheApisBack(`UPDATE "AuditEntry" SET "actorName" = 'alguien_mas' WHERE id = ${victim.id}`);
    await behindTheApisBack(`UPDATE "AuditEntry" e SET hash = audit_entry_digest(e) WHERE id = ${victim.id}`);
    const verification = await verifyAuditChain(auditor, {});
    expect(verification.brokenLink).toMatchObject({ seq: 11, problem: "PREVIOUS_HASH_MISMATCH", found: victim.hash });
    await behindTheApisBack(`UPDATE "AuditEntry" SET "actorName" = '${victim.actorName}', hash = '${victim.hash}' WHERE id = ${victim.id}`);
    expect((await verifyAuditChain(auditor, {})).intact).toBe(true);
  });

  it("should report an entry inserted without its seal", async () => {
    await database.db.$transaction([
      database.db.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER audit_entry_seal`),
      database.db.$executeRawUnsafe(`INSERT INTO "AuditEntry" ("actorName", "actorRole", action, "entityType", "entityId", "requestId") VALUES ('intruso', 'ADMIN', 'x', 'X', '1', 'r')`),
      database.db.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER audit_entry_seal`),
    ]);
    const intruder = await database.db.auditEntry.findFirstOrThrow({ where: { actorName: "intruso" } });
    expect((await verifyAuditChain(auditor, {})).brokenLink).toMatchObject({ seq: null, entryId: intruder.id, problem: "UNSEALED_ENTRY" });
    await behindTheApisBack(`DELETE FROM "AuditEntry" WHERE id = ${intruder.id}`);
    expect((await verifyAuditChain(auditor, {})).intact).toBe(true);
  });

  it("should report a deleted entry, in the middle of the chain and at its end", async () => {
    const middle = await database.db.auditEntry.findFirstOrThrow({ where: { chainSeq: 15 } });
    await behindTheApisBack(`DELETE FROM "AuditEntry" WHERE id = ${middle.id}`);
    expect((await verifyAuditChain(auditor, {})).brokenLink).toMatchObject({ seq: 15, problem: "MISSING_ENTRY" });

    await writeConcurrently(1, "despues");
    const head = await database.db.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
    await behindTheApisBack(`DELETE FROM "AuditEntry" WHERE "chainSeq" = ${head.lastSeq}`);
    // from the first entry written after entry 16 (entries written in the same millisecond share their `at`, and a range
    // starting among them would reach back to the gap at 15)
    const upTo16 = await database.db.auditEntry.aggregate({ where: { chainSeq: { lte: 16 } }, _max: { at: true } });
    const start = await database.db.auditEntry.findFirstOrThrow({ where: { at: { gt: upTo16._max.at! } }, orderBy: { chainSeq: "asc" } });
    expect(start.chainSeq).toBeLessThan(head.lastSeq);
    const { brokenLink } = await verifyAuditChain(auditor, { from: start.at });
    expect(brokenLink).toMatchObject({ seq: head.lastSeq, problem: "MISSING_ENTRY" });
  });

  it("should refuse to let an entry be sealed twice or changed while sealing", async () => {
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { chainSeq: 3 } });
    await expect(database.db.$executeRawUnsafe(`UPDATE "AuditEntry" SET hash = 'x' WHERE id = ${entry.id}`)).rejects.toThrow(/append-only/);
  });
});
