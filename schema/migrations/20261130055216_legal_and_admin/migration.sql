-- CreateEnum
CREATE TYPE "InformationRequestChannel" AS ENUM ('IN_PERSON', 'EMAIL', 'MAIL', 'NATIONAL_PLATFORM');

-- AlterEnum
BEGIN;
CREATE TYPE "InformationRequestStatus_new" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'EXTENDED', 'ANSWERED', 'DECLINED');
ALTER TABLE "public"."InformationRequest" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "InformationRequest" ALTER COLUMN "status" TYPE "InformationRequestStatus_new" USING ("status"::text::"InformationRequestStatus_new");
ALTER TYPE "InformationRequestStatus" RENAME TO "InformationRequestStatus_old";
ALTER TYPE "InformationRequestStatus_new" RENAME TO "InformationRequestStatus";
DROP TYPE "public"."InformationRequestStatus_old";
ALTER TABLE "InformationRequest" ALTER COLUMN "status" SET DEFAULT 'RECEIVED';
COMMIT;

-- DropIndex
DROP INDEX "TransparencyReport_year_month_key";

-- AlterTable
ALTER TABLE "ApiClient" ADD COLUMN     "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "previousKeyExpiresAt" TIMESTAMP(3),
ADD COLUMN     "previousKeyHash" TEXT,
ADD COLUMN     "previousKeyPrefix" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "rotatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "chainSeq" INTEGER,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "previousHash" TEXT;

-- AlterTable
ALTER TABLE "InformationRequest" DROP COLUMN "extendedDueAt",
ADD COLUMN     "channel" "InformationRequestChannel" NOT NULL DEFAULT 'IN_PERSON',
ADD COLUMN     "declineReason" TEXT,
ADD COLUMN     "extendedAt" TIMESTAMP(3),
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "originalDueAt" DATE NOT NULL,
ADD COLUMN     "receivedById" INTEGER;

-- AlterTable
ALTER TABLE "Staff" ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "passwordChangedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "TransparencyReport" ADD COLUMN     "generatedById" INTEGER,
ADD COLUMN     "sha256" TEXT NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "CrewLocality" (
    "crewId" INTEGER NOT NULL,
    "localityId" INTEGER NOT NULL,

    CONSTRAINT "CrewLocality_pkey" PRIMARY KEY ("crewId","localityId")
);

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "id" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL,
    "lastHash" TEXT NOT NULL,
    "lastEntryId" INTEGER,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CrewLocality_localityId_idx" ON "CrewLocality"("localityId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_previousKeyPrefix_key" ON "ApiClient"("previousKeyPrefix");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_chainSeq_key" ON "AuditEntry"("chainSeq");

