// Escalation on the durable job queue, with a fake clock (no sleeping): an order crosses the head's and then the
// manager's threshold of business hours; a paused one does not; a restart between runs loses nothing; the sweep is
// idempotent; two workers at once run the job once; a failing job rolls back and stays queued. Both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, Tx } from "../../server/src/db/client.ts";
import { createPostgresClient } from "../../server/src/db/client.ts";
import { ensureRecurringJob, runDueJobs, runOneJob, type JobDefinition } from "../../server/src/modules/jobs/job-queue.ts";
import { ESCALATION_SWEEP, JOBS } from "../../server/src/modules/escalation/escalation.jobs.ts";
import { sweepEscalations, sweepInformationRequests } from "../../server/src/modules/escalation/escalation.service.ts";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createConnection, createStaff } from "../support/factories.ts";
import { staffActor } from "../../server/src/auth/actor.ts";
import { loadConfig } from "../../server/src/config.ts";
import type { ActingScope } from "../../server/src/context.ts";
import { resumeWorkOrder } from "../../server/src/modules/service-target/pause.service.ts";

const local = (text: string) => new Date(`${text.replace(" ", "T")}:00-07:00`);
const clockAt = (text: string) => ({ now: () => local(text) });

describe.each([
  ["PostgreSQL", createPostgresDatabase],
  ["PGlite", createPGliteDatabase],
])("escalation on %s", (name, create) => {
  let database: TestDatabase;
  let db: Db;
  let running: number;
  let paused: number;

  const order = async (folio: string, extra: object = {}) =>
    (await db.workOrder.create({
      data: { folio, type: "LEAK_REPAIR", status: "ISSUED", connectionId: (await createConnection(db)).id, department: "FOLLOW_UP", issuedAt: local("2026-11-30 10:00"), dueAt: local("2026-12-03 13:00"), ...extra },
    })).id;
  const level = async (id: number) => (await db.workOrder.findUniqueOrThrow({ where: { id } })).escalationLevel;

  beforeAll(async () => {
    database = await create();
    db = database.db;
    // leaks: due in 24 office hours; to the head after 24, to the manager after 48
    await db.serviceTarget.create({ data: { type: "LEAK_REPAIR", hours: 24, escalateToHeadAfterHours: 24, escalateToManagerAfterHours: 48 } });
    running = await order("OF-2026-000001");
    paused = await order("OF-2026-000002", { pausedAt: local("2026-12-01 09:00"), pauseReason: "Esperando al usuario" });
  });
  afterAll(async () => database?.drop());

  it("should escalate nothing before the head's threshold of business hours", async () => {
    // Monday 10:00 + 24 office hours = Thursday 13:00
    await ensureRecurringJob(db, ESCALATION_SWEEP, local("2026-12-03 12:59"));
    expect(await runDueJobs(db, clockAt("2026-12-03 12:59"), JOBS)).toBe(1);
    expect(await level(running)).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });

  it("should escalate to the head once past its threshold, with history, audit and a notification, and not again", async () => {
    await ensureRecurringJob(db, ESCALATION_SWEEP, local("2026-12-03 13:05"));
    expect(await runDueJobs(db, clockAt("2026-12-03 13:05"), JOBS)).toBe(1);
    expect(await level(running)).toBe(1);
    expect(await level(paused)).toBe(0);
    const notes = await db.notification.findMany();
    expect(notes.map((n) => [n.role, n.kind, n.title])).toEqual([["HEAD", "WORK_ORDER_ESCALATED", "Orden OF-2026-000001 escalada a la jefatura del departamento (24 h 5 min hábiles abierta)"]]);
    const history = await db.historyEvent.findMany({ where: { workOrderId: running } });
    expect(history.map((h) => h.summary)).toEqual(["Orden OF-2026-000001 escalada a la jefatura del departamento (24 h 5 min hábiles abierta)"]);
    expect(await db.auditEntry.count({ where: { action: "workOrder.escalate", entityId: String(running) } })).toBe(1);
    // the same sweep again at the same moment changes nothing
    expect(await db.$transaction((tx) => sweepEscalations(tx as Tx, local("2026-12-03 13:05")))).toEqual([]);
    expect(await db.notification.count()).toBe(1);
  });

  it("should keep the queue across a restart and escalate to the manager past its threshold; the paused order never", async () => {
    // a new process: it makes sure the recurring job exists (it does: one queued row), then runs what is due
    await ensureRecurringJob(db, ESCALATION_SWEEP, local("2026-12-09 09:00"));
    expect(await db.job.count({ where: { status: "QUEUED" } })).toBe(1);
    // 48 office hours after Monday 30 November 10:00: Wednesday 9 December 09:00
    expect(await runDueJobs(db, clockAt("2026-12-09 09:00"), JOBS)).toBe(1);
    expect(await level(running)).toBe(2);
    expect(await level(paused)).toBe(0);
    expect((await db.notification.findMany({ orderBy: { id: "asc" } })).map((n) => n.role)).toEqual(["HEAD", "MANAGER"]);
    expect(await db.job.count({ where: { status: "DONE" } })).toBe(3);
    expect(await db.job.count({ where: { status: "QUEUED" } })).toBe(1);
    // nothing is due until the next run time
    expect(await runDueJobs(db, clockAt("2026-12-09 09:01"), JOBS)).toBe(0);
  });

  it("should count only the business time a resumed order ran, not the time it waited on the customer", async () => {
    const head = await createStaff(db, ["HEAD"]);
    const scope = { db, actor: staffActor(head), requestId: "prueba-reanudar", clock: clockAt("2026-12-09 09:00"), config: loadConfig({}) };
    await resumeWorkOrder(scope as ActingScope, { workOrderId: paused });
    // issued Monday 30 November 10:00, ran 6 office hours, paused Tuesday 09:00, resumed Wednesday 9 December 09:00
    expect((await db.workOrder.findUniqueOrThrow({ where: { id: paused } })).pausedBusinessMinutes).toBe(42 * 60);
    const sweep = (at: string) => db.$transaction((tx) => sweepEscalations(tx as Tx, local(at)));
    // 6 + 18 more office hours (Wednesday 6, Thursday 7, Friday 5) reach the head's 24 on Friday 11 December 13:00
    expect(await sweep("2026-12-11 12:55")).toEqual([]);
    expect(await sweep("2026-12-11 13:05")).toEqual([{ folio: "OF-2026-000002", level: 1 }]);
  });

  it("should roll a failing job back and keep it queued, due again later, with its error", async () => {
    const failing: Record<string, JobDefinition> = {
      "prueba-falla": {
        everyMs: 60_000,
        run: async (tx) => {
          await tx.notification.create({ data: { role: "HEAD", kind: "PRUEBA", title: "no debe quedar", dedupeKey: "prueba" } });
          throw new Error("falla de prueba");
        },
      },
    };
    await ensureRecurringJob(db, "prueba-falla", local("2026-12-09 10:00"));
    expect(await runOneJob(db, clockAt("2026-12-09 10:00"), failing)).toMatchObject({ queue: "prueba-falla", error: "falla de prueba" });
    expect(await db.notification.count({ where: { kind: "PRUEBA" } })).toBe(0);
    const job = await db.job.findFirstOrThrow({ where: { queue: "prueba-falla" } });
    expect(job).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "falla de prueba", runAt: local("2026-12-09 10:01") });
  });

  it("should bring the information requests near or past their legal deadline to the head, once each", async () => {
    const request = (folio: string, dueOn: string) =>
      db.informationRequest.create({ data: { folio, receivedAt: local("2026-11-01 09:00"), subject: "Tarifas", responsibleArea: "Comercial", dueAt: new Date(`${dueOn}T00:00:00Z`), originalDueAt: new Date(`${dueOn}T00:00:00Z`) } });
    await request("SAI-2026-000001", "2026-12-11"); // Wednesday 9 December: 2 business days left
    await request("SAI-2026-000002", "2026-12-31"); // far
    await request("SAI-2026-000003", "2026-12-08"); // past
    const sweep = () => db.$transaction((tx) => sweepInformationRequests(tx as Tx, local("2026-12-09 11:00")));
    expect(await sweep()).toEqual(["SAI-2026-000003", "SAI-2026-000001"]);
    expect(await sweep()).toEqual([]);
    const notes = await db.notification.findMany({ where: { informationRequestId: { not: null } }, orderBy: { id: "asc" } });
    expect(notes.map((n) => [n.role, n.title])).toEqual([["HEAD", "Solicitud SAI-2026-000003: venció su plazo legal"], ["HEAD", "Solicitud SAI-2026-000001: vence en 2 días hábiles"]]);
  });

  it.runIf(name === "PostgreSQL")("should run a due job once when two workers poll at the same moment", async () => {
    const other = createPostgresClient(database.url!, 2);
    try {
      const fresh = await order("OF-2026-000003", { issuedAt: local("2026-12-01 08:00") });
      const at = "2026-12-16 09:00";
      // two API processes; each polls (its own connection) right when the job falls due
      const results = await Promise.all([runOneJob(db, clockAt(at), JOBS), runOneJob(other, clockAt(at), JOBS), runOneJob(other, clockAt(at), JOBS)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await level(fresh)).toBe(2);
      expect(await db.notification.count({ where: { workOrderId: fresh } })).toBe(1);
      // and two sweeps at once (no queue) still escalate an order once
      const again = await order("OF-2026-000004", { issuedAt: local("2026-12-01 08:00") });
      const sweeps = await Promise.all([db.$transaction((tx) => sweepEscalations(tx as Tx, local(at))), other.$transaction((tx) => sweepEscalations(tx as Tx, local(at)))]);
      expect(sweeps.flat().filter((s) => s.folio === "OF-2026-000004")).toHaveLength(1);
      expect(await db.notification.count({ where: { workOrderId: again } })).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });
});
