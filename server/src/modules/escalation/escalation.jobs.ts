// The jobs this server runs on the durable queue.
import type { JobDefinition } from "../jobs/job-queue.ts";
import { sweepEscalations } from "./escalation.service.ts";

export const ESCALATION_SWEEP = "escalation-sweep";

export const JOBS: Record<string, JobDefinition> = {
  [ESCALATION_SWEEP]: { everyMs: 5 * 60_000, run: (tx, now) => sweepEscalations(tx, now), timeoutMs: 120_000 },
};
