import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { ServiceTarget, ServiceTargetPayload, UpdateServiceTargetInput } from "./service-target.type.ts";
import { listServiceTargets, updateServiceTarget } from "./service-target.service.ts";

@Resolver()
export class ServiceTargetResolver {
  @Authorized(...Operations.readCatalogs)
  @Query(() => [ServiceTarget], { description: "The due-date target of each order type." })
  serviceTargets(@Ctx() ctx: Context) {
    return listServiceTargets(ctx as ActingScope);
  }

  @Authorized(...Operations.manageServiceTargets)
  @Mutation(() => ServiceTargetPayload, { description: "Changes an order type's target; orders issued from now on get due dates by it." })
  updateServiceTarget(@Ctx() ctx: Context, @Arg("input", () => UpdateServiceTargetInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: UpdateServiceTargetInput) {
    return asPayload(input, () => updateServiceTarget(ctx as ActingScope, input));
  }
}
