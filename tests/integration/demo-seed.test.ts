// The demo data follow the same rules as real data: restricted figures stay out of free text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { seedDemo } from "../../server/src/db/seed.ts";

const MONEY_IN_TEXT = /\$\s?\d/;
const NOW = new Date("2026-11-30T18:00:00Z"); // Monday 11:00 in Mazatlán
const DAY = 86_400_000;

let database: TestDatabase;
beforeAll(async () => {
  database = await createPostgresDatabase();
  await seedDemo(database.db, { users: 300, now: NOW });
});
afterAll(async () => database?.drop());

describe("demo seed", () => {
  it("should keep debts in the structured details of history events, never in their summaries", async () => {
    const events = await database.db.historyEvent.findMany({ select: { summary: true, details: true, type: true } });
    expect(events.filter((e) => MONEY_IN_TEXT.test(e.summary)).map((e) => e.summary)).toEqual([]);
    const limitations = events.filter((e) => e.type === "STATUS_CHANGED");
    expect(limitations.length).toBeGreaterThan(0);
    expect(limitations.every((e) => Number((e.details as { amount?: string }).amount) > 0)).toBe(true);
  });

  it("should keep amounts out of work orders' free text too", async () => {
    const orders = await database.db.workOrder.findMany({ select: { observations: true, resultNotes: true } });
    expect(orders.filter((o) => MONEY_IN_TEXT.test(`${o.observations} ${o.resultNotes}`))).toEqual([]);
  });

  it("should give every crew the localities of the connections it works (the crews screen shows them)", async () => {
    const covered = new Set((await database.db.crewLocality.findMany()).map((c) => `${c.crewId}:${c.localityId}`));
    const worked = await database.db.serviceConnection.findMany({ where: { crewId: { not: null } }, distinct: ["crewId", "localityId"], select: { crewId: true, localityId: true } });
    expect(worked.length).toBeGreaterThan(0);
    expect(worked.filter((w) => !covered.has(`${w.crewId}:${w.localityId}`))).toEqual([]);
  });

  it("should leave no leak report with a repair order in the registry's queue of reports to forward", async () => {
    const queued = await database.db.complaint.findMany({ where: { status: "OPEN", category: { in: ["WATER_LEAK", "SEWER_LEAK"] }, workOrders: { some: {} } }, select: { folio: true } });
    expect(queued).toEqual([]);
  });

  it("should place the open work around the seeding day: most on time, some due today, a few overdue and escalated", async () => {
    const open = await database.db.workOrder.findMany({ where: { status: { in: ["ISSUED", "ASSIGNED", "IN_PROGRESS"] } } });
    const endOfToday = new Date("2026-12-01T07:00:00Z");
    const overdue = open.filter((o) => o.dueAt < NOW);
    const dueToday = open.filter((o) => o.dueAt >= NOW && o.dueAt < endOfToday);
    const onTime = open.filter((o) => o.dueAt >= endOfToday);
    expect(dueToday.length, "due today").toBeGreaterThan(0);
    expect(overdue.length, "overdue").toBeGreaterThan(0);
    expect(onTime.length, "on time").toBeGreaterThan(overdue.length + dueToday.length);
    expect(open.filter((o) => o.escalationLevel > 0).length, "escalated").toBeGreaterThan(0);
    // nothing is months late: the oldest open order fell due within the last three weeks
    expect(Math.min(...open.map((o) => o.dueAt.getTime()))).toBeGreaterThan(NOW.getTime() - 21 * DAY);
    // escalation went through the sweep: history and a notification for whom it reached
    expect(await database.db.notification.count({ where: { kind: "WORK_ORDER_ESCALATED" } })).toBe(open.filter((o) => o.escalationLevel > 0).length);
  });

  it("should leave a month of closed work behind for the tablero and the transparency figures", async () => {
    const since = new Date(NOW.getTime() - 30 * DAY);
    const completed = await database.db.workOrder.count({ where: { status: "COMPLETED", completedAt: { gte: since }, type: { in: ["VERIFICATION", "LEAK_REPAIR"] } } });
    const resolved = await database.db.complaint.count({ where: { resolvedAt: { gte: since } } });
    // 300 customers file about seven complaints a month (the 2,000 of the demo, about 45)
    expect(completed).toBeGreaterThanOrEqual(3);
    expect(resolved).toBeGreaterThanOrEqual(2);
  });
});

