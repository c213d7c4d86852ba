// Relay-style global ids: base64url("Type:databaseId"), so `node(id)` can tell types apart. No raw database id
// crosses the API: every object type's `id` and every id argument goes through these functions, and nothing else
// decodes ids (graphql/input-guard.ts applies `isWellFormedId` to every ID argument; `idOf` checks the type on use).
import { badInput } from "./errors.ts";

/** The largest id the id columns (PostgreSQL `integer`) hold: anything above can name no row. */
export const MAX_DATABASE_ID = 2_147_483_647;

const TYPE_NAME = /^[A-Z][A-Za-z0-9]{0,49}$/;

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString("base64url");
}

/** The type and database id a global id stands for, or null when `value` is not one. */
export function tryFromGlobalId(value: string): { type: string; id: number } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  const [type, raw, ...rest] = Buffer.from(value, "base64url").toString("utf8").split(":");
  const id = Number(raw);
  if (rest.length || !type || !TYPE_NAME.test(type) || !/^\d{1,10}$/.test(raw ?? "") || !Number.isSafeInteger(id) || id <= 0 || id > MAX_DATABASE_ID) return null;
  return { type, id };
}

/** Whether `value` can be an id of this API at all (a global id of some type); its type is checked on use (`idOf`). */
export function isWellFormedId(value: string): boolean {
  return tryFromGlobalId(value) !== null;
}

export function fromGlobalId(globalId: string, field = "id"): { type: string; id: number } {
  const parsed = tryFromGlobalId(globalId);
  if (!parsed) throw badInput(field, "Identificador no válido");
  return parsed;
}

/** The database id of a global id that must be of `type`. */
export function idOf(type: string, globalId: string, field = "id"): number {
  const parsed = fromGlobalId(globalId, field);
  if (parsed.type !== type) throw badInput(field, `El identificador no corresponde a ${type}`);
  return parsed.id;
}

/**
 * How the API shows a stored reference to a record of `type` (e.g. the audit log's entity id): a global id when the
 * record has a database id, the natural key as stored otherwise (a setting's key, a service target's type).
 */
export function referenceId(type: string, stored: string): string {
  return /^\d+$/.test(stored) ? toGlobalId(type, Number(stored)) : stored;
}

/** The stored form of a reference given to the API: a global id's type and database id, or a natural key. */
export function storedReference(value: string): { type?: string; stored: string } {
  const parsed = tryFromGlobalId(value);
  return parsed ? { type: parsed.type, stored: String(parsed.id) } : { stored: value };
}
