-- AlterTable
ALTER TABLE "WorkOrder" ADD COLUMN     "crewId" INTEGER;

-- CreateIndex
CREATE INDEX "WorkOrder_crewId_status_idx" ON "WorkOrder"("crewId", "status");

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_crewId_fkey" FOREIGN KEY ("crewId") REFERENCES "Crew"("id") ON DELETE SET NULL ON UPDATE CASCADE;
