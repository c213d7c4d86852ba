import type { Role } from "../generated/prisma/enums.ts";

/** Who is calling: a logged-in staff member or a partner system with an API key. */
export type Actor =
  | { kind: "staff"; id: number; username: string; fullName: string; roles: Role[] }
  | { kind: "partner"; id: number; name: string; scopes: string[] };

/** The actor of a staff row (fields beyond the actor's are dropped). */
export const staffActor = ({ id, username, fullName, roles }: { id: number; username: string; fullName: string; roles: Role[] }): Actor => ({
  kind: "staff",
  id,
  username,
  fullName,
  roles,
});

export const actorName = (actor: Actor) => (actor.kind === "staff" ? actor.username : `api:${actor.name}`);
export const actorRoleLabel = (actor: Actor) => (actor.kind === "staff" ? actor.roles.join(",") : `PARTNER[${actor.scopes.join(",")}]`);
