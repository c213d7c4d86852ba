// npm run import -- <file.csv|file.xlsx> [--aplicar] [--usuario <username>] [--lote <rows per transaction>]
// Without --aplicar: a dry run (the report, nothing written). The run is recorded under the staff member named (who
// must be in the register or an administrator). Running the same file again continues an unfinished run.
import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { loadConfig } from "./config.ts";
import { openDatabase } from "./db/open-database.ts";
import { staffActor } from "./auth/actor.ts";
import { isGranted, Operations } from "./auth/policies.ts";
import { systemClock } from "./shared/clock.ts";
import { runRegisterImport } from "./modules/register-import/import.runner.ts";

const args = process.argv.slice(2);
const VALUED = ["--usuario", "--lote"];
const file = args.find((a, i) => !a.startsWith("--") && !VALUED.includes(args[i - 1]));
const apply = args.includes("--aplicar") || args.includes("--apply");
const username = args.includes("--usuario") ? args[args.indexOf("--usuario") + 1] : "admin";
const batchSize = args.includes("--lote") ? Number(args[args.indexOf("--lote") + 1]) : undefined;
if (!file || (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0))) {
  console.error("uso: npm run import -- <archivo.csv|archivo.xlsx> [--aplicar] [--usuario <usuario>] [--lote <filas por transacción>]");
  process.exit(2);
}

const config = loadConfig();
const { db, close } = await openDatabase(config, (m) => console.error(m));
try {
  const staff = await db.staff.findUnique({ where: { username } });
  const actor = staff?.active ? staffActor(staff) : null;
  if (!actor || !isGranted(actor, Operations.manageRegister)) throw new Error(`«${username}» no existe, está inactivo o no es del padrón ni administrador`);
  const started = Date.now();
  const job = await runRegisterImport({ db, actor, clock: systemClock, config, requestId: randomUUID() }, file, {
    apply,
    batchSize,
    onProgress: ({ checkpointRow, totalRows }, resumedFrom) => {
      const seconds = (Date.now() - started) / 1000;
      const rate = (checkpointRow - resumedFrom) / Math.max(seconds, 0.001);
      const total = totalRows ?? checkpointRow;
      const width = 30;
      const done = Math.round((checkpointRow / Math.max(total, 1)) * width);
      const eta = rate > 0 ? Math.round((total - checkpointRow) / rate) : 0;
      process.stderr.write(`\r[${"#".repeat(done)}${"-".repeat(width - done)}] ${checkpointRow.toLocaleString("es-MX")}/${total.toLocaleString("es-MX")} filas · ${Math.round(rate).toLocaleString("es-MX")} filas/s · faltan ${eta} s · memoria ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB   `);
    },
  });
  process.stderr.write("\n");
  console.log(JSON.stringify({ importId: job.id, mode: apply ? "aplicar" : "simulacro", totalRows: job.totalRows, accepted: job.accepted, warnings: job.warnings, rejected: job.rejected, created: job.created, updated: job.updated, unchanged: job.unchanged, seconds: (Date.now() - started) / 1000 }));
} finally {
  await close();
}
