// Demo data for development and demonstrations: staff accounts, customers, connections, accounts, complaints, orders.
import type { Prisma } from "../generated/prisma/client.ts";
import type { ConnectionType } from "../generated/prisma/enums.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { Db, Tx } from "./client.ts";
import { CLOSURES, DEFAULT_SETTINGS, TARIFFS, seedCatalogs } from "./catalogs.ts";
import { federalHolidayKeys } from "../shared/federal-holidays.ts";
import { DEMO_CREWS, DEMO_STAFF } from "./demo-names.ts";
import { LOCALITY_GEO } from "./demo-places.ts";
import { DemoRandom } from "./demo-random.ts";
import { planComplaints, type ComplaintContext, type ConnectionRef, type PlannedOrder } from "./seed-complaints.ts";
import { planOpenWork } from "./seed-open-work.ts";
import { sweepEscalations } from "../modules/escalation/escalation.service.ts";
import { addBusinessDays } from "../shared/business-calendar.ts";
import { billingPeriods, duringOfficeHours, ensureStandings, insertLedgerEntries, pickStanding, planLedger, type Standing } from "./seed-ledger.ts";
import { FIRST_CONTROL_NUMBER, planPeople } from "./seed-people.ts";
import { connectionSearchText } from "../shared/text.ts";
import { inBatches, insertWork } from "./seed-work.ts";

import { DEMO_PASSWORD } from "../auth/demo-guard.ts";

export { DEMO_PASSWORD };

const SEED = 20260815;
const DAY = 86_400_000;

export interface SeedDemoOptions {
  users?: number;
  now?: Date;
  log?: (message: string) => void;
}

