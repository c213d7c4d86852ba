// Runs a register import: a dry run (the report, nothing written) or an apply, in batches, each in one transaction
// with its report lines and the run's checkpoint. Running the same file again in the same mode continues an
// unfinished run where it stopped (after a crash or kill -9) and ends as an uninterrupted run would.
import path from "node:path";
import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { fileFingerprint, readRegisterCsv } from "./import.reader.ts";
import { checkRow, localityMatcher, type RowIssue } from "./import.rows.ts";
import { applyBatch, type BatchRow } from "./import.apply.ts";

export const IMPORT_BATCH_SIZE = 500;

export interface ImportOptions {
  apply: boolean;
  batchSize?: number;
  /** after each batch, with the run's row as it stands */
  onProgress?: (job: { checkpointRow: number; totalRows: number | null }, resumedFrom: number) => void;
}

/** The unfinished run of this file in this mode, or a new one. */
async function openRun(scope: ActingScope, file: string, apply: boolean) {
  const { sha256, rows } = await fileFingerprint(file);
  const unfinished = await scope.db.registerImport.findFirst({ where: { fileHash: sha256, apply, status: "RUNNING" }, orderBy: { id: "desc" } });
  if (unfinished) return unfinished;
  return inTransaction(scope, async (tx) => {
    const job = await tx.registerImport.create({
      data: { fileName: path.basename(file), fileHash: sha256, apply, totalRows: rows, startedById: scope.actor.kind === "staff" ? scope.actor.id : null, startedAt: scope.clock.now() },
    });
    await recordAudit(tx, scope, { action: apply ? "registerImport.apply" : "registerImport.dryRun", entityType: "RegisterImport", entityId: job.id, after: job });
    return job;
  });
}

export async function runRegisterImport(scope: ActingScope, file: string, options: ImportOptions) {
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  let job = await openRun(scope, file, options.apply);
  const resumedFrom = job.checkpointRow;
  const findLocality = localityMatcher(await scope.db.locality.findMany({ select: { id: true, name: true } }));
  const today = scope.clock.now();
  // control numbers accepted so far in this file: a later row repeating one is rejected
  const seen = new Set<string>();
  let batch: { rowNumber: number; ok?: BatchRow; issues: RowIssue[] }[] = [];

  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    job = await inTransaction(
      scope,
      async (tx) => {
        const accepted = rows.flatMap((r) => (r.ok ? [r.ok] : []));
        const outcome = options.apply ? await applyBatch(tx, accepted, scope.actor.kind === "staff" ? scope.actor.id : null, scope.clock.now()) : null;
        const refused = new Map(outcome?.rejected.map((r) => [r.rowNumber, r.issue]) ?? []);
        const issues = rows.flatMap((r) => [...r.issues, ...(refused.has(r.rowNumber) ? [refused.get(r.rowNumber)!] : [])].map((issue) => ({ ...issue, rowNumber: r.rowNumber })));
        const rejectedRows = new Set(issues.filter((i) => i.severity === "ERROR").map((i) => i.rowNumber));
        const warnedRows = new Set(issues.filter((i) => i.severity === "WARNING" && !rejectedRows.has(i.rowNumber)).map((i) => i.rowNumber));
        if (issues.length) await tx.registerImportIssue.createMany({ data: issues.map((i) => ({ ...i, importId: job.id })) });
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
    options.onProgress?.(job, resumedFrom);
  };

  for await (const { rowNumber, raw } of readRegisterCsv(file)) {
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
  return scope.db.registerImport.update({ where: { id: job.id }, data: { status: "DONE", finishedAt: scope.clock.now() } });
}
