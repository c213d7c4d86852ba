// Runs a register import: a dry run (the report, nothing written) or an apply, in batches, each in one transaction
// with its report lines and the run's checkpoint. A run stopped half-way (crash, kill -9) continues where it stopped
// and ends as an uninterrupted run would: the CLI finds it by the file's hash and mode, the server's worker by its
// stale heartbeat (import.worker.ts).
import path from "node:path";
import type { ActingScope } from "../../context.ts";
import type { RegisterImport } from "../../generated/prisma/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { fileFingerprint, readRegisterFile, registerFileFormat, type RegisterFileFormat } from "./import.reader.ts";
import { checkRow, localityMatcher, type RowIssue } from "./import.rows.ts";
import { applyBatch, type BatchRow } from "./import.apply.ts";

/** rows per transaction: each batch is a handful of set-based statements, so large batches cost little more than small ones */
export const IMPORT_BATCH_SIZE = 5_000;
/** while a run works, it says so this often (a RUNNING run silent for much longer was interrupted) */
export const HEARTBEAT_MS = 10_000;

export interface ImportOptions {
  batchSize?: number;
  /** after each batch, with the run's row as it stands */
  onProgress?: (job: { checkpointRow: number; totalRows: number | null }, resumedFrom: number) => void;
  /** stops the run between two batches (it stays RUNNING, to be continued) */
  signal?: AbortSignal;
}

/** The run was asked to stop (the API is shutting down); it continues from its checkpoint later. */
export class ImportInterrupted extends Error {}

const actorId = (scope: ActingScope) => (scope.actor.kind === "staff" ? scope.actor.id : null);

/** The CLI's run: the unfinished run of this file in this mode, or a new one. */
async function openRun(scope: ActingScope, file: string, apply: boolean) {
  const format = registerFileFormat(file);
  const { sha256, rows } = await fileFingerprint(file, format);
  const unfinished = await scope.db.registerImport.findFirst({ where: { fileHash: sha256, apply, status: "RUNNING", storedFile: null }, orderBy: { id: "desc" } });
  if (unfinished) return unfinished;
  return inTransaction(scope, async (tx) => {
    const job = await tx.registerImport.create({
      data: { fileName: path.basename(file), fileHash: sha256, format, apply, totalRows: rows, startedById: actorId(scope), startedAt: scope.clock.now() },
    });
    await recordAudit(tx, scope, { action: apply ? "registerImport.apply" : "registerImport.dryRun", entityType: "RegisterImport", entityId: job.id, after: job });
    return job;
  });
}

/** `npm run import`: runs `file` in the given mode, continuing its unfinished run when there is one. */
export async function runRegisterImport(scope: ActingScope, file: string, options: ImportOptions & { apply: boolean }) {
  return continueRegisterImport(scope, await openRun(scope, file, options.apply), file, options);
}

/** Runs `job` over `file` from its checkpoint to the end of the file. */
export async function continueRegisterImport(scope: ActingScope, start: RegisterImport, file: string, options: ImportOptions = {}) {
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  const format = start.format as RegisterFileFormat;
  const totalRows = start.totalRows ?? (await fileFingerprint(file, format)).rows;
  let job = await scope.db.registerImport.update({
    where: { id: start.id },
    data: { status: "RUNNING", totalRows, heartbeatAt: scope.clock.now(), resumedAt: scope.clock.now(), resumedFromRow: start.checkpointRow },
  });
  const heartbeat = setInterval(() => {
    scope.db.registerImport.update({ where: { id: job.id }, data: { heartbeatAt: scope.clock.now() } }).catch(() => {});
  }, HEARTBEAT_MS);
  try {
    await importRows(scope, job, file, format, batchSize, options.signal, (next) => {
      job = next;
      options.onProgress?.(job, start.checkpointRow);
    });
  } finally {
    clearInterval(heartbeat);
  }
  return scope.db.registerImport.update({ where: { id: job.id }, data: { status: "DONE", finishedAt: scope.clock.now(), heartbeatAt: scope.clock.now() } });
}

