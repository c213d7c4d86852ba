import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload, UserError } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { Locality } from "./locality.type.ts";
import { createLocality, updateLocality } from "./locality.admin.service.ts";

@InputType({ description: "A locality of the catalog." })
class LocalityInput {
  @Field(() => ID, { nullable: true, description: "The locality to change; omit to create one." })
  id?: string;

  @Field(() => String, { description: "Its name, unique." })
  @RequiredText(120)
  name: string;

  @Field(() => String, { nullable: true, description: "Its municipality (Angostura when omitted)." })
  @MaxText(120)
  municipality?: string;
}

@ObjectType({ description: "The locality after the change." })
class LocalityPayload {
  @Field(() => Locality, { nullable: true, description: "The locality, when the change was made." })
  locality?: Locality;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

@Resolver(() => Locality)
export class LocalityAdminResolver {
  @Authorized(...Operations.manageCatalogs)
  @Mutation(() => LocalityPayload, { description: "Creates a locality, or renames one when `id` is given." })
  saveLocality(@Ctx() ctx: Context, @Arg("input", () => LocalityInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: LocalityInput) {
    return asPayload(input, () =>
      input.id ? updateLocality(ctx as ActingScope, { ...input, id: idOf("Locality", input.id) }) : createLocality(ctx as ActingScope, input),
    );
  }
}
