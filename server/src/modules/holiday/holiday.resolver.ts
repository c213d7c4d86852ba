import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf, toGlobalId } from "../../shared/global-id.ts";
import { ClosurePayload, CreateClosureInput, DeleteClosureInput, DeleteClosurePayload, Holiday } from "./holiday.type.ts";
import { createClosure, deleteClosure, holidaysOfYear } from "./holiday.service.ts";

@Resolver(() => Holiday)
export class HolidayResolver {
  @FieldResolver(() => ID, { nullable: true, description: "Global id of a configured closure; null for a computed federal holiday." })
  id(@Root() row: { id: number | null }): string | null {
    return row.id === null ? null : toGlobalId("Holiday", row.id);
  }


  @Authorized(...Operations.readCatalogs)
  @Query(() => [Holiday], { description: "A year's days off: federal holidays (computed) and the utility's closures, by date." })
  holidays(@Ctx() ctx: Context, @Arg("year", () => Int, { description: "The year." }) year: number) {
    return holidaysOfYear(ctx as ActingScope, year);
  }

  @Authorized(...Operations.manageCatalogs)
  @Mutation(() => ClosurePayload, { description: "Registers a future day the utility closes (due dates skip it)." })
  createClosure(@Ctx() ctx: Context, @Arg("input", () => CreateClosureInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: CreateClosureInput) {
    return asPayload(input, () => createClosure(ctx as ActingScope, input));
  }

  @Authorized(...Operations.manageCatalogs)
  @Mutation(() => DeleteClosurePayload, { description: "Removes a future closure." })
  deleteClosure(@Ctx() ctx: Context, @Arg("input", () => DeleteClosureInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: DeleteClosureInput) {
    return asPayload(input, async () => {
      const { deletedId } = await deleteClosure(ctx as ActingScope, { id: idOf("Holiday", input.id) });
      return { deletedId: toGlobalId("Holiday", deletedId) };
    });
  }
}
