import type { ActingScope } from "../../context.ts";
import { discountScope } from "../../auth/policies.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";

export function listDiscounts(scope: ActingScope, page: PageArgs) {
  return paginateModel(scope.db.discount, discountScope(scope.actor), page, "desc");
}

/** One discount the actor may see, or null. */
export function findDiscount(scope: ActingScope, id: number) {
  return scope.db.discount.findFirst({ where: { AND: [discountScope(scope.actor), { id }] } });
}
