// Plans the demo complaints of the last months with the work orders they caused (pure: no database access).
import type {
  Channel, ComplaintCategory, ComplaintKind, ComplaintStatus, LimitationResult, Role,
  VerificationOutcome, WorkOrderStatus, WorkOrderType,
} from "../generated/prisma/enums.ts";
import type { DemoRandom } from "./demo-random.ts";
import { addBusinessDays } from "../shared/business-calendar.ts";
import { addBusinessMinutes, type OfficeHours } from "../shared/business-hours.ts";
import { LOCALITY_GEO, STREETS, TOWN_NEIGHBORHOODS } from "./demo-places.ts";
import { duringOfficeHours, officeTimeBetween } from "./seed-ledger.ts";
import { randomPerson } from "./seed-people.ts";

export interface ConnectionRef {
  id: number;
  controlNumber: string;
  holderName: string;
  holderPhone: string | null;
  localityId: number;
  latitude: number;
  longitude: number;
}

export interface DemoStaffIds {
  frontDesk: number[];
  verifiers: number[];
  followUp: number;
}

export interface PlannedOrder {
  type: WorkOrderType;
  status: WorkOrderStatus;
  connection: ConnectionRef | null;
  assigneeId: number | null;
  department: Role | null;
  observations: string | null;
  issuedAt: Date;
  dueAt: Date;
  completedAt: Date | null;
  verificationOutcome: VerificationOutcome | null;
  excessM3: number | null;
  limitationResult: LimitationResult | null;
  resultNotes: string | null;
  createdById: number;
  /** who the completion is attributed to in the history */
  completedById: number | null;
  completedSummary: ((folio: string) => string) | null;
  /** waiting on the customer since then (its clock stopped) */
  pausedAt?: Date | null;
  pauseReason?: string | null;
}

export interface PlannedComplaint {
  kind: ComplaintKind;
  category: ComplaintCategory;
  channel: Channel;
  status: ComplaintStatus;
  description: string;
  connection: ConnectionRef | null;
  reporterName: string;
  reporterPhone: string | null;
  locationText: string | null;
  localityId: number | null;
  latitude: number | null;
  longitude: number | null;
  resolution: string | null;
  createdById: number;
  createdAt: Date;
  resolvedAt: Date | null;
  order: PlannedOrder | null;
  advice: { at: Date; summary: string } | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DESCRIPTIONS: Record<ComplaintCategory, string[]> = {
  EXCESS_CONSUMPTION: [
    "El usuario reporta un cobro por consumo muy superior a su promedio mensual.",
    "Recibo con consumo excesivo; el usuario asegura que no hay fugas en su domicilio.",
    "Consumo facturado fuera de lo normal en el último periodo; vive una sola persona en el domicilio.",
  ],
  METER_MALFUNCTION: [
    "El medidor gira aun con todas las llaves cerradas.",
    "Medidor con la carátula empañada, no se puede leer.",
    "El medidor hace ruido y marca lecturas irregulares.",
  ],
  WATER_LEAK: [
    "Fuga de agua en la banqueta frente al domicilio.",
    "Fuga en la toma domiciliaria, el agua corre por la calle.",
    "Fuga en la línea general a media cuadra.",
  ],
  SEWER_LEAK: [
    "Brote de aguas negras en el registro de drenaje.",
    "Drenaje tapado, se derrama en la calle.",
    "Alcantarilla colapsada con mal olor.",
  ],
  NO_WATER: ["Sin servicio de agua desde hace dos días.", "No llega agua al domicilio por las tardes."],
  LOW_PRESSURE: ["Baja presión en toda la cuadra desde hace una semana."],
  WATER_QUALITY: ["El agua sale turbia y con olor a tierra."],
  BILLING: ["Solicita aclaración de cargos en su recibo."],
  OTHER: ["Solicita información sobre el trámite de cambio de titular."],
};

const RESOLUTIONS: Partial<Record<ComplaintCategory, string>> = {
  NO_WATER: "Se reparó una válvula en la red y se restableció el suministro.",
  LOW_PRESSURE: "Se ajustó la válvula reguladora del sector; presión normalizada.",
  WATER_QUALITY: "Se purgó la línea y se verificó el cloro residual.",
  BILLING: "Se explicaron al usuario los cargos de su recibo.",
  OTHER: "Se orientó al usuario sobre el trámite.",
};

export const ADVICE = "Orientación: revisar fugas internas, racionar el consumo y vigilar el medidor para mantenerse dentro del mínimo";

const isVerification = (c: ComplaintCategory) => c === "EXCESS_CONSUMPTION" || c === "METER_MALFUNCTION";
const isLeak = (c: ComplaintCategory) => c === "WATER_LEAK" || c === "SEWER_LEAK";

export interface ComplaintContext {
  rand: DemoRandom;
  now: Date;
  connections: ConnectionRef[];
  localityIds: Map<string, number>;
  staff: DemoStaffIds;
  holidays: Set<string>;
  /** office hours (Settings): service targets in hours run on them */
  hours: OfficeHours;
}

/** A weekday moment during office hours between `from` and `now`. */
function officeMoment(rand: DemoRandom, from: Date, now: Date): Date {
  const days = Math.max(1, Math.floor((now.getTime() - from.getTime()) / DAY));
  for (let attempt = 0; attempt < 50; attempt++) {
    const at = duringOfficeHours(rand, new Date(from.getTime() + rand.int(0, days) * DAY));
    if (at.getUTCDay() !== 0 && at.getTime() < now.getTime() - HOUR) return at;
  }
  return new Date(now.getTime() - 2 * HOUR);
}

/** `count` complaints from the first day of the month three months before `now` until `now`, oldest first. */
export function planComplaints(ctx: ComplaintContext, count: number): PlannedComplaint[] {
  const { rand, now } = ctx;
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1));
  const moments = Array.from({ length: count }, () => officeMoment(rand, from, now)).sort((a, b) => a.getTime() - b.getTime());
  return moments.map((createdAt) => planComplaint(ctx, createdAt));
}

