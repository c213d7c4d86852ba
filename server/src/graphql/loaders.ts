// Per-request batch loaders: the field resolvers of a list ask for rows one by one, and each loader answers them
// with one `findMany({ id in … })` (Prisma's own batching of findUnique recompiles its plan for every new id set).
import DataLoader from "dataloader";
import type { Db } from "../db/client.ts";

function byId<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

export function createLoaders(db: Db) {
  return {
    user: byId((ids) => db.user.findMany({ where: { id: { in: ids } } })),
    locality: byId((ids) => db.locality.findMany({ where: { id: { in: ids } } })),
    connection: byId((ids) => db.serviceConnection.findMany({ where: { id: { in: ids } } })),
    staff: byId((ids) => db.staff.findMany({ where: { id: { in: ids } } })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
