// Plans the department's open work on the day the demo is seeded (pure: no database access): complaints of the last
// business days whose verification or leak-repair orders are still open, placed so that the day looks like a working
// one: most open work on time, some due today, a few overdue (the escalation sweep then escalates those past their
// thresholds) and one or two paused while they wait on the customer.
import type { ComplaintCategory, WorkOrderType } from "../generated/prisma/enums.ts";
import { addBusinessDays, localDay, startOfLocalDay } from "../shared/business-calendar.ts";
import { addBusinessMinutes } from "../shared/business-hours.ts";
import { DemoRandom } from "./demo-random.ts";
import { baseOrder, DESCRIPTIONS, type ComplaintContext, type PlannedComplaint } from "./seed-complaints.ts";

/** Where an order's due date stands on the seeding day. */
export type Standing = "ON_TIME" | "DUE_TODAY" | "OVERDUE";

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Its own random stream: the rest of the demo stays as it was. */
const SEED = 20261130;
const PAUSE_REASONS = ["El usuario pidió la visita cuando esté en su domicilio", "Se espera que el usuario presente su último recibo"];

/** The standings of the open orders planned here, in turn: six in ten on time, two due today, two overdue. */
const STANDINGS: Standing[] = ["ON_TIME", "ON_TIME", "DUE_TODAY", "ON_TIME", "OVERDUE", "ON_TIME", "ON_TIME", "DUE_TODAY", "ON_TIME", "OVERDUE"];

/** The due date of an order of `type` issued at `issuedAt` (the service targets' defaults). */
function dueOf(ctx: ComplaintContext, type: WorkOrderType, issuedAt: Date): Date {
  return type === "LEAK_REPAIR" ? addBusinessMinutes(issuedAt, 24 * 60, ctx.hours, ctx.holidays) : addBusinessDays(issuedAt, 3, ctx.holidays);
}

function standingOf(now: Date, dueAt: Date): Standing {
  const endOfToday = startOfLocalDay(new Date(localDay(now).getTime() + DAY));
  return dueAt < now ? "OVERDUE" : dueAt < endOfToday ? "DUE_TODAY" : "ON_TIME";
}

/**
 * `count` complaints with open orders (about 60 % verifications), each issued during office hours in the last
 * business days so that its due date has the standing drawn for it. Oldest first.
 */
export function planOpenWork(base: ComplaintContext, count: number): PlannedComplaint[] {
  const rand = new DemoRandom(SEED);
  const ctx = { ...base, rand };
  const { now } = ctx;
  const planned: PlannedComplaint[] = [];
  let onTime = 0;
  for (let i = 0; i < count; i++) {
    const want = STANDINGS[i % STANDINGS.length];
    const category = rand.weighted<ComplaintCategory>({ EXCESS_CONSUMPTION: 40, METER_MALFUNCTION: 20, WATER_LEAK: 28, SEWER_LEAK: 12 });
    const type: WorkOrderType = category === "WATER_LEAK" || category === "SEWER_LEAK" ? "LEAK_REPAIR" : "VERIFICATION";
    // issued in the last two weeks and a half: the overdue ones issued longest ago are past their escalation thresholds
    let issuedAt: Date | null = null;
    for (let attempt = 0; attempt < 200 && !issuedAt; attempt++) {
      const day = localDay(new Date(now.getTime() - rand.int(0, type === "LEAK_REPAIR" ? 10 : 18) * DAY));
      const at = new Date(startOfLocalDay(day).getTime() + (ctx.hours.opensAtHour * 60 + rand.int(0, (ctx.hours.closesAtHour - ctx.hours.opensAtHour) * 60 - 1)) * MINUTE);
      if (at.getTime() > now.getTime() - 30 * MINUTE) continue;
      if (standingOf(now, dueOf(ctx, type, at)) === want) issuedAt = at;
    }
    if (!issuedAt) continue; // e.g. nothing can fall due "today" on a Sunday
    const connection = type === "VERIFICATION" || rand.chance(0.6) ? rand.pick(ctx.connections) : null;
    const createdAt = new Date(issuedAt.getTime() - rand.int(2, 15) * MINUTE);
    const complaint: PlannedComplaint = {
      kind: type === "LEAK_REPAIR" ? "PROBLEM_REPORT" : "COMPLAINT", category, createdAt,
      channel: rand.chance(type === "LEAK_REPAIR" ? 0.55 : 0.2) ? "PHONE" : "IN_PERSON",
      status: type === "LEAK_REPAIR" ? "FORWARDED" : "IN_VERIFICATION",
      description: rand.pick(DESCRIPTIONS[category]),
      connection,
      reporterName: connection?.holderName ?? "Vecino que reporta",
      reporterPhone: connection?.holderPhone ?? `697${String(rand.int(1_000_000, 9_999_999))}`,
      locationText: connection ? null : `Frente al número ${rand.int(1, 300)}, a media cuadra de la plaza`,
      localityId: connection?.localityId ?? ctx.connections[0].localityId,
      latitude: connection?.latitude ?? null, longitude: connection?.longitude ?? null,
      resolution: null, createdById: rand.pick(ctx.staff.frontDesk), resolvedAt: null, order: null, advice: null,
    };
    const order = baseOrder(complaint, type, issuedAt, dueOf(ctx, type, issuedAt));
    if (type === "VERIFICATION") {
      order.assigneeId = rand.pick(ctx.staff.verifiers);
      order.status = rand.chance(0.3) ? "IN_PROGRESS" : "ASSIGNED";
      order.observations = category === "EXCESS_CONSUMPTION" ? "Verificar medidor y buscar fugas: el usuario reclama consumo excesivo." : "Verificar el funcionamiento del medidor.";
    } else {
      order.department = "FOLLOW_UP";
      order.status = rand.chance(0.35) ? "IN_PROGRESS" : "ISSUED";
      order.observations = complaint.locationText ?? complaint.description;
    }
    // one on-time order in eight waits on the customer: its clock stopped an hour after it was issued
    if (want === "ON_TIME" && onTime++ % 8 === 3 && issuedAt.getTime() + 60 * MINUTE < now.getTime()) {
      order.pausedAt = new Date(issuedAt.getTime() + 60 * MINUTE);
      order.pauseReason = rand.pick(PAUSE_REASONS);
    }
    complaint.order = order;
    planned.push(complaint);
  }
  return planned.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
