import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { localityScope } from "../../auth/policies.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { forgetLocalityCatalog } from "../../graphql/locality-catalog.ts";

const clean = (text: string) => text.trim().replace(/\s+/g, " ");

function validLocality(input: { name: string; municipality?: string | null }) {
  const name = clean(input.name);
  const municipality = clean(input.municipality ?? "") || "Angostura";
  if (!name) throw badInput("name", "Escriba el nombre de la localidad");
  return { name, municipality };
}

export async function createLocality(scope: ActingScope, input: { name: string; municipality?: string | null }) {
  const data = validLocality(input);
  const result = await inTransaction(scope, async (tx) => {
    if (await tx.locality.findUnique({ where: { name: data.name } })) throw conflict(`Ya existe la localidad ${data.name}`, "name");
    const locality = await tx.locality.create({ data });
    await recordAudit(tx, scope, { action: "locality.create", entityType: "Locality", entityId: locality.id, after: locality });
    return { locality };
  });
  forgetLocalityCatalog();
  return result;
}

/** Renames a locality; connections keep pointing to it. */
export async function updateLocality(scope: ActingScope, input: { id: number; name: string; municipality?: string | null }) {
  const data = validLocality(input);
  const result = await inTransaction(scope, async (tx) => {
    const before = await tx.locality.findFirst({ where: { AND: [localityScope(scope.actor), { id: input.id }] } });
    if (!before) throw notFound("La localidad");
    const clash = await tx.locality.findUnique({ where: { name: data.name } });
    if (clash && clash.id !== before.id) throw conflict(`Ya existe la localidad ${data.name}`, "name");
    const locality = await tx.locality.update({ where: { id: before.id }, data });
    await recordAudit(tx, scope, { action: "locality.update", entityType: "Locality", entityId: locality.id, before, after: locality });
    return { locality };
  });
  forgetLocalityCatalog();
  return result;
}
