-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "correlationId" TEXT;

-- AlterTable
ALTER TABLE "HistoryEvent" ADD COLUMN     "details" JSONB NOT NULL DEFAULT '{}';

-- The audit log cannot be emptied either: TRUNCATE skips row triggers, so it gets a statement trigger of its own.
CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
