import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { crewScope, localityScope } from "../../auth/policies.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";

const WITH_LOCALITIES = { localities: { include: { locality: true }, orderBy: { localityId: "asc" as const } } };

/** The crews catalog (a few dozen at most), by name, with the localities each covers. */
export async function listCrews(scope: ActingScope) {
  const crews = await scope.db.crew.findMany({ where: crewScope(scope.actor), orderBy: { name: "asc" }, take: 200, include: WITH_LOCALITIES });
  return crews.map(withLocalities);
}

const withLocalities = <T extends { localities: { locality: { id: number; name: string; municipality: string } }[] }>(crew: T) => ({
  ...crew,
  localities: crew.localities.map((l) => l.locality),
});

export interface CrewInput {
  id?: number | null;
  name: string;
  leaderName: string;
  localityIds: number[];
}

/** Creates a crew or changes one (name, leader, localities covered). */
export async function saveCrew(scope: ActingScope, input: CrewInput) {
  const name = input.name.trim();
  const leaderName = input.leaderName.trim();
  if (!name) throw badInput("name", "Escriba el nombre de la cuadrilla");
  if (!leaderName) throw badInput("leaderName", "Escriba el nombre del jefe de cuadrilla");
  const localityIds = [...new Set(input.localityIds)];
  return inTransaction(scope, async (tx) => {
    const known = await tx.locality.count({ where: { AND: [localityScope(scope.actor), { id: { in: localityIds } }] } });
    if (known !== localityIds.length) throw badInput("localityIds", "Alguna localidad no existe");
    const clash = await tx.crew.findUnique({ where: { name } });
    if (clash && clash.id !== input.id) throw conflict(`Ya existe la cuadrilla ${name}`, "name");
    const before = input.id ? await tx.crew.findFirst({ where: { AND: [crewScope(scope.actor), { id: input.id }] }, include: WITH_LOCALITIES }) : null;
    if (input.id && !before) throw notFound("La cuadrilla");
    const localities = { deleteMany: {}, create: localityIds.map((localityId) => ({ localityId })) };
    const crew = before
      ? await tx.crew.update({ where: { id: before.id }, data: { name, leaderName, localities }, include: WITH_LOCALITIES })
      : await tx.crew.create({ data: { name, leaderName, localities: { create: localities.create } }, include: WITH_LOCALITIES });
    const summary = (c: typeof crew) => ({ id: c.id, name: c.name, leaderName: c.leaderName, localityIds: c.localities.map((l) => l.localityId) });
    await recordAudit(tx, scope, { action: before ? "crew.update" : "crew.create", entityType: "Crew", entityId: crew.id, before: before ? summary(before) : undefined, after: summary(crew) });
    return { crew: withLocalities(crew) };
  });
}
