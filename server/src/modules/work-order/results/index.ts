import type { WorkOrderType } from "../../../generated/prisma/enums.ts";
import type { ResultHandler } from "./result-handler.ts";
import { verificationResult } from "./verification.result.ts";
import { limitationResult } from "./limitation.result.ts";
import { meterReplacementResult } from "./meter-replacement.result.ts";
import { reconnectionResult } from "./reconnection.result.ts";
import { leakRepairResult } from "./leak-repair.result.ts";

/** How each type of order is completed: its result fields, what it records and what follows from it. */
export const RESULT_HANDLERS: Record<WorkOrderType, ResultHandler> = {
  VERIFICATION: verificationResult,
  SERVICE_LIMITATION: limitationResult,
  METER_REPLACEMENT: meterReplacementResult,
  RECONNECTION: reconnectionResult,
  LEAK_REPAIR: leakRepairResult,
};
