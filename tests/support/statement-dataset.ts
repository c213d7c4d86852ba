// A small dataset where every list the portal shows has more than 100 rows, and one connection whose ficha lists
// 100 of each thing against another that lists 10: enough to tell a constant number of statements from one per row.
import type { Db } from "../../server/src/db/client.ts";
import type { Prisma } from "../../server/src/generated/prisma/client.ts";
import { connectionSearchText, normalizeForSearch } from "../../server/src/shared/text.ts";
import { createLocality, createStaff } from "./factories.ts";

export const MANY = 100;
export const FEW = 10;
const ROWS = MANY + 10;

export interface StatementDataset {
  /** the ficha of `few` lists 10 history events, open complaints and open orders; `many`'s lists 100 (up to each list's cap) */
  few: { controlNumber: string; complaintId: number };
  many: { controlNumber: string; complaintId: number };
  verifierId: number;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export async function seedStatementDataset(db: Db, tag: string): Promise<StatementDataset> {
  const locality = await createLocality(db, `Localidad ${tag}`);
  const crew = await db.crew.create({ data: { name: `Cuadrilla ${tag}`, leaderName: "Jefe de cuadrilla" } });
  const verifier = await createStaff(db, ["VERIFIER"]);
  await db.staff.createMany({ data: range(ROWS).map((i) => ({ username: `${tag}_staff_${i}`, fullName: `Persona ${tag} ${i}`, passwordHash: "x", roles: ["FRONT_DESK"] })) });
  const staff = await db.staff.findMany({ where: { username: { startsWith: `${tag}_staff_` } }, select: { id: true } });

  const names = range(ROWS).map((i) => `José Pérez ${tag} ${i}`);
  const users = await db.user.createManyAndReturn({ data: names.map((fullName) => ({ fullName, searchText: normalizeForSearch(fullName) })), select: { id: true } });
  const connections = await db.serviceConnection.createManyAndReturn({
    data: range(ROWS).map((i): Prisma.ServiceConnectionCreateManyInput => {
      const address = { controlNumber: `${tag}${String(i).padStart(4, "0")}`, street: "Calle Benito Juárez", exteriorNumber: String(i) };
      // every one owes three periods: the delinquency list of the crew lists them all
      return { ...address, holderId: users[i].id, localityId: locality.id, crewId: crew.id, balance: "900.00", periodsOwed: 3, searchText: connectionSearchText(address, names[i]) };
    }),
    select: { id: true, controlNumber: true },
  });
  await db.meter.createMany({ data: connections.map((c) => ({ serialNumber: `MED-${c.controlNumber}`, connectionId: c.id, installedAt: new Date("2024-01-15") })) });

  const [few, many] = connections;
  const now = Date.now();
  // history, open complaints and open orders of the two fichas; the orders also fill the verifier's list
  const fichaOf = async (connection: { id: number; controlNumber: string }, count: number) => {
    await db.historyEvent.createMany({ data: range(count).map((i) => ({ connectionId: connection.id, type: "NOTE" as const, summary: `Nota ${i}`, actorId: staff[i % staff.length].id })) });
    const complaints = await db.complaint.createManyAndReturn({
      data: range(count).map((i) => ({ folio: `Q-${connection.controlNumber}-${i}`, kind: "COMPLAINT" as const, category: "EXCESS_CONSUMPTION" as const, channel: "IN_PERSON" as const, description: "Recibo alto", reporterName: "Titular", connectionId: connection.id, status: "IN_VERIFICATION" as const })),
      select: { id: true },
    });
    await db.workOrder.createMany({
      data: range(count).map((i) => ({
        folio: `OV-${connection.controlNumber}-${i}`, type: "VERIFICATION" as const, status: "ASSIGNED" as const, connectionId: connection.id,
        complaintId: complaints[0].id, assigneeId: i % 2 ? verifier.id : staff[i].id, dueAt: new Date(now + (i - 5) * 3_600_000),
      })),
    });
    return { controlNumber: connection.controlNumber, complaintId: complaints[0].id };
  };
  const fewFicha = await fichaOf(few, FEW);
  const manyFicha = await fichaOf(many, MANY);
  // one order per other connection, each for a different holder, locality and meter
  await db.workOrder.createMany({
    data: connections.slice(2).map((c, i) => ({ folio: `OV-${tag}-${i}`, type: "VERIFICATION" as const, status: "ASSIGNED" as const, connectionId: c.id, assigneeId: verifier.id, dueAt: new Date(now + i * 60_000) })),
  });

  await db.informationRequest.createMany({
    data: range(ROWS).map((i) => ({ folio: `SAI-${tag}-${i}`, receivedAt: new Date(now - i * 86_400_000), subject: `Solicitud ${i}`, responsibleArea: "Comercial", dueAt: new Date(now + i * 86_400_000), originalDueAt: new Date(now + i * 86_400_000), receivedById: staff[i].id })),
  });
  await db.apiClient.createMany({ data: range(ROWS).map((i) => ({ name: `socio-${tag}-${i}`, keyPrefix: `${tag}${i}`, keyHash: "0", scopes: ["connections:read"] })) });
  await db.auditEntry.createMany({
    data: range(ROWS).map((i) => ({ actorStaffId: staff[i].id, actorName: `Persona ${tag} ${i}`, actorRole: "FRONT_DESK", action: "note", entityType: "ServiceConnection", entityId: String(few.id), requestId: `${tag}-${i}` })),
  });
  return { few: fewFicha, many: manyFicha, verifierId: verifier.id };
}
