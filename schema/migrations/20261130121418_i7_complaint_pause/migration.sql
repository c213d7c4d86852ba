-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "pauseReason" TEXT,
ADD COLUMN     "pausedAt" TIMESTAMP(3),
ADD COLUMN     "pausedBusinessMinutes" INTEGER NOT NULL DEFAULT 0;
