// The register import on PostgreSQL: the dry run's report (nothing written), apply, re-apply of the same file (no
// change), a corrected file (only what changed, "actualizado por importación"), and a run killed with SIGKILL in the
// middle that, run again, ends exactly like an uninterrupted one (a generated file: 2,000 rows by default, to spare
// the shared suite; REGISTER_IMPORT_TEST_ROWS=20000 runs it on more).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../server/src/db/client.ts";
import type { ActingScope } from "../../server/src/context.ts";
import { staffActor } from "../../server/src/auth/actor.ts";
import { seedCatalogs } from "../../server/src/db/catalogs.ts";
import { loadConfig } from "../../server/src/config.ts";
import { runRegisterImport } from "../../server/src/modules/register-import/import.runner.ts";
import { writeRegisterFile } from "../../bench/register-file.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createStaff } from "../support/factories.ts";

const SAMPLE = path.resolve(import.meta.dirname, "../fixtures/padron-ejemplo.csv");
const ROOT = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "padron-"));
const databases: TestDatabase[] = [];

async function registerDatabase() {
  const database = await createPostgresDatabase();
  databases.push(database);
  await seedCatalogs(database.db);
  const staff = await createStaff(database.db, ["REGISTRY"], { username: "padron" });
  const scope: ActingScope = { db: database.db, actor: staffActor(staff), clock: { now: () => new Date("2026-11-30T17:00:00Z") }, config: loadConfig({ DATABASE_URL: "postgresql://unused" }), requestId: "prueba" };
  return { database, scope };
}

