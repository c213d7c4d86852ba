-- Trigram search on users and connections (GIN indexes below).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('FRONT_DESK', 'HEAD', 'MANAGER', 'VERIFIER', 'REGISTRY', 'FOLLOW_UP', 'COLLECTIONS', 'CASHIER', 'IT', 'AUDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ConnectionType" AS ENUM ('DOMESTIC', 'COMMERCIAL', 'INDUSTRIAL', 'PUBLIC');

-- CreateEnum
CREATE TYPE "ConnectionStatus" AS ENUM ('ACTIVE', 'LIMITED', 'SUSPENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DiscountCredentialType" AS ENUM ('PENSIONER', 'RETIREE', 'EMPLOYEE');

-- CreateEnum
CREATE TYPE "LedgerKind" AS ENUM ('CHARGE', 'PAYMENT', 'CREDIT');

-- CreateEnum
CREATE TYPE "ComplaintKind" AS ENUM ('COMPLAINT', 'DENUNCIATION', 'PROBLEM_REPORT');

-- CreateEnum
CREATE TYPE "ComplaintCategory" AS ENUM ('EXCESS_CONSUMPTION', 'METER_MALFUNCTION', 'WATER_LEAK', 'SEWER_LEAK', 'NO_WATER', 'LOW_PRESSURE', 'WATER_QUALITY', 'BILLING', 'OTHER');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('IN_PERSON', 'PHONE', 'WEB', 'PARTNER');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('OPEN', 'IN_VERIFICATION', 'VERIFIED', 'RESOLVED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "WorkOrderType" AS ENUM ('VERIFICATION', 'METER_REPLACEMENT', 'RECONNECTION', 'LEAK_REPAIR', 'SERVICE_LIMITATION');

-- CreateEnum
CREATE TYPE "WorkOrderStatus" AS ENUM ('ISSUED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VerificationOutcome" AS ENUM ('METER_OVER_REGISTERING', 'EXTERNAL_LEAK', 'NORMAL');

-- CreateEnum
CREATE TYPE "LimitationResult" AS ENUM ('LIMITED', 'NOT_FOUND', 'PAID_ON_SITE', 'REFUSED');

-- CreateEnum
CREATE TYPE "DiscountKind" AS ENUM ('SOCIAL', 'METER_ADJUSTMENT');

-- CreateEnum
CREATE TYPE "DiscountStatus" AS ENUM ('REQUESTED', 'AUTHORIZED', 'APPLIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "HistoryEventType" AS ENUM ('CONNECTION_CREATED', 'STATUS_CHANGED', 'COMPLAINT_FILED', 'WORK_ORDER_ISSUED', 'WORK_ORDER_COMPLETED', 'WORK_ORDER_CANCELLED', 'DISCOUNT_REQUESTED', 'DISCOUNT_DECIDED', 'PAYMENT_RECORDED', 'ADVICE_GIVEN', 'METER_REPLACED', 'NOTE');

-- CreateEnum
CREATE TYPE "InformationRequestStatus" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'EXTENDED', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "HolidayKind" AS ENUM ('FEDERAL', 'CLOSURE');

-- CreateTable
CREATE TABLE "Locality" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "municipality" TEXT NOT NULL DEFAULT 'Angostura',

    CONSTRAINT "Locality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Crew" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "leaderName" TEXT NOT NULL,

    CONSTRAINT "Crew_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tariff" (
    "id" SERIAL NOT NULL,
    "connectionType" "ConnectionType" NOT NULL,
    "validFrom" DATE NOT NULL,
    "minimumM3" DECIMAL(10,2) NOT NULL,
    "minimumCharge" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "Tariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TariffBlock" (
    "id" SERIAL NOT NULL,
    "tariffId" INTEGER NOT NULL,
    "fromM3" DECIMAL(10,2) NOT NULL,
    "toM3" DECIMAL(10,2),
    "pricePerM3" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "TariffBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "fullName" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "curp" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "discountCredentialType" "DiscountCredentialType",
    "discountCredential" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceConnection" (
    "id" SERIAL NOT NULL,
    "controlNumber" TEXT NOT NULL,
    "holderId" INTEGER NOT NULL,
    "street" TEXT NOT NULL,
    "exteriorNumber" TEXT,
    "neighborhood" TEXT,
    "localityId" INTEGER NOT NULL,
    "crewId" INTEGER,
    "type" "ConnectionType" NOT NULL DEFAULT 'DOMESTIC',
    "status" "ConnectionStatus" NOT NULL DEFAULT 'ACTIVE',
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "balance" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "periodsOwed" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meter" (
    "id" SERIAL NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "brand" TEXT,
    "connectionId" INTEGER NOT NULL,
    "installedAt" DATE NOT NULL,
    "removedAt" DATE,
    "lastReadingM3" DECIMAL(10,2) NOT NULL DEFAULT 0,

    CONSTRAINT "Meter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" SERIAL NOT NULL,
    "connectionId" INTEGER NOT NULL,
    "kind" "LedgerKind" NOT NULL,
    "period" TEXT,
    "consumptionM3" DECIMAL(10,2),
    "amount" DECIMAL(12,2) NOT NULL,
    "balanceAfter" DECIMAL(12,2) NOT NULL,
    "description" TEXT NOT NULL,
    "discountId" INTEGER,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" SERIAL NOT NULL,
    "folio" TEXT NOT NULL,
    "kind" "ComplaintKind" NOT NULL,
    "category" "ComplaintCategory" NOT NULL,
    "channel" "Channel" NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'OPEN',
    "description" TEXT NOT NULL,
    "connectionId" INTEGER,
    "reporterName" TEXT NOT NULL,
    "reporterPhone" TEXT,
    "locationText" TEXT,
    "localityId" INTEGER,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "resolution" TEXT,
    "createdById" INTEGER,
    "apiClientId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkOrder" (
    "id" SERIAL NOT NULL,
    "folio" TEXT NOT NULL,
    "type" "WorkOrderType" NOT NULL,
    "status" "WorkOrderStatus" NOT NULL DEFAULT 'ISSUED',
    "complaintId" INTEGER,
    "connectionId" INTEGER,
    "assigneeId" INTEGER,
    "department" "Role",
    "observations" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "escalationLevel" INTEGER NOT NULL DEFAULT 0,
    "verificationOutcome" "VerificationOutcome",
    "excessM3" DECIMAL(10,2),
    "limitationResult" "LimitationResult",
    "resultNotes" TEXT,
    "createdById" INTEGER,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "WorkOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discount" (
    "id" SERIAL NOT NULL,
    "kind" "DiscountKind" NOT NULL,
    "status" "DiscountStatus" NOT NULL DEFAULT 'REQUESTED',
    "connectionId" INTEGER NOT NULL,
    "verificationOrderId" INTEGER,
    "volumeM3" DECIMAL(10,2),
    "percentage" DECIMAL(5,2),
    "amount" DECIMAL(12,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "validUntil" DATE,
    "requestedById" INTEGER NOT NULL,
    "authorizedById" INTEGER,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Discount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoryEvent" (
    "id" SERIAL NOT NULL,
    "connectionId" INTEGER NOT NULL,
    "type" "HistoryEventType" NOT NULL,
    "summary" TEXT NOT NULL,
    "complaintId" INTEGER,
    "workOrderId" INTEGER,
    "discountId" INTEGER,
    "actorId" INTEGER,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HistoryEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Staff" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "staffId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiClient" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "keyPrefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorStaffId" INTEGER,
    "actorApiClientId" INTEGER,
    "actorName" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationRequest" (
    "id" SERIAL NOT NULL,
    "folio" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "requesterName" TEXT,
    "subject" TEXT NOT NULL,
    "responsibleArea" TEXT NOT NULL,
    "dueAt" DATE NOT NULL,
    "extendedDueAt" DATE,
    "status" "InformationRequestStatus" NOT NULL DEFAULT 'RECEIVED',
    "response" TEXT,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InformationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransparencyReport" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "dueAt" DATE NOT NULL,
    "figures" JSONB NOT NULL,
    "generatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "deliveredById" INTEGER,

    CONSTRAINT "TransparencyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" SERIAL NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "HolidayKind" NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceTarget" (
    "type" "WorkOrderType" NOT NULL,
    "hours" INTEGER,
    "businessDays" INTEGER,
    "escalateToHeadAfterHours" INTEGER NOT NULL,
    "escalateToManagerAfterHours" INTEGER NOT NULL,

    CONSTRAINT "ServiceTarget_pkey" PRIMARY KEY ("type")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "FolioCounter" (
    "prefix" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "FolioCounter_pkey" PRIMARY KEY ("prefix","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Locality_name_key" ON "Locality"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Crew_name_key" ON "Crew"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Tariff_connectionType_validFrom_key" ON "Tariff"("connectionType", "validFrom");

-- CreateIndex
CREATE INDEX "TariffBlock_tariffId_idx" ON "TariffBlock"("tariffId");

-- CreateIndex
CREATE UNIQUE INDEX "User_curp_key" ON "User"("curp");

-- CreateIndex
CREATE INDEX "User_searchText_idx" ON "User" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceConnection_controlNumber_key" ON "ServiceConnection"("controlNumber");

-- CreateIndex
CREATE INDEX "ServiceConnection_holderId_idx" ON "ServiceConnection"("holderId");

-- CreateIndex
CREATE INDEX "ServiceConnection_localityId_status_idx" ON "ServiceConnection"("localityId", "status");

-- CreateIndex
CREATE INDEX "ServiceConnection_crewId_balance_idx" ON "ServiceConnection"("crewId", "balance");

-- CreateIndex
CREATE INDEX "ServiceConnection_searchText_idx" ON "ServiceConnection" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Meter_serialNumber_key" ON "Meter"("serialNumber");

-- CreateIndex
CREATE INDEX "Meter_connectionId_idx" ON "Meter"("connectionId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_discountId_key" ON "LedgerEntry"("discountId");

-- CreateIndex
CREATE INDEX "LedgerEntry_connectionId_id_idx" ON "LedgerEntry"("connectionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_folio_key" ON "Complaint"("folio");

-- CreateIndex
CREATE INDEX "Complaint_connectionId_id_idx" ON "Complaint"("connectionId", "id");

-- CreateIndex
CREATE INDEX "Complaint_status_id_idx" ON "Complaint"("status", "id");

-- CreateIndex
CREATE INDEX "Complaint_createdAt_idx" ON "Complaint"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrder_folio_key" ON "WorkOrder"("folio");

-- CreateIndex
CREATE INDEX "WorkOrder_assigneeId_status_idx" ON "WorkOrder"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "WorkOrder_status_dueAt_idx" ON "WorkOrder"("status", "dueAt");

-- CreateIndex
CREATE INDEX "WorkOrder_connectionId_id_idx" ON "WorkOrder"("connectionId", "id");

-- CreateIndex
CREATE INDEX "WorkOrder_complaintId_idx" ON "WorkOrder"("complaintId");

-- CreateIndex
CREATE INDEX "Discount_connectionId_id_idx" ON "Discount"("connectionId", "id");

-- CreateIndex
CREATE INDEX "Discount_status_id_idx" ON "Discount"("status", "id");

-- CreateIndex
CREATE INDEX "HistoryEvent_connectionId_id_idx" ON "HistoryEvent"("connectionId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Staff_username_key" ON "Staff"("username");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_staffId_idx" ON "Session"("staffId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_name_key" ON "ApiClient"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_keyPrefix_key" ON "ApiClient"("keyPrefix");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE UNIQUE INDEX "InformationRequest_folio_key" ON "InformationRequest"("folio");

-- CreateIndex
CREATE INDEX "InformationRequest_status_dueAt_idx" ON "InformationRequest"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyReport_year_month_key" ON "TransparencyReport"("year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_date_key" ON "Holiday"("date");

-- AddForeignKey
ALTER TABLE "TariffBlock" ADD CONSTRAINT "TariffBlock_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceConnection" ADD CONSTRAINT "ServiceConnection_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceConnection" ADD CONSTRAINT "ServiceConnection_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceConnection" ADD CONSTRAINT "ServiceConnection_crewId_fkey" FOREIGN KEY ("crewId") REFERENCES "Crew"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meter" ADD CONSTRAINT "Meter_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "ServiceConnection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "ServiceConnection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_discountId_fkey" FOREIGN KEY ("discountId") REFERENCES "Discount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "ServiceConnection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_localityId_fkey" FOREIGN KEY ("localityId") REFERENCES "Locality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "ApiClient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "ServiceConnection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "ServiceConnection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_verificationOrderId_fkey" FOREIGN KEY ("verificationOrderId") REFERENCES "WorkOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_authorizedById_fkey" FOREIGN KEY ("authorizedById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEvent" ADD CONSTRAINT "HistoryEvent_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "ServiceConnection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEvent" ADD CONSTRAINT "HistoryEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransparencyReport" ADD CONSTRAINT "TransparencyReport_deliveredById_fkey" FOREIGN KEY ("deliveredById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log is append-only: nothing updates or deletes an entry.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
