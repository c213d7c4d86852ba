import type { ActingScope } from "../../context.ts";
import { staffScope } from "../../auth/policies.ts";

/** The caller's own staff record (null for partner keys). */
export function findSelf(scope: ActingScope) {
  const { actor } = scope;
  return actor.kind === "staff" ? scope.db.staff.findFirst({ where: { AND: [staffScope(actor), { id: actor.id }] } }) : null;
}