async function importRows(scope: ActingScope, job: RegisterImport, file: string, format: RegisterFileFormat, batchSize: number, signal: AbortSignal | undefined, progress: (job: RegisterImport) => void) {
  const findLocality = localityMatcher(await scope.db.locality.findMany({ select: { id: true, name: true } }));
  const today = scope.clock.now();
  // control numbers accepted so far in this file: a later row repeating one is rejected
  const seen = new Set<string>();
  let batch: { rowNumber: number; ok?: BatchRow; issues: RowIssue[] }[] = [];

  const flush = async () => {
    if (!batch.length) return;
    if (signal?.aborted) throw new ImportInterrupted("Importación interrumpida");
    const rows = batch;
    batch = [];
    const next = await inTransaction(
      scope,
      async (tx) => {
        const accepted = rows.flatMap((r) => (r.ok ? [r.ok] : []));
        const outcome = job.apply ? await applyBatch(tx, accepted, actorId(scope), scope.clock.now()) : null;
        const refused = new Map(outcome?.rejected.map((r) => [r.rowNumber, r.issue]) ?? []);
        const issues = rows.flatMap((r) => [...r.issues, ...(refused.has(r.rowNumber) ? [refused.get(r.rowNumber)!] : [])].map((issue) => ({ ...issue, rowNumber: r.rowNumber })));
        const rejectedRows = new Set(issues.filter((i) => i.severity === "ERROR").map((i) => i.rowNumber));
        const warnedRows = new Set(issues.filter((i) => i.severity === "WARNING" && !rejectedRows.has(i.rowNumber)).map((i) => i.rowNumber));
        if (issues.length) {
          await tx.$executeRaw`
            INSERT INTO "RegisterImportIssue" ("importId", "rowNumber", severity, field, message)
            SELECT ${job.id}::int, v.row_number, v.severity, v.field, v.message
            FROM unnest(${issues.map((i) => i.rowNumber)}::int[], ${issues.map((i) => i.severity)}::text[], ${issues.map((i) => i.field)}::text[], ${issues.map((i) => i.message)}::text[])
              WITH ORDINALITY AS v(row_number, severity, field, message, n) ORDER BY v.n`;
        }
        if (outcome && (outcome.created.length || outcome.updated.length)) {
          await recordAudit(tx, scope, {
            action: "registerImport.batch",
            entityType: "RegisterImport",
            entityId: job.id,
            after: { rows: [rows[0].rowNumber, rows.at(-1)!.rowNumber], created: outcome.created, updated: outcome.updated },
          });
        }
        return tx.registerImport.update({
          where: { id: job.id },
          data: {
            checkpointRow: rows.at(-1)!.rowNumber,
            heartbeatAt: scope.clock.now(),
            rejected: { increment: rejectedRows.size },
            warnings: { increment: warnedRows.size },
            accepted: { increment: rows.length - rejectedRows.size - warnedRows.size },
            created: { increment: outcome?.created.length ?? 0 },
            updated: { increment: outcome?.updated.length ?? 0 },
            unchanged: { increment: outcome?.unchanged ?? 0 },
          },
        });
      },
      { timeout: 300_000 },
    );
    progress(next);
  };

  for await (const { rowNumber, raw } of readRegisterFile(file, format)) {
    const outcome = checkRow(raw, findLocality, today);
    let issues: RowIssue[] = outcome.ok ? outcome.warnings : outcome.issues;
    let ok: BatchRow | undefined;
    if (outcome.ok) {
      if (seen.has(outcome.row.controlNumber)) issues = [{ severity: "ERROR", field: "controlNumber", message: `Número de control ${outcome.row.controlNumber} repetido en el archivo` }];
      else ok = { rowNumber, row: outcome.row };
      seen.add(outcome.row.controlNumber);
    }
    // rows done before a crash only rebuild what the file has shown so far
    if (rowNumber <= job.checkpointRow) continue;
    batch.push({ rowNumber, ok, issues });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
}
