// A durable job queue in PostgreSQL (the Job table), on the server and on the embedded database alike. A worker
// claims one due job with FOR UPDATE SKIP LOCKED and runs it inside the claiming transaction: if the process dies
// mid-run the transaction rolls back and the job is due again; a second worker skips the locked row, so a job runs
// once however many API processes poll. Recurring jobs keep one QUEUED row each (its `key` is unique).
import type { Db, Tx } from "../../db/client.ts";
import type { Clock } from "../../shared/clock.ts";

export interface JobDefinition {
  /** run again this long after each run (recurring jobs) */
  everyMs: number;
  /** the work; it runs in the claiming transaction and must be idempotent */
  run(tx: Tx, now: Date): Promise<unknown>;
  /** the claiming transaction's time limit */
  timeoutMs?: number;
}

/** After a failure, the job is due again this much later. */
const RETRY_MS = 60_000;

/** Makes sure a recurring job has its queued row (due now when it had none). */
export async function ensureRecurringJob(db: Db, queue: string, now: Date): Promise<void> {
  await db.$executeRaw`INSERT INTO "Job" (queue, key, "runAt") VALUES (${queue}, ${queue}, ${now}) ON CONFLICT (key) DO NOTHING`;
}

type Claimed = { id: number; queue: string; runAt: Date };

/**
 * Claims and runs one due job of the given queues. Returns what it ran (null when nothing was due or every due job
 * is being run by another worker).
 */
export async function runOneJob(db: Db, clock: Clock, jobs: Record<string, JobDefinition>): Promise<{ queue: string; id: number; error?: string } | null> {
  const queues = Object.keys(jobs);
  const now = clock.now();
  let claimed: Claimed | undefined;
  try {
    return await db.$transaction(
      async (tx) => {
        [claimed] = await tx.$queryRaw<Claimed[]>`
          SELECT id, queue, "runAt" FROM "Job"
          WHERE status = 'QUEUED' AND "runAt" <= ${now} AND queue = ANY(${queues}::text[])
          ORDER BY "runAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!claimed) return null;
        const job = jobs[claimed.queue];
        await job.run(tx, now);
        await tx.job.update({ where: { id: claimed.id }, data: { status: "DONE", key: null, finishedAt: clock.now(), attempts: { increment: 1 }, lastError: null } });
        await tx.job.create({ data: { queue: claimed.queue, key: claimed.queue, runAt: new Date(now.getTime() + job.everyMs) } });
        return { queue: claimed.queue, id: claimed.id };
      },
      { timeout: Math.max(...queues.map((q) => jobs[q].timeoutMs ?? 60_000)), maxWait: 10_000 },
    );
  } catch (error) {
    if (!claimed) throw error;
    // the work rolled back; the job stays queued, due again a little later, with what went wrong
    const message = error instanceof Error ? error.message.slice(0, 2000) : String(error);
    await db.job.update({ where: { id: claimed.id }, data: { attempts: { increment: 1 }, lastError: message, runAt: new Date(now.getTime() + RETRY_MS) } });
    return { queue: claimed.queue, id: claimed.id, error: message };
  }
}

/** Runs every due job (one at a time) until none is left; how many ran. */
export async function runDueJobs(db: Db, clock: Clock, jobs: Record<string, JobDefinition>, limit = 100): Promise<number> {
  let ran = 0;
  while (ran < limit && (await runOneJob(db, clock, jobs))) ran++;
  return ran;
}

export interface JobRunner {
  stop(): Promise<void>;
}

/** Polls the queue every `pollMs` in this process (each API process runs one; the queue keeps each job to one run). */
export function startJobRunner(db: Db, clock: Clock, jobs: Record<string, JobDefinition>, options: { pollMs: number; log?: (m: string) => void }): JobRunner {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = async () => {
    try {
      for (const queue of Object.keys(jobs)) await ensureRecurringJob(db, queue, clock.now());
      await runDueJobs(db, clock, jobs);
    } catch (error) {
      options.log?.(`cola de trabajos: ${(error as Error).message}`);
    }
  };
  const timer = setInterval(() => {
    if (!stopped) running = running.then(tick);
  }, options.pollMs);
  running = running.then(tick);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
