import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload, UserError } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { Node } from "../../graphql/node.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { RequiredText } from "../../shared/validation.ts";
import { Locality } from "../locality/locality.type.ts";
import { listCrews, saveCrew } from "./crew.service.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A collection crew (cuadrilla) and the localities it covers." })
export class Crew extends Node {
  @Field(() => String, { description: "Its name, unique." })
  name: string;

  @Field(() => String, { description: "The crew leader's name (printed on its lists)." })
  leaderName: string;

  @Field(() => [Locality], { description: "The localities it covers." })
  localities: Locality[];
}

@InputType({ description: "A crew to create (without id) or change." })
class CrewInput {
  @Field(() => ID, { nullable: true, description: "The crew to change; omit to create one." })
  id?: string;

  @Field(() => String, { description: "Its name, unique." })
  @RequiredText(120)
  name: string;

  @Field(() => String, { description: "The crew leader's name." })
  @RequiredText(200)
  leaderName: string;

  @Field(() => [ID], { description: "The localities it covers (replaces the current list)." })
  localityIds: string[];
}

@ObjectType({ description: "The crew after the change." })
class CrewPayload {
  @Field(() => Crew, { nullable: true, description: "The crew, when the change was made." })
  crew?: Crew;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

@Resolver(() => Crew)
export class CrewResolver extends NodeResolver(Crew, "Crew") {
  @Authorized(...Operations.readCatalogs)
  @Query(() => [Crew], { description: "The crews catalog (a few dozen at most), by name." })
  crews(@Ctx() ctx: Context) {
    return listCrews(ctx as ActingScope);
  }

  @Authorized(...Operations.manageCatalogs)
  @Mutation(() => CrewPayload, { description: "Creates a crew, or changes one when `id` is given (name, leader, localities covered)." })
  saveCrew(@Ctx() ctx: Context, @Arg("input", () => CrewInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: CrewInput) {
    return asPayload(input, () =>
      saveCrew(ctx as ActingScope, {
        ...input,
        id: input.id ? idOf("Crew", input.id) : null,
        localityIds: input.localityIds.map((id) => idOf("Locality", id, "localityIds")),
      }),
    );
  }
}
