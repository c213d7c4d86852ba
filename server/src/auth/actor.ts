import type { Role } from "../generated/prisma/enums.ts";

/** Who is calling: a logged-in staff member or a partner system with an API key. */
export type Actor =
  | { kind: "staff"; id: number; username: string; fullName: string; roles: Role[]; mustChangePassword?: boolean }
  | { kind: "partner"; id: number; name: string; scopes: string[] };

/** The actor of a staff row (fields beyond the actor's are dropped). */
export const staffActor = ({ id, username, fullName, roles, mustChangePassword }: { id: number; username: string; fullName: string; roles: Role[]; mustChangePassword?: boolean }): Actor => ({
  kind: "staff",
  id,
  username,
  fullName,
  roles,
  // a temporary password: until it is changed, the account may only change it (auth-checker.ts)
  ...(mustChangePassword ? { mustChangePassword: true } : {}),
});

export const actorName = (actor: Actor) => (actor.kind === "staff" ? actor.username : `api:${actor.name}`);
export const actorRoleLabel = (actor: Actor) => (actor.kind === "staff" ? actor.roles.join(",") : `PARTNER[${actor.scopes.join(",")}]`);