function planComplaint(ctx: ComplaintContext, createdAt: Date): PlannedComplaint {
  const { rand, now } = ctx;
  const category = rand.weighted<ComplaintCategory>({
    EXCESS_CONSUMPTION: 34, METER_MALFUNCTION: 14, WATER_LEAK: 20, SEWER_LEAK: 10,
    NO_WATER: 12, LOW_PRESSURE: 5, WATER_QUALITY: 2, BILLING: 3,
  });
  const leak = isLeak(category);
  const kind: ComplaintKind = !leak ? "COMPLAINT" : category === "SEWER_LEAK" && rand.chance(0.25) ? "DENUNCIATION" : "PROBLEM_REPORT";
  const connection = !leak || rand.chance(0.55) ? rand.pick(ctx.connections) : null;
  const ageDays = (now.getTime() - createdAt.getTime()) / DAY;
  const complaint: PlannedComplaint = {
    kind, category, createdAt,
    channel: rand.chance(leak ? 0.55 : 0.25) ? "PHONE" : "IN_PERSON",
    status: "OPEN",
    description: rand.pick(DESCRIPTIONS[category]),
    connection,
    reporterName: connection ? connection.holderName : randomPerson(rand).fullName,
    reporterPhone: connection ? connection.holderPhone : `697${rand.digits(7)}`,
    locationText: null, localityId: connection?.localityId ?? null,
    latitude: connection?.latitude ?? null, longitude: connection?.longitude ?? null,
    resolution: null,
    createdById: rand.pick(ctx.staff.frontDesk),
    resolvedAt: null, order: null, advice: null,
  };
  if (!connection) {
    const locality = rand.weighted(Object.fromEntries(Object.entries(LOCALITY_GEO).map(([name, g]) => [name, g.weight])));
    const geo = LOCALITY_GEO[locality];
    complaint.locationText = `${rand.pick(STREETS)} esq. ${rand.pick(STREETS)}, ${rand.pick(TOWN_NEIGHBORHOODS)}`;
    complaint.localityId = ctx.localityIds.get(locality) ?? null;
    complaint.latitude = Number((geo.latitude + rand.float(-0.01, 0.01)).toFixed(6));
    complaint.longitude = Number((geo.longitude + rand.float(-0.01, 0.01)).toFixed(6));
  }

  const latest = new Date(now.getTime() - HOUR);
  // a moment during office hours, `minDays` to `maxDays` after `at`, never later than an hour ago
  const later = (at: Date, minDays: number, maxDays: number) =>
    officeTimeBetween(rand, new Date(Math.min(at.getTime() + minDays * DAY, latest.getTime())), new Date(Math.min(at.getTime() + maxDays * DAY, latest.getTime())));
  if (isVerification(category)) {
    complaint.order = planVerification(ctx, complaint, ageDays);
    const order = complaint.order;
    if (order.status !== "COMPLETED") complaint.status = "IN_VERIFICATION";
    else if (order.verificationOutcome === "NORMAL" && order.completedAt && rand.chance(0.85)
      && now.getTime() - order.completedAt.getTime() > 3 * DAY) {
      const at = later(order.completedAt, 1, 5);
      complaint.status = "CLOSED";
      complaint.resolution = "Medidor en buen estado y sin fuga externa. Se orientó al usuario: revisar fugas internas, racionar el consumo y vigilar el medidor para mantenerse dentro del mínimo.";
      complaint.resolvedAt = at;
      complaint.advice = { at, summary: ADVICE };
    } else complaint.status = "VERIFIED";
  } else if (leak) {
    complaint.order = planLeakRepair(ctx, complaint, ageDays);
    const order = complaint.order;
    // a leak with its repair order was forwarded by the registry (workflow 3): it leaves the registry's queue
    complaint.status = "FORWARDED";
    if (order.status === "COMPLETED" && order.completedAt) {
      complaint.status = ageDays > 10 && rand.chance(0.7) ? "CLOSED" : "RESOLVED";
      complaint.resolution = order.resultNotes;
      complaint.resolvedAt = order.completedAt;
    }
  } else if (ageDays > 5) {
    complaint.status = rand.chance(0.6) ? "CLOSED" : "RESOLVED";
    complaint.resolution = RESOLUTIONS[category] ?? null;
    complaint.resolvedAt = later(createdAt, 1, 4);
  }
  return complaint;
}

