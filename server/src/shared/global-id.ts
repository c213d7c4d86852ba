// Relay-style global ids: base64url("Type:databaseId"), so `node(id)` can tell types apart. Every ID the API takes is
// either such a global id or a plain database id (types whose `id` is the database id, e.g. Staff, Locality); both are
// checked here and nowhere else (graphql/input-guard.ts applies `isWellFormedId` to every ID argument).
import { badInput } from "./errors.ts";

/** The largest id the id columns (PostgreSQL `integer`) hold: anything above can name no row. */
export const MAX_DATABASE_ID = 2_147_483_647;

const isDatabaseIdValue = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= MAX_DATABASE_ID;

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}

function decodeGlobalId(globalId: string): { type: string; id: number } | null {
  if (!/^[A-Za-z0-9_-]{1,100}={0,2}$/.test(globalId)) return null;
  const match = /^([A-Za-z]{1,50}):(\d{1,10})$/.exec(Buffer.from(globalId, "base64url").toString("utf8"));
  const id = Number(match?.[2]);
  return match && isDatabaseIdValue(id) ? { type: match[1], id } : null;
}

const parseDatabaseId = (value: string): number | null => (/^\d{1,10}$/.test(value) && isDatabaseIdValue(Number(value)) ? Number(value) : null);

/** Whether `value` can be an id of this API at all (a global id or a database id in range); its type is checked on use. */
export function isWellFormedId(value: string): boolean {
  return decodeGlobalId(value) !== null || parseDatabaseId(value) !== null;
}

export function fromGlobalId(globalId: string, field = "id"): { type: string; id: number } {
  const parsed = decodeGlobalId(globalId);
  if (!parsed) throw badInput(field, "Identificador no válido");
  return parsed;
}

/** The database id of a global id that must be of `type`. */
export function idOf(type: string, globalId: string, field = "id"): number {
  const parsed = fromGlobalId(globalId, field);
  if (parsed.type !== type) throw badInput(field, `El identificador no corresponde a ${type}`);
  return parsed.id;
}

/** A plain database id given as an ID (types whose `id` is the database id, e.g. Staff). */
export function databaseId(value: string, field = "id"): number {
  const id = parseDatabaseId(value);
  if (id === null) throw badInput(field, "Identificador no válido");
  return id;
}
