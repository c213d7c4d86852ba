import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { listLocalities } from "./locality.service.ts";
import { Operations } from "../../auth/policies.ts";
import { Locality } from "./locality.type.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";

@Resolver(() => Locality)
export class LocalityResolver extends NodeResolver(Locality, "Locality") {
  @Authorized(...Operations.readLocalities)
  @Query(() => [Locality], { description: "The localities catalog (a few dozen at most), by name." })
  localities(@Ctx() ctx: Context) {
    return listLocalities(ctx as ActingScope);
  }
}