export function baseOrder(complaint: PlannedComplaint, type: WorkOrderType, issuedAt: Date, dueAt: Date): PlannedOrder {
  return {
    type, status: "ISSUED", connection: complaint.connection, assigneeId: null, department: null, observations: null,
    issuedAt, dueAt, completedAt: null, verificationOutcome: null, excessM3: null, limitationResult: null,
    resultNotes: null, createdById: complaint.createdById, completedById: null, completedSummary: null,
  };
}

function planVerification(ctx: ComplaintContext, complaint: PlannedComplaint, ageDays: number): PlannedOrder {
  const { rand, now } = ctx;
  const issuedAt = new Date(complaint.createdAt.getTime() + rand.int(2, 10) * 60_000);
  const order = baseOrder(complaint, "VERIFICATION", issuedAt, addBusinessDays(issuedAt, 3, ctx.holidays));
  order.status = "ASSIGNED";
  order.assigneeId = rand.pick(ctx.staff.verifiers);
  order.observations = complaint.category === "EXCESS_CONSUMPTION"
    ? "Verificar medidor y buscar fugas: el usuario reclama consumo excesivo."
    : "Verificar el funcionamiento del medidor.";
  // what is older than a few days is done; the last days' work is still partly open (seed-open-work.ts plans the
  // rest of today's open work, overdue and escalated orders included)
  const done = ageDays > 6 ? rand.chance(0.95) : ageDays > 2 && rand.chance(0.5);
  if (!(ageDays > 4 || done)) return order;

  order.status = "COMPLETED";
  order.completedAt = officeTimeBetween(rand, new Date(issuedAt.getTime() + 3 * HOUR), new Date(Math.min(issuedAt.getTime() + 4.5 * DAY, now.getTime() - HOUR)));
  order.completedById = order.assigneeId;
  const outcome = rand.weighted<VerificationOutcome>({ NORMAL: 45, METER_OVER_REGISTERING: 38, EXTERNAL_LEAK: 17 });
  order.verificationOutcome = outcome;
  if (outcome === "METER_OVER_REGISTERING") {
    const excess = rand.int(3, 25);
    order.excessM3 = excess;
    order.resultNotes = `Prueba volumétrica: el medidor registra ${excess} m³ de más.`;
    order.completedSummary = (folio) => `Verificación ${folio}: el medidor registra de más`;
  } else if (outcome === "EXTERNAL_LEAK") {
    order.resultNotes = "Fuga en la toma antes del medidor, fuera del domicilio.";
    order.completedSummary = (folio) => `Verificación ${folio}: fuga externa`;
  } else {
    order.resultNotes = "Medidor funciona correctamente; sin fugas externas.";
    order.completedSummary = (folio) => `Verificación ${folio}: medidor normal, sin fuga externa`;
  }
  return order;
}

function planLeakRepair(ctx: ComplaintContext, complaint: PlannedComplaint, ageDays: number): PlannedOrder {
  const { rand, now } = ctx;
  const issuedAt = new Date(complaint.createdAt.getTime() + rand.int(5, 40) * 60_000);
  // the 24-hour target runs in office hours (Settings), like the service's own due dates
  const order = baseOrder(complaint, "LEAK_REPAIR", issuedAt, addBusinessMinutes(issuedAt, 24 * 60, ctx.hours, ctx.holidays));
  order.department = "FOLLOW_UP";
  order.observations = complaint.locationText ?? complaint.description;
  const sewer = complaint.category === "SEWER_LEAK";
  const done = ageDays > 2 ? rand.chance(0.92) : ageDays > 1 && rand.chance(0.5);
  if (!(ageDays > 3 || done)) {
    if (ageDays > 0.5 && rand.chance(0.4)) order.status = "IN_PROGRESS";
    return order;
  }
  order.status = "COMPLETED";
  order.completedAt = new Date(Math.floor(Math.min(issuedAt.getTime() + rand.float(3, 40) * HOUR, now.getTime() - HOUR) / 60_000) * 60_000);
  order.completedById = ctx.staff.followUp;
  order.resultNotes = sewer ? "Se desazolvó la línea de drenaje y se reparó el registro." : "Fuga reparada por la cuadrilla de seguimiento.";
  order.completedSummary = (folio) => `Reparación de fuga ${folio}: ${sewer ? "drenaje desazolvado" : "fuga reparada"}`;
  return order;
}