-- CreateIndex
CREATE INDEX "AuditEntry_actorName_id_idx" ON "AuditEntry"("actorName", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_requestId_idx" ON "AuditEntry"("requestId");

-- CreateIndex
CREATE INDEX "InformationRequest_dueAt_id_idx" ON "InformationRequest"("dueAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyReport_year_month_version_key" ON "TransparencyReport"("year", "month", "version");

-- AddForeignKey
ALTER TABLE "CrewLocality" ADD CONSTRAINT "CrewLocality_crewId_fkey" FOREIGN KEY ("crewId") REFERENCES "Crew"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrewLocality" ADD CONSTRAINT "CrewLocality_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationRequest" ADD CONSTRAINT "InformationRequest_receivedById_fkey" FOREIGN KEY ("receivedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransparencyReport" ADD CONSTRAINT "TransparencyReport_generatedById_fkey" FOREIGN KEY ("generatedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Audit log hash chain (hand-written) ------------------------------------------------------------------------------
-- Each entry is sealed when its transaction commits: a deferred trigger locks the one AuditChainHead row, gives the
-- entry the next position (chainSeq), the hash of the entry before it (previousHash) and its own hash. Sealing at
-- commit keeps the lock short (the rest of the transaction has run) and takes it after every other lock of the
-- transaction (folio counters, rows), so it cannot deadlock with them; concurrent writers queue on it, so the chain
-- order is the commit order.

-- An entry's hash: SHA-256 (hex) of the UTF-8 text of a jsonb object of its fields and previousHash. jsonb prints
-- its keys in one fixed order (shorter first, then bytewise) with fixed separators, so the text is canonical.
CREATE FUNCTION audit_entry_digest(e "AuditEntry") RETURNS text AS $$
  SELECT encode(sha256(convert_to(jsonb_build_object(
    'seq', e."chainSeq",
    'id', e.id,
    'at', e.at,
    'actorStaffId', e."actorStaffId",
    'actorApiClientId', e."actorApiClientId",
    'actorName', e."actorName",
    'actorRole', e."actorRole",
    'action', e.action,
    'entityType', e."entityType",
    'entityId', e."entityId",
    'before', e.before,
    'after', e.after,
    'requestId', e."requestId",
    'correlationId', e."correlationId",
    'previousHash', e."previousHash"
  )::text, 'UTF8')), 'hex')
$$ LANGUAGE sql STABLE;

CREATE FUNCTION audit_entry_seal_row(entry_id integer) RETURNS void AS $$
DECLARE
  head "AuditChainHead"%ROWTYPE;
  entry "AuditEntry"%ROWTYPE;
BEGIN
  SELECT * INTO head FROM "AuditChainHead" WHERE id = 1 FOR UPDATE;
  SELECT * INTO entry FROM "AuditEntry" WHERE id = entry_id;
  IF NOT FOUND OR entry.hash IS NOT NULL THEN
    RETURN;
  END IF;
  entry."chainSeq" := head."lastSeq" + 1;
  entry."previousHash" := head."lastHash";
  entry.hash := audit_entry_digest(entry);
  UPDATE "AuditEntry" SET "chainSeq" = entry."chainSeq", "previousHash" = entry."previousHash", hash = entry.hash WHERE id = entry_id;
  UPDATE "AuditChainHead" SET "lastSeq" = entry."chainSeq", "lastHash" = entry.hash, "lastEntryId" = entry_id WHERE id = 1;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION audit_entry_seal() RETURNS trigger AS $$
BEGIN
  PERFORM audit_entry_seal_row(NEW.id);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- The append-only guard allows one change: sealing an unsealed entry, with nothing else in it changing.
CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND to_jsonb(NEW) - 'chainSeq' - 'previousHash' - 'hash' = to_jsonb(OLD) - 'chainSeq' - 'previousHash' - 'hash' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEntry is append-only';
END;
$$ LANGUAGE plpgsql;

INSERT INTO "AuditChainHead" (id, "lastSeq", "lastHash") VALUES (1, 0, repeat('0', 64));

-- entries written before the chain existed are sealed now, oldest first
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT id FROM "AuditEntry" ORDER BY id LOOP
    PERFORM audit_entry_seal_row(r.id);
  END LOOP;
END;
$$;

CREATE CONSTRAINT TRIGGER audit_entry_seal
  AFTER INSERT ON "AuditEntry"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_entry_seal();

-- Transparency snapshots are frozen (hand-written) ----------------------------------------------------------------
-- A report's figures never change once generated; the one change allowed is recording its delivery, once.
-- A later regeneration is a new row (a new version).
CREATE FUNCTION transparency_report_is_frozen() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."deliveredAt" IS NULL AND NEW."deliveredAt" IS NOT NULL
     AND to_jsonb(NEW) - 'deliveredAt' - 'deliveredById' = to_jsonb(OLD) - 'deliveredAt' - 'deliveredById' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'TransparencyReport is frozen: generate a new version instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER transparency_report_frozen
  BEFORE UPDATE OR DELETE ON "TransparencyReport"
  FOR EACH ROW EXECUTE FUNCTION transparency_report_is_frozen();
