import type { ActingScope } from "../../context.ts";
import { userScope } from "../../auth/policies.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { searchTextMatches } from "../service-connection/service-connection.service.ts";

export function listUsers(scope: ActingScope, filter: { search?: string | null } | null | undefined, page: PageArgs) {
  return paginateModel(scope.db.user, { AND: [userScope(scope.actor), ...searchTextMatches(filter?.search)] }, page, "asc");
}

/** One customer the actor may see, or null. */
export function findUser(scope: ActingScope, id: number) {
  return scope.db.user.findFirst({ where: { AND: [userScope(scope.actor), { id }] } });
}
