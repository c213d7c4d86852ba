import fs from "node:fs";
import type { ActingScope } from "../../context.ts";
import { registerImportScope } from "../../auth/policies.ts";
import { inTransaction } from "../../db/transaction.ts";
import { badInput, DomainError } from "../../shared/errors.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { recordAudit } from "../audit/audit.service.ts";
import type { RegisterFileFormat } from "./import.reader.ts";
import { toGlobalId } from "../../shared/global-id.ts";

/** How the API names a run (its `dryRunId` and the upload's answer; `id` comes from NodeResolver): its global id. */
export const registerImportApiId = (id: number) => toGlobalId("RegisterImport", id);

/** Import runs, newest first. */
export function listRegisterImports(scope: ActingScope, page: PageArgs) {
  return paginateModel(scope.db.registerImport, registerImportScope(scope.actor), page, "desc");
}

export function findRegisterImport(scope: ActingScope, id: number) {
  return scope.db.registerImport.findFirst({ where: { AND: [registerImportScope(scope.actor), { id }] } });
}

/** A run's report lines in file order. */
export function registerImportIssues(scope: ActingScope, importId: number, page: PageArgs) {
  return paginateModel(scope.db.registerImportIssue, { importId, import: registerImportScope(scope.actor) }, page, "asc");
}

/** Rows per second of the run's current (or last) stretch of work, and the seconds left at that pace; null before the first batch. */
export function registerImportPace(run: { status: string; checkpointRow: number; totalRows: number | null; resumedAt: Date | null; resumedFromRow: number; heartbeatAt: Date | null; finishedAt: Date | null }, now: Date) {
  const until = run.status === "RUNNING" ? now : (run.finishedAt ?? run.heartbeatAt ?? now);
  const seconds = run.resumedAt ? (until.getTime() - run.resumedAt.getTime()) / 1000 : 0;
  const done = run.checkpointRow - run.resumedFromRow;
  if (seconds <= 0 || done <= 0) return { rowsPerSecond: null, etaSeconds: null };
  const rowsPerSecond = done / seconds;
  const etaSeconds = run.status === "RUNNING" && run.totalRows !== null ? Math.max(0, Math.round((run.totalRows - run.checkpointRow) / rowsPerSecond)) : null;
  return { rowsPerSecond, etaSeconds };
}

/** A file uploaded through the portal (already stored under config.importDir): queues its dry run for the server's worker. */
export async function queueUploadedRegisterFile(scope: ActingScope, file: { fileName: string; storedFile: string; sha256: string; format: RegisterFileFormat }) {
  return inTransaction(scope, async (tx) => {
    const job = await tx.registerImport.create({
      data: {
        fileName: file.fileName, fileHash: file.sha256, format: file.format, storedFile: file.storedFile, apply: false, status: "QUEUED",
        startedById: scope.actor.kind === "staff" ? scope.actor.id : null, startedAt: scope.clock.now(),
      },
    });
    await recordAudit(tx, scope, { action: "registerImport.dryRun", entityType: "RegisterImport", entityId: job.id, after: { fileName: job.fileName, fileHash: job.fileHash, format: job.format } });
    return job;
  });
}

/**
 * "Aplicar": queues the apply of a finished dry run of an uploaded file (the same file, kept on the server). Asking
 * again for the same dry run returns the apply already queued, running or done (a second click applies nothing twice).
 */
export async function applyRegisterImport(scope: ActingScope, dryRunId: number) {
  return inTransaction(scope, async (tx) => {
    await tx.$queryRaw`SELECT id FROM "RegisterImport" WHERE id = ${dryRunId} FOR UPDATE`;
    const dryRun = await tx.registerImport.findFirst({ where: { AND: [registerImportScope(scope.actor), { id: dryRunId }] } });
    if (!dryRun) throw new DomainError("NOT_FOUND", "La importación no existe", "id");
    if (dryRun.apply) throw badInput("id", "Esta importación ya es una aplicación; elija su simulacro");
    if (!dryRun.storedFile) throw new DomainError("CONFLICT", "Este simulacro se hizo con npm run import: aplíquelo con npm run import -- <archivo> --aplicar", "id");
    if (dryRun.status !== "DONE") throw new DomainError("CONFLICT", "El simulacro aún no termina; aplíquelo cuando termine", "id");
    const earlier = await tx.registerImport.findFirst({ where: { dryRunId, apply: true, status: { not: "FAILED" } }, orderBy: { id: "desc" } });
    if (earlier) return { registerImport: earlier };
    if (!fs.existsSync(dryRun.storedFile)) throw new DomainError("CONFLICT", "El archivo del simulacro ya no está en el servidor; súbalo de nuevo", "id");
    const job = await tx.registerImport.create({
      data: {
        fileName: dryRun.fileName, fileHash: dryRun.fileHash, format: dryRun.format, storedFile: dryRun.storedFile, totalRows: dryRun.totalRows, apply: true,
        status: "QUEUED", dryRunId, startedById: scope.actor.kind === "staff" ? scope.actor.id : null, startedAt: scope.clock.now(),
      },
    });
    await recordAudit(tx, scope, { action: "registerImport.apply", entityType: "RegisterImport", entityId: job.id, after: { dryRunId, fileName: job.fileName, fileHash: job.fileHash } });
    return { registerImport: job };
  });
}
