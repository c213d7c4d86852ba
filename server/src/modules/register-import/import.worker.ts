// The server's import worker: runs the imports uploaded through the portal in the background, one at a time per API
// process. It claims a QUEUED run, or a RUNNING one whose heartbeat has gone quiet (its process died), with
// FOR UPDATE SKIP LOCKED, so each run has one worker however many API processes poll; a claimed run continues from
// its checkpoint (import.runner.ts). A page reload, or a restart of the API, loses nothing: the run is in the database.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { Db } from "../../db/client.ts";
import type { Config } from "../../config.ts";
import type { Clock } from "../../shared/clock.ts";
import { staffActor } from "../../auth/actor.ts";
import { isGranted, Operations } from "../../auth/policies.ts";
import { continueRegisterImport, HEARTBEAT_MS, ImportInterrupted, type ImportOptions } from "./import.runner.ts";

/** rows per transaction on the embedded database (PGlite) */
const EMBEDDED_BATCH_SIZE = 1_000;

/** A RUNNING run silent this long was interrupted and is claimed again. */
export const STALE_AFTER_MS = 6 * HEARTBEAT_MS;

/** Claims the next run to work on, or null. */
async function claimRun(db: Db, now: Date): Promise<number | null> {
  const stale = new Date(now.getTime() - STALE_AFTER_MS);
  const [claimed] = await db.$queryRaw<{ id: number }[]>`
    UPDATE "RegisterImport" SET status = 'RUNNING', "heartbeatAt" = ${now}
    WHERE id = (
      SELECT id FROM "RegisterImport"
      WHERE "storedFile" IS NOT NULL AND (status = 'QUEUED' OR (status = 'RUNNING' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < ${stale})))
      ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return claimed?.id ?? null;
}

/** Runs the next queued (or interrupted) upload to its end; its id, or null when there was none. */
export async function runNextRegisterImport(db: Db, config: Config, clock: Clock, options: ImportOptions = {}): Promise<number | null> {
  const id = await claimRun(db, clock.now());
  if (id === null) return null;
  const job = await db.registerImport.findUniqueOrThrow({ where: { id } });
  try {
    const staff = job.startedById ? await db.staff.findUnique({ where: { id: job.startedById } }) : null;
    const actor = staff?.active ? staffActor(staff) : null;
    if (!actor || !isGranted(actor, Operations.manageRegister)) throw new Error("Quien inició la importación ya no tiene acceso al padrón");
    if (!job.storedFile || !fs.existsSync(job.storedFile)) throw new Error("El archivo subido ya no está en el servidor; súbalo de nuevo");
    await continueRegisterImport({ db, actor, clock, config, requestId: randomUUID() }, job, job.storedFile, options);
  } catch (error) {
    // stopped on purpose: still RUNNING, with no heartbeat, so that the next worker continues it at once
    if (error instanceof ImportInterrupted) {
      await db.registerImport.update({ where: { id }, data: { heartbeatAt: null } });
      return id;
    }
    await db.registerImport.update({ where: { id }, data: { status: "FAILED", error: (error as Error).message.slice(0, 1000), finishedAt: clock.now() } });
  }
  return id;
}

export interface ImportWorker {
  /** look for work now (after an upload or an apply) rather than at the next poll */
  wake(): void;
  stop(): Promise<void>;
}

export function startRegisterImportWorker(db: Db, config: Config, clock: Clock, options: { pollMs: number; log?: (m: string) => void }): ImportWorker {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let stopped = false;
  const abort = new AbortController();
  const tick = () => {
    if (busy || stopped) return;
    busy = true;
    running = (async () => {
      try {
        // on the embedded database one connection serves everybody: smaller batches keep the portal answering meanwhile
        const batchSize = config.databaseUrl ? undefined : EMBEDDED_BATCH_SIZE;
        while (!stopped && (await runNextRegisterImport(db, config, clock, { signal: abort.signal, batchSize })) !== null);
      } catch (error) {
        options.log?.(`importación del padrón: ${(error as Error).message}`);
      } finally {
        busy = false;
      }
    })();
  };
  const timer = setInterval(tick, options.pollMs);
  tick();
  return {
    wake: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      abort.abort();
      await running;
    },
  };
}