afterAll(async () => {
  for (const database of databases) await database.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const issuesOf = (db: Db, importId: number) => db.registerImportIssue.findMany({ where: { importId }, orderBy: [{ rowNumber: "asc" }, { id: "asc" }] });

describe("register import (sample file)", () => {
  let db: Db;
  let scope: ActingScope;
  beforeAll(async () => {
    ({ scope, database: { db } } = await registerDatabase());
  });

  it("should report every row on a dry run and write nothing", async () => {
    const job = await runRegisterImport(scope, SAMPLE, { apply: false });
    expect(job).toMatchObject({ status: "DONE", totalRows: 9, checkpointRow: 9, accepted: 3, warnings: 1, rejected: 5, created: 0 });
    const issues = await issuesOf(db, job.id);
    expect(issues.map((i) => [i.rowNumber, i.severity, i.field, i.message])).toEqual([
      [2, "WARNING", "phone", "Teléfono normalizado: «+52 1 (697) 555-0102» → 6975550102"],
      [2, "WARNING", "locality", "Localidad «la reforma» tomada como «La Reforma»"],
      [4, "ERROR", "curp", expect.stringContaining("dígito verificador")],
      [5, "ERROR", "controlNumber", "Número de control 800002 repetido en el archivo"],
      [6, "ERROR", "fullName", "Falta el titular (nombre)"],
      [7, "ERROR", "meter.initialReadingM3", "La lectura del medidor no puede ser negativa"],
      [8, "ERROR", "locality", "La localidad «Villa Inexistente» no está en el catálogo"],
    ]);
    expect(await db.serviceConnection.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
  });

  it("should apply: one holder, connection, meter and history entry per accepted row; opening balances as one ledger entry each", async () => {
    const job = await runRegisterImport(scope, SAMPLE, { apply: true });
    expect(job).toMatchObject({ status: "DONE", accepted: 3, warnings: 1, rejected: 5, created: 4, updated: 0, unchanged: 0 });
    const connections = await db.serviceConnection.findMany({ orderBy: { controlNumber: "asc" }, include: { holder: true, meters: true, ledger: true, locality: true } });
    expect(connections.map((c) => [c.controlNumber, c.holder.fullName, c.locality.name, c.type, c.balance.toFixed(2), c.meters.map((m) => `${m.serialNumber} ${m.lastReadingM3.toFixed(2)}`), c.ledger.map((l) => l.amount.toFixed(2))])).toEqual([
      ["800001", "Gloria Hernández García", "Angostura", "DOMESTIC", "350.00", ["EJ-0001 120.50"], ["350.00"]],
      ["800002", "Ramón Inzunza Félix", "La Reforma", "COMMERCIAL", "0.00", ["EJ-0002 80.00"], []],
      ["800003", "Escuela Primaria Benito Juárez", "Angostura", "PUBLIC", "0.00", ["EJ-0003 1500.00"], []],
      ["800009", "Jesús Zazueta López", "Angostura", "DOMESTIC", "1200.50", [], ["1200.50"]],
    ]);
    expect(connections[1].holder.phone).toBe("6975550102");
    expect(await db.historyEvent.count({ where: { type: "CONNECTION_CREATED" } })).toBe(4);
    expect(await db.auditEntry.count({ where: { action: "registerImport.batch" } })).toBe(1);
  });

  it("should change nothing when the same file is applied again", async () => {
    const before = { history: await db.historyEvent.count(), users: await db.user.count(), ledger: await db.ledgerEntry.count() };
    const job = await runRegisterImport(scope, SAMPLE, { apply: true });
    expect(job).toMatchObject({ created: 0, updated: 0, unchanged: 4, rejected: 5 });
    expect({ history: await db.historyEvent.count(), users: await db.user.count(), ledger: await db.ledgerEntry.count() }).toEqual(before);
  });

  it("should update only what a corrected file changes, with history", async () => {
    const corrected = path.join(tmp, "padron-corregido.csv");
    fs.writeFileSync(corrected, fs.readFileSync(SAMPLE, "utf8").replace("Calle Benito Juárez,12,", "Calle Benito Juárez,14,"));
    const job = await runRegisterImport(scope, corrected, { apply: true });
    expect(job).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const gloria = await db.serviceConnection.findUniqueOrThrow({ where: { controlNumber: "800001" }, include: { history: { orderBy: { id: "desc" }, take: 1 } } });
    expect(gloria.exteriorNumber).toBe("14");
    expect(gloria.history[0].summary).toBe("Actualizado por importación del padrón: número exterior");
  });
});

/** What an import leaves in the database, comparable between two databases. */
async function endState(db: Db) {
  const connections = await db.serviceConnection.findMany({ orderBy: { controlNumber: "asc" }, include: { holder: true, meters: true, ledger: true } });
  return {
    connections: connections.map((c) => [c.controlNumber, c.holder.fullName, c.holder.phone, c.street, c.exteriorNumber, c.localityId, c.type, c.balance.toFixed(2), c.meters.map((m) => m.serialNumber).join(), c.ledger.map((l) => l.amount.toFixed(2)).join()].join("|")),
    users: await db.user.count(),
    history: await db.historyEvent.count(),
    job: await db.registerImport.findFirstOrThrow({ where: { apply: true }, select: { status: true, totalRows: true, checkpointRow: true, accepted: true, warnings: true, rejected: true, created: true } }),
  };
}

function cli(url: string, file: string) {
  return spawn(process.execPath, ["--import", "tsx", "server/src/import-cli.ts", file, "--aplicar", "--usuario", "padron"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
}

const ROWS = Number(process.env.REGISTER_IMPORT_TEST_ROWS ?? 2_000);

describe(`register import (${ROWS.toLocaleString("en")} generated rows)`, () => {
  it("should resume a run killed with SIGKILL and end as an uninterrupted run does", { timeout: 900_000 }, async () => {
    const file = path.join(tmp, `padron-${ROWS}.csv`);
    await writeRegisterFile(file, ROWS, { seed: 7 });
    const whole = await registerDatabase();
    await runRegisterImport(whole.scope, file, { apply: true });
    const expected = await endState(whole.database.db);
    expect(expected.job).toMatchObject({ status: "DONE", totalRows: ROWS, created: ROWS, rejected: 0 });

    const killed = await registerDatabase();
    const first = cli(killed.database.url!, file);
    // kill it once some batches are in, well before the end
    for (;;) {
      const job = await killed.database.db.registerImport.findFirst({ where: { apply: true } });
      if (job && job.checkpointRow >= 500) break;
      if (first.exitCode !== null) throw new Error("the import ended before it could be killed");
      await new Promise((r) => setTimeout(r, 100));
    }
    first.kill("SIGKILL");
    await new Promise((r) => first.once("close", r));
    const stopped = await killed.database.db.registerImport.findFirstOrThrow({ where: { apply: true } });
    expect(stopped.status).toBe("RUNNING");
    expect(stopped.checkpointRow).toBeLessThan(ROWS);
    // what the killed run wrote is exactly its checkpoint's batches
    expect(await killed.database.db.serviceConnection.count()).toBe(stopped.checkpointRow);

    const second = cli(killed.database.url!, file);
    let output = "";
    second.stdout.on("data", (chunk) => (output += chunk));
    second.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise((r) => second.once("close", r));
    expect(code, output).toBe(0);
    expect(output).toContain("filas/s");
    expect(await endState(killed.database.db)).toEqual(expected);
  });
});
