-- AlterEnum
ALTER TYPE "ComplaintStatus" ADD VALUE 'FORWARDED' AFTER 'OPEN';

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "duplicateOfId" INTEGER,
ADD COLUMN     "street" TEXT;

-- CreateIndex
CREATE INDEX "Complaint_localityId_category_status_idx" ON "Complaint"("localityId", "category", "status");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;
