import type { Tx } from "../db/client.ts";
import type { WorkOrderType } from "../generated/prisma/enums.ts";
import { localDay } from "./business-calendar.ts";

/** Folio prefixes: Q-2026-000123 for complaints, OV-2026-000045 for a verification order, ... */
export const COMPLAINT_FOLIO_PREFIX = "Q";
export const INFORMATION_REQUEST_FOLIO_PREFIX = "SAI";
export const WORK_ORDER_FOLIO_PREFIX: Record<WorkOrderType, string> = {
  VERIFICATION: "OV",
  METER_REPLACEMENT: "OM",
  RECONNECTION: "OR",
  LEAK_REPAIR: "OF",
  SERVICE_LIMITATION: "OL",
};

export function formatFolio(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * The next folio of a series, taken atomically inside the caller's transaction (the row lock serializes callers).
 * The year is the utility's calendar year: 23:30 on 31 December in Sinaloa is still that year.
 */
export async function nextFolio(tx: Tx, prefix: string, at: Date): Promise<string> {
  const year = localDay(at).getUTCFullYear();
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "FolioCounter" (prefix, year, last) VALUES (${prefix}, ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET last = "FolioCounter".last + 1
    RETURNING last`;
  return formatFolio(prefix, year, row.last);
}
