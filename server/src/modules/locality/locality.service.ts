import type { ActingScope } from "../../context.ts";
import { localityScope } from "../../auth/policies.ts";

/** The localities catalog (a few dozen at most), by name. */
export function listLocalities(scope: ActingScope) {
  return scope.db.locality.findMany({ where: localityScope(scope.actor), orderBy: { name: "asc" }, take: 500 });
}
