// Relay-style global ids: base64url("Type:databaseId"), so `node(id)` can tell types apart.
import { badInput } from "./errors.ts";

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}

export function fromGlobalId(globalId: string, field = "id"): { type: string; id: number } {
  const [type, raw] = Buffer.from(globalId, "base64url").toString("utf8").split(":");
  const id = Number(raw);
  if (!type || !Number.isSafeInteger(id) || id <= 0) throw badInput(field, "Identificador no válido");
  return { type, id };
}

/** The database id of a global id that must be of `type`. */
export function idOf(type: string, globalId: string, field = "id"): number {
  const parsed = fromGlobalId(globalId, field);
  if (parsed.type !== type) throw badInput(field, `El identificador no corresponde a ${type}`);
  return parsed.id;
}

/** A plain database id given as an ID (types whose `id` is the database id, e.g. Staff). */
export function databaseId(value: string, field = "id"): number {
  const id = Number(value);
  if (!/^\d{1,10}$/.test(value) || !Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw badInput(field, "Identificador no válido");
  return id;
}
