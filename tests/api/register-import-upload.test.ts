// The portal's way into the register import, over real HTTP on PostgreSQL: POST /uploads/register-import (who may,
// size and type bounds, the headers row), the server's worker running the queued dry run, applyRegisterImport
// (once per dry run), and a run stopped half-way by the API shutting down that the next worker continues.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/src/app.ts";
import { loadConfig, type Config } from "../../server/src/config.ts";
import { seedCatalogs } from "../../server/src/db/catalogs.ts";
import { runNextRegisterImport } from "../../server/src/modules/register-import/import.worker.ts";
import { writeRegisterFile } from "../../bench/register-file.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { ALL_ROLES, callersByRole, run } from "../support/api.ts";
import type { Role } from "../../server/src/generated/prisma/enums.ts";
import { idOf } from "../../server/src/shared/global-id.ts";

const SAMPLE = path.resolve(import.meta.dirname, "../fixtures/padron-ejemplo.csv");
const SAMPLE_XLSX = path.resolve(import.meta.dirname, "../fixtures/padron-ejemplo.xlsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "subidas-"));
const clock = { now: () => new Date() };

let database: TestDatabase;
let app: App;
let config: Config;
let server: http.Server;
let uploadUrl: string;
let callers: Awaited<ReturnType<typeof callersByRole>>;

beforeAll(async () => {
  database = await createPostgresDatabase();
  await seedCatalogs(database.db);
  config = { ...loadConfig({ DATABASE_URL: database.url }), importDir: path.join(tmp, "importaciones"), importMaxBytes: 400_000 };
  app = await createApp({ db: database.db, config, clock });
  server = http.createServer((req, res) => void app.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  uploadUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/uploads/register-import`;
  callers = await callersByRole(database.db);
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await app?.stop();
  await database?.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function upload(body: Buffer | string, { token, name = "padron.csv" }: { token?: string | null; name?: string } = {}) {
  const response = await fetch(uploadUrl, {
    method: "POST",
    headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const json = (await response.json()) as { id?: string; errors?: { message: string; extensions: { code: string } }[] };
  return { status: response.status, id: json.id, code: json.errors?.[0]?.extensions.code, message: json.errors?.[0]?.message };
}

const RUN = `query($id: ID!) { registerImport(id: $id) { id status apply format uploaded dryRunId totalRows checkpointRow accepted warnings rejected created updated unchanged rowsPerSecond etaSeconds error issues(first: 20) { totalCount } } }`;
const APPLY = `mutation($id: ID!) { applyRegisterImport(id: $id) { registerImport { id status apply dryRunId } userErrors { field code message } } }`;
const registry = () => callers.REGISTRY.token;

describe("POST /uploads/register-import", () => {
  it("should let REGISTRY and ADMIN upload, and answer 403 to every other role and 401 to nobody", async () => {
    const sample = fs.readFileSync(SAMPLE);
    const allowed: Role[] = [];
    for (const role of ALL_ROLES) {
      const answer = await upload(sample, { token: callers[role].token });
      if (answer.status === 201) allowed.push(role);
      else expect([role, answer.status, answer.code]).toEqual([role, 403, "FORBIDDEN"]);
    }
    expect(allowed.sort()).toEqual(["ADMIN", "REGISTRY"]);
    expect(await upload(sample)).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
  });

  it("should refuse a file over the size bound, of another type, or without the required columns, and keep none of them", async () => {
    const before = fs.readdirSync(config.importDir).length;
    const big = Buffer.alloc(config.importMaxBytes + 1, "a");
    expect(await upload(big, { token: registry() })).toMatchObject({ status: 413, code: "BAD_USER_INPUT" });
    expect(await upload("numero_control\n1\n", { token: registry(), name: "padron.txt" })).toMatchObject({ status: 415 });
    const missing = await upload("numero_control,nombre\n1,Ana\n", { token: registry() });
    expect(missing).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    expect(missing.message).toContain("calle, localidad");
    expect(await upload("", { token: registry() })).toMatchObject({ status: 400 });
    expect(fs.readdirSync(config.importDir).length).toBe(before);
  });
});

describe("uploaded file: dry run in the background, then Aplicar", () => {
  it("should queue the dry run, run it on the worker (nothing written), then apply it once however often Aplicar is asked", async () => {
    const { db } = database;
    await db.registerImport.deleteMany();
    const { id, status } = await upload(fs.readFileSync(SAMPLE_XLSX), { token: registry(), name: "Padrón ejemplo.xlsx" });
    expect(status).toBe(201);
    expect((await run(app, RUN, { id }, registry())).data.registerImport).toMatchObject({ status: "QUEUED", apply: false, format: "xlsx", uploaded: true, checkpointRow: 0 });
    // too early to apply
    expect((await run(app, APPLY, { id }, registry())).data.applyRegisterImport.userErrors).toEqual([expect.objectContaining({ field: "id", code: "CONFLICT" })]);

    expect(await runNextRegisterImport(db, config, clock)).toBe(idOf("RegisterImport", id!));
    const dryRun = (await run(app, RUN, { id }, registry())).data.registerImport;
    expect(dryRun).toMatchObject({ status: "DONE", totalRows: 9, checkpointRow: 9, accepted: 3, warnings: 1, rejected: 5, created: 0, etaSeconds: null, issues: { totalCount: 7 } });
    expect(dryRun.rowsPerSecond).toBeGreaterThan(0);
    expect(await db.serviceConnection.count()).toBe(0);

    const first = (await run(app, APPLY, { id }, registry())).data.applyRegisterImport;
    expect(first).toMatchObject({ userErrors: [], registerImport: { status: "QUEUED", apply: true, dryRunId: id } });
    const again = (await run(app, APPLY, { id }, callers.ADMIN.token)).data.applyRegisterImport;
    expect(again.registerImport.id).toBe(first.registerImport.id);
    // an apply is not a dry run
    expect((await run(app, APPLY, { id: first.registerImport.id }, registry())).data.applyRegisterImport.userErrors).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT" })]);

    expect(await runNextRegisterImport(db, config, clock)).toBe(idOf("RegisterImport", first.registerImport.id));
    expect(await runNextRegisterImport(db, config, clock)).toBeNull();
    expect((await run(app, RUN, { id: first.registerImport.id }, registry())).data.registerImport).toMatchObject({ status: "DONE", created: 4, rejected: 5 });
    expect(await db.serviceConnection.count()).toBe(4);
    expect(await db.auditEntry.count({ where: { action: { in: ["registerImport.dryRun", "registerImport.apply"] }, entityId: { in: [String(idOf("RegisterImport", id!)), String(idOf("RegisterImport", first.registerImport.id))] } } })).toBe(2);
  });

  it("should continue a run the API stopped half-way (shutdown) where it stopped, and end as an uninterrupted run", async () => {
    const { db } = database;
    const file = path.join(tmp, "padron-2000.csv");
    await writeRegisterFile(file, 2_000, { seed: 11, firstControlNumber: 900_001 });
    const { id } = await upload(fs.readFileSync(file), { token: registry(), name: "padron-2000.csv" });
    await runNextRegisterImport(db, config, clock);
    const applyId = (await run(app, APPLY, { id }, registry())).data.applyRegisterImport.registerImport.id;

    const stop = new AbortController();
    await runNextRegisterImport(db, config, clock, { batchSize: 500, signal: stop.signal, onProgress: () => stop.abort() });
    const stopped = await db.registerImport.findUniqueOrThrow({ where: { id: idOf("RegisterImport", applyId) } });
    expect(stopped).toMatchObject({ status: "RUNNING", checkpointRow: 500, heartbeatAt: null });
    expect(await db.serviceConnection.count({ where: { controlNumber: { startsWith: "9" } } })).toBe(500);

    // the next worker (after a restart) picks it up and continues from row 501
    expect(await runNextRegisterImport(db, config, clock, { batchSize: 500 })).toBe(idOf("RegisterImport", applyId));
    const done = await db.registerImport.findUniqueOrThrow({ where: { id: idOf("RegisterImport", applyId) } });
    expect(done).toMatchObject({ status: "DONE", totalRows: 2_000, checkpointRow: 2_000, created: 2_000, rejected: 0, resumedFromRow: 500 });
    expect(await db.serviceConnection.count({ where: { controlNumber: { startsWith: "9" } } })).toBe(2_000);
    expect(await db.historyEvent.count({ where: { connection: { controlNumber: { startsWith: "9" } } } })).toBe(2_000);
  });
});