/** Seeds the catalogs and, unless the demo is already there (an "admin" account exists), the demo data. */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<{ created: boolean }> {
  const log = options.log ?? (() => {});
  log("Sembrando catálogos…");
  await seedCatalogs(db);
  if (await db.staff.findUnique({ where: { username: "admin" }, select: { id: true } })) {
    log("Los datos de demostración ya existen.");
    return { created: false };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // one transaction: a failed seed leaves nothing behind, so it can simply be run again
  await db.$transaction((tx) => seedDemoData(tx, passwordHash, Math.max(1, options.users ?? 2000), options.now ?? new Date(), log), {
    maxWait: 10_000,
    timeout: 600_000,
  });
  return { created: true };
}

async function seedDemoData(tx: Tx, passwordHash: string, userCount: number, now: Date, log: (message: string) => void): Promise<void> {
  const rand = new DemoRandom(SEED);

  log("Sembrando personal y cuadrillas…");
  const staff = await tx.staff.createManyAndReturn({
    data: DEMO_STAFF.map((s) => ({ username: s.username, fullName: s.fullName, roles: [s.role], passwordHash })),
    select: { id: true, username: true },
  });
  const staffId = (username: string) => staff.find((s) => s.username === username)!.id;
  const crews = new Map<string, number>();
  for (const crew of DEMO_CREWS) {
    const row = await tx.crew.upsert({ where: { name: crew.name }, create: crew, update: {}, select: { id: true } });
    crews.set(crew.name, row.id);
  }
  const localityIds = new Map((await tx.locality.findMany({ select: { id: true, name: true } })).map((l) => [l.name, l.id]));
  // each crew covers the localities whose connections it works (the same map that gives connections their crew)
  await tx.crewLocality.createMany({
    data: Object.entries(LOCALITY_GEO).flatMap(([locality, geo]) => {
      const crewId = crews.get(geo.crew);
      const localityId = localityIds.get(locality);
      return crewId && localityId ? [{ crewId, localityId }] : [];
    }),
    skipDuplicates: true,
  });

  log(`Sembrando ${userCount} usuarios…`);
  const highest = await tx.serviceConnection.findFirst({ orderBy: { controlNumber: "desc" }, select: { controlNumber: true } });
  const firstControl = Math.max(FIRST_CONTROL_NUMBER, Number(highest?.controlNumber ?? 0) + 1);
  const people = planPeople(rand, userCount, firstControl);
  const users = await inBatches(people.users, (data) => tx.user.createManyAndReturn({ data, select: { id: true, fullName: true } }));
  people.users.forEach((u, i) => {
    // rows come back in insertion order; check it rather than trust it
    if (users[i]?.fullName !== u.fullName) throw new Error("Los usuarios insertados no regresaron en orden");
  });

  log("Sembrando tomas, medidores y estados de cuenta…");
  const periods = billingPeriods(now);
  const types: ConnectionType[] = people.connections.map((c) => c.type);
  const standings = types.map((_, i): Standing => (i === 0 ? "PAID" : pickStanding(rand)));
  ensureStandings(rand, standings, types);
  const tariffs = new Map(TARIFFS.map((t) => [t.connectionType, t]));
  const ledgers = people.connections.map((c, i) => planLedger(rand, c.type, tariffs.get(c.type)!, standings[i], periods, now));

  const connectionRows = await inBatches(people.connections.map((c, i): Prisma.ServiceConnectionCreateManyInput => ({
    controlNumber: c.controlNumber,
    holderId: users[c.holderIndex].id,
    street: c.street, exteriorNumber: c.exteriorNumber, neighborhood: c.neighborhood,
    localityId: localityIds.get(c.locality)!,
    crewId: crews.get(LOCALITY_GEO[c.locality].crew) ?? null,
    type: c.type,
    status: ledgers[i].limitation ? "LIMITED" : "ACTIVE",
    latitude: c.latitude, longitude: c.longitude,
    balance: ledgers[i].balance, periodsOwed: ledgers[i].periodsOwed,
    searchText: connectionSearchText(c, people.users[c.holderIndex].fullName),
    createdAt: c.createdAt,
  })), (data) => tx.serviceConnection.createManyAndReturn({ data, select: { id: true, controlNumber: true } }));
  const connectionIds = new Map(connectionRows.map((r) => [r.controlNumber, r.id]));
  const idOf = (controlNumber: string) => connectionIds.get(controlNumber)!;

  await inBatches(people.connections.map((c, i): Prisma.MeterCreateManyInput => ({
    ...c.meter,
    connectionId: idOf(c.controlNumber),
    lastReadingM3: (rand.int(150, 3000) + ledgers[i].consumedM3).toFixed(2),
  })), async (data) => [await tx.meter.createMany({ data })]);
  await insertLedgerEntries(tx, people.connections.flatMap((c, i) => ledgers[i].entries.map((e) => ({ ...e, connectionId: idOf(c.controlNumber) }))));

  log("Sembrando quejas, órdenes e historial…");
  const registry = staffId("registry");
  const collections = staffId("collections");
  const holidays = new Set([...CLOSURES.map((h) => h.date.toISOString().slice(0, 10)), ...federalHolidayKeys(new Date(now.getTime() - 400 * DAY), new Date(now.getTime() + 60 * DAY))]);
  const history: Prisma.HistoryEventCreateManyInput[] = people.connections.map((c) => ({
    connectionId: idOf(c.controlNumber), type: "CONNECTION_CREATED", actorId: registry, occurredAt: c.createdAt,
    summary: `Alta de la toma ${c.controlNumber} a nombre de ${people.users[c.holderIndex].fullName}`,
  }));
  const refs: ConnectionRef[] = people.connections.map((c) => ({
    id: idOf(c.controlNumber), controlNumber: c.controlNumber,
    holderName: people.users[c.holderIndex].fullName, holderPhone: people.users[c.holderIndex].phone,
    localityId: localityIds.get(c.locality)!, latitude: c.latitude, longitude: c.longitude,
  }));

  const limitationOrders: PlannedOrder[] = [];
  people.connections.forEach((c, i) => {
    const limitation = ledgers[i].limitation;
    if (!limitation) return;
    const issuedAt = duringOfficeHours(rand, new Date(Date.UTC(limitation.at.getUTCFullYear(), limitation.at.getUTCMonth(), limitation.at.getUTCDate()) - rand.int(1, 4) * DAY - DAY));
    const crew = LOCALITY_GEO[c.locality].crew;
    limitationOrders.push({
      type: "SERVICE_LIMITATION", status: "COMPLETED", connection: refs[i], assigneeId: null, department: "COLLECTIONS",
      observations: "Limitación del servicio por adeudo", issuedAt, dueAt: addBusinessDays(issuedAt, 5, holidays),
      completedAt: limitation.at, verificationOutcome: null, excessM3: null, limitationResult: "LIMITED",
      resultNotes: `Servicio limitado por la ${crew}.`, createdById: collections, completedById: collections,
      completedSummary: (folio) => `Limitación ${folio}: servicio limitado por la ${crew}`,
    });
    history.push({
      connectionId: refs[i].id, type: "STATUS_CHANGED", actorId: collections, occurredAt: new Date(limitation.at.getTime() + 60_000),
      summary: "Servicio limitado por adeudo",
      details: { amount: (limitation.owedCents / 100).toFixed(2), periodsOwed: limitation.periods },
    });
  });

  const complaintCount = Math.max(10, Math.round(userCount * 0.075));
  const context: ComplaintContext = {
    rand, now, connections: refs, localityIds, holidays,
    hours: { opensAtHour: DEFAULT_SETTINGS.officeOpensAtHour, closesAtHour: DEFAULT_SETTINGS.officeClosesAtHour },
    staff: {
      frontDesk: [staffId("front_desk"), staffId("front_desk2")],
      verifiers: [staffId("verifier"), staffId("verifier2")],
      followUp: staffId("follow_up"),
    },
  };
  // the months behind (mostly closed), then the work open today, in the order they were filed (their folios follow it)
  const complaints = [...planComplaints(context, complaintCount), ...planOpenWork(context, Math.max(8, Math.round(userCount * 0.012)))]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const work = await insertWork(tx, complaints, limitationOrders, history);
  // what is open past its escalation thresholds goes up to the head or the manager, as the job would have done
  const escalated = await sweepEscalations(tx, now, "demo-seed");

  const limited = ledgers.filter((l) => l.limitation).length;
  const owing = ledgers.filter((l) => l.periodsOwed >= 2).length;
  log(`Listo: ${staff.length} cuentas de personal, ${users.length} usuarios, ${connectionRows.length} tomas ` +
    `(${people.connections[0].controlNumber}–${people.connections[people.connections.length - 1].controlNumber}), ` +
    `${owing} morosas, ${limited} limitadas, ${work.complaints} quejas, ${work.workOrders} órdenes (${escalated.length} escaladas), ${work.historyEvents} eventos de historial. ` +
    `Contraseña de las cuentas de demostración: ${DEMO_PASSWORD}`);
}
