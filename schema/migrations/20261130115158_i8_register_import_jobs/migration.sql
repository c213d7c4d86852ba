-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RegisterImportStatus" ADD VALUE 'QUEUED';
ALTER TYPE "RegisterImportStatus" ADD VALUE 'FAILED';

-- AlterTable
ALTER TABLE "RegisterImport" ADD COLUMN     "dryRunId" INTEGER,
ADD COLUMN     "error" TEXT,
ADD COLUMN     "format" TEXT NOT NULL DEFAULT 'csv',
ADD COLUMN     "heartbeatAt" TIMESTAMP(3),
ADD COLUMN     "resumedAt" TIMESTAMP(3),
ADD COLUMN     "resumedFromRow" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "storedFile" TEXT;

-- CreateIndex
CREATE INDEX "RegisterImport_status_idx" ON "RegisterImport"("status");
