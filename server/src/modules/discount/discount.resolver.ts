import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { listDiscounts } from "./discount.service.ts";
import { ServiceConnection } from "../service-connection/service-connection.type.ts";
import { Staff } from "../staff/staff.type.ts";
import { Discount, DiscountPage } from "./discount.type.ts";

type DiscountRow = { connectionId: number; requestedById: number; authorizedById: number | null };

@Resolver(() => Discount)
export class DiscountResolver extends NodeResolver(Discount, "Discount") {
  @Authorized(...Operations.readDiscounts)
  @Query(() => DiscountPage, { description: "Discounts, newest first." })
  discounts(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return listDiscounts(ctx as ActingScope, page);
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
}
