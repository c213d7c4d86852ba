-- CreateIndex
CREATE INDEX "HistoryEvent_connectionId_occurredAt_id_idx" ON "HistoryEvent"("connectionId", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "LedgerEntry_connectionId_postedAt_id_idx" ON "LedgerEntry"("connectionId", "postedAt", "id");
