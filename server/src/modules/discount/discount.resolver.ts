import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { badInput } from "../../shared/errors.ts";
import { ServiceConnection } from "../service-connection/service-connection.type.ts";
import { Staff } from "../staff/staff.type.ts";
import { WorkOrder } from "../work-order/work-order.type.ts";
import { Discount, DiscountPage } from "./discount.type.ts";
import {
  DiscountDecisionInput, DiscountFilter, DiscountPayload, MeterAdjustmentQuoteInput, MeterAdjustmentQuotePayload, RequestDiscountInput,
  RequestSocialDiscountInput,
} from "./discount.inputs.ts";
import { adjustmentCandidates, currentSocialDiscount, listDiscounts } from "./discount.service.ts";
import { previewMeterAdjustment, requestMeterAdjustment, type MeterAdjustmentInput } from "./meter-adjustment.service.ts";
import { authorizeDiscount, rejectDiscount } from "./discount-decision.service.ts";
import { requestSocialDiscount } from "./social-discount.service.ts";
import { availableDiscountActions } from "./discount.transitions.ts";

type DiscountRow = Parameters<typeof availableDiscountActions>[0] & { id: number; connectionId: number; requestedById: number; authorizedById: number | null; verificationOrderId: number | null };
const DESCRIPTION = "The operation's input; rule failures come back in the payload's userErrors, naming the field.";

const adjustment = (input: MeterAdjustmentQuoteInput & { reason?: string }): MeterAdjustmentInput => ({
  connectionId: idOf("ServiceConnection", input.connectionId, "connectionId"),
  verificationOrderId: idOf("WorkOrder", input.verificationOrderId, "verificationOrderId"),
  volumeM3: input.volumeM3,
  period: input.period,
  reason: input.reason,
});

@Resolver(() => Discount)
export class DiscountResolver extends NodeResolver(Discount, "Discount") {
  @Authorized(...Operations.readDiscounts)
  @Query(() => DiscountPage, { description: "Discounts, newest first." })
  discounts(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => DiscountFilter, { nullable: true, description: "Filters (all optional, combined with AND)." }) filter?: DiscountFilter,
  ) {
    return listDiscounts(ctx as ActingScope, page, filter && { ...filter, connectionId: filter.connectionId ? idOf("ServiceConnection", filter.connectionId, "connectionId") : null });
  }

  @Authorized(...Operations.requestDiscount)
  @Query(() => MeterAdjustmentQuotePayload, { description: "Prices a meter adjustment with the same rules requestDiscount applies, without requesting it." })
  meterAdjustmentQuote(@Ctx() ctx: Context, @Arg("input", () => MeterAdjustmentQuoteInput, { description: DESCRIPTION }) input: MeterAdjustmentQuoteInput) {
    return asPayload(input, async () => ({ quote: await previewMeterAdjustment(ctx as ActingScope, adjustment(input)) }));
  }

  @Authorized(...Operations.requestDiscount)
  @Mutation(() => DiscountPayload, { description: "Requests a METER_ADJUSTMENT backed by a completed verification that found the meter over-registering; priced with the tariff." })
  requestDiscount(@Ctx() ctx: Context, @Arg("input", () => RequestDiscountInput, { description: DESCRIPTION }) input: RequestDiscountInput) {
    return asPayload(input, async () => {
      if (input.kind !== "METER_ADJUSTMENT") throw badInput("kind", "Los descuentos sociales se solicitan con requestSocialDiscount");
      return { discount: (await requestMeterAdjustment(ctx as ActingScope, adjustment(input))).discount };
    });
  }

  @Authorized(...Operations.requestDiscount)
  @Mutation(() => DiscountPayload, { description: "Requests a social discount (percentage and m³ cap from the settings) for a pensioner, retiree or employee." })
  requestSocialDiscount(@Ctx() ctx: Context, @Arg("input", () => RequestSocialDiscountInput, { description: DESCRIPTION }) input: RequestSocialDiscountInput) {
    return asPayload(input, () => requestSocialDiscount(ctx as ActingScope, { ...input, connectionId: idOf("ServiceConnection", input.connectionId, "connectionId") }));
  }

  @Authorized(...Operations.decideDiscount)
  @Mutation(() => DiscountPayload, { description: "Authorizes a pending discount (never one's own request). A meter adjustment is credited at once and a METER_REPLACEMENT order goes to REGISTRY." })
  authorizeDiscount(@Ctx() ctx: Context, @Arg("input", () => DiscountDecisionInput, { description: DESCRIPTION }) input: DiscountDecisionInput) {
    return asPayload(input, () => authorizeDiscount(ctx as ActingScope, { discountId: idOf("Discount", input.discountId, "discountId"), reason: input.reason }));
  }

  @Authorized(...Operations.decideDiscount)
  @Mutation(() => DiscountPayload, { description: "Rejects a pending discount with the reason (never one's own request)." })
  rejectDiscount(@Ctx() ctx: Context, @Arg("input", () => DiscountDecisionInput, { description: DESCRIPTION }) input: DiscountDecisionInput) {
    return asPayload(input, () => rejectDiscount(ctx as ActingScope, { discountId: idOf("Discount", input.discountId, "discountId"), reason: input.reason }));
  }

  @FieldResolver(() => ServiceConnection, { description: "The connection whose bill it reduces." })
  connection(@Root() row: DiscountRow, @Ctx() ctx: Context) {
    return ctx.loaders.connection.load(row.connectionId);
  }

  @FieldResolver(() => Staff, { description: "The staff member who requested it." })
  requestedBy(@Root() row: DiscountRow, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(row.requestedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The staff member who authorized or rejected it; null while pending." })
  authorizedBy(@Root() row: DiscountRow, @Ctx() ctx: Context) {
    return row.authorizedById ? ctx.loaders.staff.load(row.authorizedById) : null;
  }

  @FieldResolver(() => WorkOrder, { nullable: true, description: "METER_ADJUSTMENT: the verification that proved the meter at fault." })
  verificationOrder(@Root() row: DiscountRow, @Ctx() ctx: Context) {
    return row.verificationOrderId ? ctx.loaders.workOrder.load(row.verificationOrderId) : null;
  }

  @FieldResolver(() => [String], { description: "The actions the caller may take now: authorize, reject (never on its own request)." })
  availableActions(@Root() row: DiscountRow, @Ctx() ctx: Context) {
    return availableDiscountActions(row, ctx.actor!);
  }
}

@ObjectType({ simpleResolvers: true, description: "A completed verification that found the meter over-registering, with the m³ still to adjust." })
export class AdjustableVerification {
  @Field(() => WorkOrder, { description: "The VERIFICATION order." })
  workOrder: WorkOrder;

  @Field(() => DecimalScalar, { description: "m³ the verifier found in excess." })
  verifiedM3: unknown;

  @Field(() => DecimalScalar, { description: "m³ not yet adjusted by requests pending or applied." })
  remainingM3: unknown;
}

@Resolver(() => ServiceConnection)
export class ConnectionDiscountsResolver {
  @FieldResolver(() => [AdjustableVerification], { description: "Verifications a meter adjustment may be requested from (empty for roles that do not request discounts)." })
  adjustableVerifications(@Root() row: { id: number }, @Ctx() ctx: Context) {
    return adjustmentCandidates(ctx as ActingScope, row.id);
  }

  @FieldResolver(() => Discount, { nullable: true, description: "The social discount pending or in force (null when none, or for roles that do not read discounts)." })
  socialDiscount(@Root() row: { id: number }, @Ctx() ctx: Context) {
    return currentSocialDiscount(ctx as ActingScope, row.id);
  }
}
