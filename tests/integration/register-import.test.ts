// The register import on PostgreSQL: the dry run's report (nothing written), apply, re-apply of the same file (no
// change), a corrected file (only what changed, "actualizado por importación"), and a run killed with SIGKILL in the
// middle that, run again, ends exactly like an uninterrupted one (a generated file: 2,000 rows by default, to spare
// the shared suite; REGISTER_IMPORT_TEST_ROWS=20000 runs it on more).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../server/src/db/client.ts";
import type { ActingScope } from "../../server/src/context.ts";
import { staffActor } from "../../server/src/auth/actor.ts";
import { seedCatalogs } from "../../server/src/db/catalogs.ts";
import { loadConfig } from "../../server/src/config.ts";
import { runRegisterImport } from "../../server/src/modules/register-import/import.runner.ts";
import { IMPORT_LOCK } from "../../server/src/modules/register-import/import.apply.ts";
import { writeRegisterFile } from "../../bench/register-file.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createStaff } from "../support/factories.ts";

const SAMPLE = path.resolve(import.meta.dirname, "../fixtures/padron-ejemplo.csv");
/** the same rows as a spreadsheet (tests/support/register-xlsx.ts made it) */
const SAMPLE_XLSX = path.resolve(import.meta.dirname, "../fixtures/padron-ejemplo.xlsx");
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
    const sample = fs.readFileSync(SAMPLE, "utf8");
    fs.writeFileSync(corrected, sample.replace("6971234567,gloria@correo.mx,Calle Benito Juárez,12,", "6971234568,gloria@correo.mx,Calle Benito Juárez,14,").replace("Calle Escuela,S/N,,Angostura", "Calle Escuela,S/N,Centro,Angostura"));
    const before = await db.historyEvent.count();
    const job = await runRegisterImport(scope, corrected, { apply: true });
    expect(job).toMatchObject({ created: 0, updated: 2, unchanged: 2 });
    const gloria = await db.serviceConnection.findUniqueOrThrow({ where: { controlNumber: "800001" }, include: { holder: true, history: { orderBy: { id: "desc" }, take: 1 } } });
    expect([gloria.exteriorNumber, gloria.holder.phone, gloria.holder.email, gloria.street]).toEqual(["14", "6971234568", "gloria@correo.mx", "Calle Benito Juárez"]);
    expect(gloria.history[0].summary).toBe("Actualizado por importación del padrón: teléfono, número exterior");
    const school = await db.serviceConnection.findUniqueOrThrow({ where: { controlNumber: "800003" }, include: { history: { orderBy: { id: "desc" }, take: 1 } } });
    expect([school.neighborhood, school.exteriorNumber, school.history[0].summary]).toEqual(["Centro", "S/N", "Actualizado por importación del padrón: colonia"]);
    expect(await db.historyEvent.count()).toBe(before + 2);
  });
});

describe("register import (sample file as XLSX)", () => {
  it("should give the XLSX's dry run the same report as the CSV's, row for row, and write nothing", async () => {
    const { scope, database: { db } } = await registerDatabase();
    const xlsx = await runRegisterImport(scope, SAMPLE_XLSX, { apply: false });
    const csv = await runRegisterImport(scope, SAMPLE, { apply: false });
    expect(xlsx).toMatchObject({ format: "xlsx", status: "DONE", totalRows: 9, checkpointRow: 9, accepted: 3, warnings: 1, rejected: 5, created: 0 });
    const lines = async (id: number) => (await issuesOf(db, id)).map((i) => [i.rowNumber, i.severity, i.field, i.message]);
    expect(await lines(xlsx.id)).toEqual(await lines(csv.id));
    expect(await db.serviceConnection.count()).toBe(0);
  });

  it("should read dates, numbers and phones typed as spreadsheet cells the way the CSV writes them", async () => {
    const { scope, database: { db } } = await registerDatabase();
    await runRegisterImport(scope, SAMPLE_XLSX, { apply: true });
    const gloria = await db.serviceConnection.findUniqueOrThrow({ where: { controlNumber: "800001" }, include: { holder: true, meters: true } });
    expect([gloria.holder.phone, gloria.balance.toFixed(2), gloria.meters[0].installedAt.toISOString().slice(0, 10), gloria.meters[0].lastReadingM3.toFixed(2)]).toEqual(["6971234567", "350.00", "2024-01-15", "120.50"]);
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
  return spawn(process.execPath, ["--import", "tsx", "server/src/import-cli.ts", file, "--aplicar", "--usuario", "padron", "--lote", String(BATCH)], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
}

const ROWS = Number(process.env.REGISTER_IMPORT_TEST_ROWS ?? 2_000);
/** small batches here, so that the run can be killed between two of them */
const BATCH = Math.max(100, Math.floor(ROWS / 20));

describe(`register import (${ROWS.toLocaleString("en")} generated rows)`, () => {
  it("should resume a run killed with SIGKILL and end as an uninterrupted run does", { timeout: 900_000 }, async () => {
    const file = path.join(tmp, `padron-${ROWS}.csv`);
    await writeRegisterFile(file, ROWS, { seed: 7 });
    const whole = await registerDatabase();
    await runRegisterImport(whole.scope, file, { apply: true, batchSize: BATCH });
    const expected = await endState(whole.database.db);
    expect(expected.job).toMatchObject({ status: "DONE", totalRows: ROWS, created: ROWS, rejected: 0 });

    const killed = await registerDatabase();
    // a gate: the importer takes the import lock at the start of every batch, so holding it stops the run between two batches
    const gate = new pg.Client(killed.database.url!);
    await gate.connect();
    await gate.query("SELECT pg_advisory_lock($1)", [IMPORT_LOCK]);
    const first = cli(killed.database.url!, file);
    const checkpoint = async () => (await gate.query<{ checkpointRow: number }>(`SELECT "checkpointRow" FROM "RegisterImport" WHERE apply`)).rows[0]?.checkpointRow;
    try {
      while ((await checkpoint()) === undefined) await new Promise((r) => setTimeout(r, 50));
      await gate.query("SELECT pg_advisory_unlock($1)", [IMPORT_LOCK]);
      // let some batches in, then close the gate and kill it well before the end
      while (((await checkpoint()) ?? 0) < 2 * BATCH) {
        if (first.exitCode !== null) throw new Error("the import ended before it could be killed");
        await new Promise((r) => setTimeout(r, 5));
      }
      await gate.query("SELECT pg_advisory_lock($1)", [IMPORT_LOCK]);
      if (first.exitCode !== null) throw new Error("the import ended before it could be killed");
      first.kill("SIGKILL");
      await new Promise((r) => first.once("close", r));
    } finally {
      await gate.end();
    }
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
