// The jobs this server runs on the durable queue.
import type { JobDefinition } from "../jobs/job-queue.ts";
import { sweepEscalations, sweepInformationRequests } from "./escalation.service.ts";

export const ESCALATION_SWEEP = "escalation-sweep";

export const JOBS: Record<string, JobDefinition> = {
  [ESCALATION_SWEEP]: {
    everyMs: 5 * 60_000,
    run: async (tx, now) => ({ orders: await sweepEscalations(tx, now), requests: await sweepInformationRequests(tx, now) }),
    timeoutMs: 120_000,
  },
};
