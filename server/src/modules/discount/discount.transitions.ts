// The lifecycle of a discount, as one table: action → the states it may start from, the state it leads to, who may
// take it, its audit action. Services apply it through one guarded update (applyDiscountTransition); nothing else
// sets a discount's `status`. A meter adjustment goes REQUESTED → AUTHORIZED → APPLIED in one transaction (its credit
// is posted at once); a social discount stays AUTHORIZED while in force, crediting each charge.
import type { DiscountStatus } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Actor } from "../../auth/actor.ts";
import type { ActingScope } from "../../context.ts";
import type { Tx } from "../../db/client.ts";
import { isGranted, Operations, type Grant } from "../../auth/policies.ts";
import { conflict, DomainError } from "../../shared/errors.ts";
import { DISCOUNT_STATUSES } from "../../shared/money-labels.ts";
import { recordAudit } from "../audit/audit.service.ts";

export type DiscountAction = "authorize" | "reject" | "apply";

export interface DiscountTransition {
  from: DiscountStatus[];
  to: DiscountStatus;
  grants: readonly Grant[];
  /** the four-eyes rule: whoever requested a discount never decides it */
  notByRequester: boolean;
  /** taken by staff through the API; otherwise a step the system takes inside another action */
  userAction: boolean;
  audit: string;
}

export const DISCOUNT_TRANSITIONS: Record<DiscountAction, DiscountTransition> = {
  authorize: { from: ["REQUESTED"], to: "AUTHORIZED", grants: Operations.decideDiscount, notByRequester: true, userAction: true, audit: "discount.authorize" },
  reject: { from: ["REQUESTED"], to: "REJECTED", grants: Operations.decideDiscount, notByRequester: true, userAction: true, audit: "discount.reject" },
  /** the credit is posted on the account (a meter adjustment, in the transaction that authorizes it) */
  apply: { from: ["AUTHORIZED"], to: "APPLIED", grants: Operations.decideDiscount, notByRequester: true, userAction: false, audit: "discount.apply" },
};

export const DISCOUNT_ACTION_NAMES = Object.keys(DISCOUNT_TRANSITIONS) as DiscountAction[];

const isRequester = (actor: Actor, discount: { requestedById: number }) => actor.kind === "staff" && actor.id === discount.requestedById;

/** The actions `actor` may take now on a discount, in the table's order (those staff take through the API). */
export function availableDiscountActions(discount: { status: DiscountStatus; requestedById: number }, actor: Actor): DiscountAction[] {
  return DISCOUNT_ACTION_NAMES.filter((action) => {
    const t = DISCOUNT_TRANSITIONS[action];
    return t.userAction && t.from.includes(discount.status) && isGranted(actor, t.grants) && !(t.notByRequester && isRequester(actor, discount));
  });
}

/** Refuses, before any change, an action the actor may not take on this discount (FORBIDDEN) or not now (CONFLICT). */
export function assertDiscountAction(action: DiscountAction, discount: { id: number; status: DiscountStatus; requestedById: number }, actor: Actor): void {
  const t = DISCOUNT_TRANSITIONS[action];
  if (!isGranted(actor, t.grants)) throw new DomainError("FORBIDDEN", "Su puesto no autoriza ni rechaza descuentos");
  if (t.notByRequester && isRequester(actor, discount)) throw new DomainError("FORBIDDEN", "Quien solicitó un descuento no puede autorizarlo ni rechazarlo", "discountId");
  if (!t.from.includes(discount.status)) throw conflict(`El descuento ya está ${DISCOUNT_STATUSES[discount.status].toLowerCase()}`, "discountId");
}

/**
 * Moves a discount along the table with one guarded update: the status condition makes a concurrent second decision
 * update nothing (CONFLICT) instead of overwriting the first. Writes the audit entry in the caller's transaction.
 */
export async function applyDiscountTransition(
  tx: Tx,
  scope: ActingScope,
  action: DiscountAction,
  before: { id: number; status: DiscountStatus; requestedById: number },
  data: Prisma.DiscountUncheckedUpdateManyInput = {},
) {
  const t = DISCOUNT_TRANSITIONS[action];
  assertDiscountAction(action, before, scope.actor);
  const { count } = await tx.discount.updateMany({ where: { id: before.id, status: { in: t.from } }, data: { ...data, status: t.to } });
  if (count !== 1) throw conflict("El descuento cambió mientras tanto (ya fue decidido); vuelva a abrirlo", "discountId");
  const after = await tx.discount.findUniqueOrThrow({ where: { id: before.id } });
  await recordAudit(tx, scope, { action: t.audit, entityType: "Discount", entityId: before.id, before, after });
  return after;
}
