import type { ActingScope } from "../../context.ts";
import type { DiscountKind, DiscountStatus } from "../../generated/prisma/enums.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { discountScope, isGranted, Operations, workOrderScope } from "../../auth/policies.ts";
import { localDay } from "../../shared/business-calendar.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";
import { activeSocialDiscount } from "./social-discount.service.ts";

export interface DiscountFilterInput {
  status?: DiscountStatus | null;
  kind?: DiscountKind | null;
  connectionId?: number | null;
}

export function listDiscounts(scope: ActingScope, page: PageArgs, filter?: DiscountFilterInput | null) {
  const where: Prisma.DiscountWhereInput = {
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.kind ? { kind: filter.kind } : {}),
    ...(filter?.connectionId ? { connectionId: filter.connectionId } : {}),
  };
  return paginateModel(scope.db.discount, { AND: [discountScope(scope.actor), where] }, page, "desc");
}

/** One discount the actor may see, or null. */
export function findDiscount(scope: ActingScope, id: number) {
  return scope.db.discount.findFirst({ where: { AND: [discountScope(scope.actor), { id }] } });
}

/** The connection's social discount pending or in force, if the actor may see discounts. */
export function currentSocialDiscount(scope: ActingScope, connectionId: number) {
  return scope.db.discount.findFirst({
    where: { AND: [discountScope(scope.actor), activeSocialDiscount(localDay(scope.clock.now())), { connectionId }] },
    orderBy: { id: "desc" },
  });
}

/**
 * The connection's completed verifications that found the meter over-registering and still have m³ to adjust (what
 * the counter may request an adjustment from); empty for those who do not request discounts.
 */
export async function adjustmentCandidates(scope: ActingScope, connectionId: number) {
  if (!isGranted(scope.actor, Operations.requestDiscount)) return [];
  const orders = await scope.db.workOrder.findMany({
    where: { AND: [workOrderScope(scope.actor), { connectionId, type: "VERIFICATION", status: "COMPLETED", verificationOutcome: "METER_OVER_REGISTERING" }] },
    orderBy: { id: "desc" },
    take: 10,
  });
  if (!orders.length) return [];
  const used = await scope.db.discount.groupBy({
    by: ["verificationOrderId"],
    where: { AND: [discountScope(scope.actor), { verificationOrderId: { in: orders.map((o) => o.id) }, kind: "METER_ADJUSTMENT", status: { not: "REJECTED" } }] },
    _sum: { volumeM3: true },
  });
  return orders
    .map((workOrder) => {
      const adjusted = used.find((u) => u.verificationOrderId === workOrder.id)?._sum.volumeM3 ?? new Prisma.Decimal(0);
      return { workOrder, verifiedM3: workOrder.excessM3!, remainingM3: workOrder.excessM3!.minus(adjusted) };
    })
    .filter((c) => c.remainingM3.gt(0));
}
