-- CreateEnum
CREATE TYPE "SpecialUserKind" AS ENUM ('PUBLIC_BUILDING', 'SCHOOL', 'LARGE_CONSUMER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "HistoryEventType" ADD VALUE 'HOLDER_CHANGED';
ALTER TYPE "HistoryEventType" ADD VALUE 'CONNECTION_UPDATED';

-- AlterTable
ALTER TABLE "ServiceConnection" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "specialKind" "SpecialUserKind";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mergedAt" TIMESTAMP(3),
ADD COLUMN     "mergedIntoId" INTEGER,
ADD COLUMN     "postalAddress" TEXT;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
