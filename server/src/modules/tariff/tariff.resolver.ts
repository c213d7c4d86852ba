import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { Tariff, TariffInput, TariffPayload } from "./tariff.type.ts";
import { createTariff, inForce, listTariffs, updateTariff } from "./tariff.service.ts";
import { ConnectionType } from "./tariff.type.ts";

@Resolver(() => Tariff)
export class TariffResolver extends NodeResolver(Tariff, "Tariff") {
  @Authorized(...Operations.readCatalogs)
  @Query(() => [Tariff], { description: "Tariff versions (at most 200), by type and newest first." })
  tariffs(@Ctx() ctx: Context, @Arg("connectionType", () => ConnectionType, { nullable: true, description: "Only this type." }) connectionType?: ConnectionType) {
    return listTariffs(ctx as ActingScope, connectionType);
  }

  @Authorized(...Operations.manageCatalogs)
  @Mutation(() => TariffPayload, { description: "Creates a tariff version from a future date, or changes one that is not in force yet; versions in force are never edited." })
  saveTariff(@Ctx() ctx: Context, @Arg("input", () => TariffInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: TariffInput) {
    return asPayload(input, () =>
      input.id ? updateTariff(ctx as ActingScope, { ...input, id: idOf("Tariff", input.id) }) : createTariff(ctx as ActingScope, input),
    );
  }

  @FieldResolver(() => Boolean, { description: "In force now or in the past: it may have priced bills, so it never changes." })
  inForce(@Root() row: { validFrom: Date }, @Ctx() ctx: Context) {
    return inForce(row, ctx.clock.now());
  }
}
