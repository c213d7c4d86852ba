-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('CASH', 'CARD', 'TRANSFER', 'CHECK');

-- DropIndex
DROP INDEX "LedgerEntry_discountId_key";

-- AlterTable
ALTER TABLE "Discount" ADD COLUMN     "credentialNumber" TEXT,
ADD COLUMN     "credentialType" "DiscountCredentialType",
ADD COLUMN     "decisionReason" TEXT,
ADD COLUMN     "evidence" TEXT,
ADD COLUMN     "period" TEXT;

-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN     "apiClientId" INTEGER,
ADD COLUMN     "paymentMethod" "PaymentMethod",
ADD COLUMN     "postedById" INTEGER,
ADD COLUMN     "reference" TEXT;

-- CreateIndex
CREATE INDEX "Discount_verificationOrderId_idx" ON "Discount"("verificationOrderId");

-- CreateIndex
CREATE INDEX "Discount_credentialNumber_idx" ON "Discount"("credentialNumber");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_reference_key" ON "LedgerEntry"("reference");

-- CreateIndex
CREATE INDEX "LedgerEntry_connectionId_kind_period_idx" ON "LedgerEntry"("connectionId", "kind", "period");

-- CreateIndex
CREATE INDEX "LedgerEntry_discountId_idx" ON "LedgerEntry"("discountId");
