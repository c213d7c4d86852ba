// The localities catalog (a few dozen rows that change a few times a year), read once per database and kept a minute:
// every list of connections shows each row's locality, and this saves that statement. A rename or a new locality
// through the API forgets it at once (`forgetLocalityCatalog`, after the commit); an id the copy lacks reads it again.
import type { Db } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";

type Locality = Prisma.LocalityGetPayload<object>;

const TTL_MS = 60_000;
const catalogs = new WeakMap<Db, { generation: number; until: number; rows: Promise<Map<number, Locality>> }>();
let generation = 0;

export function forgetLocalityCatalog(): void {
  generation++;
}

function catalog(db: Db, fresh = false): Promise<Map<number, Locality>> {
  const kept = catalogs.get(db);
  if (!fresh && kept && kept.generation === generation && kept.until > Date.now()) return kept.rows;
  const rows = db.locality.findMany().then((list) => new Map(list.map((l) => [l.id, l])));
  catalogs.set(db, { generation, until: Date.now() + TTL_MS, rows });
  rows.catch(() => catalogs.delete(db));
  return rows;
}

/** The localities of `ids` from the catalog, or null when the copy lacks one (read again next time). */
export async function localitiesFromCatalog(db: Db, ids: readonly number[]): Promise<Locality[] | null> {
  const rows = await catalog(db);
  if (ids.every((id) => rows.has(id))) return ids.map((id) => rows.get(id)!);
  catalogs.delete(db);
  return null;
}
