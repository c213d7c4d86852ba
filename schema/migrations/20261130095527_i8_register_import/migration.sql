-- CreateEnum
CREATE TYPE "RegisterImportStatus" AS ENUM ('RUNNING', 'DONE');

-- CreateTable
CREATE TABLE "RegisterImport" (
    "id" SERIAL NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "apply" BOOLEAN NOT NULL,
    "status" "RegisterImportStatus" NOT NULL DEFAULT 'RUNNING',
    "totalRows" INTEGER,
    "checkpointRow" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "warnings" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "startedById" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RegisterImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterImportIssue" (
    "id" SERIAL NOT NULL,
    "importId" INTEGER NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "severity" TEXT NOT NULL,
    "field" TEXT,
    "message" TEXT NOT NULL,

    CONSTRAINT "RegisterImportIssue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegisterImport_fileHash_apply_status_idx" ON "RegisterImport"("fileHash", "apply", "status");

-- CreateIndex
CREATE INDEX "RegisterImportIssue_importId_rowNumber_idx" ON "RegisterImportIssue"("importId", "rowNumber");

-- AddForeignKey
ALTER TABLE "RegisterImportIssue" ADD CONSTRAINT "RegisterImportIssue_importId_fkey" FOREIGN KEY ("importId") REFERENCES "RegisterImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
