import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { idOf } from "../../shared/global-id.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { ApiClient, ApiClientPage, ApiClientPayload, ApiScope, CreateApiClientInput, RevokeApiClientInput, RotateApiClientKeyInput } from "./api-client.type.ts";
import { apiScopes, createApiClient, listApiClients, revokeApiClient, rotateApiClientKey } from "./api-client.service.ts";

@Resolver(() => ApiClient)
export class ApiClientResolver extends NodeResolver(ApiClient, "ApiClient") {
  @Authorized(...Operations.readApiClients)
  @Query(() => ApiClientPage, { description: "Partner API clients, oldest first." })
  apiClients(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return listApiClients(ctx as ActingScope, page);
  }

  @Authorized(...Operations.readApiClients)
  @Query(() => [ApiScope], { description: "Every scope a partner key may carry, with its meaning (the one registry in policies.ts)." })
  apiScopes() {
    return apiScopes();
  }

  @Authorized(...Operations.manageApiClients)
  @Mutation(() => ApiClientPayload, { description: "Creates a partner client; its key is in this response only." })
  createApiClient(@Ctx() ctx: Context, @Arg("input", () => CreateApiClientInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: CreateApiClientInput) {
    return asPayload(input, () => createApiClient(ctx as ActingScope, input));
  }

  @Authorized(...Operations.manageApiClients)
  @Mutation(() => ApiClientPayload, { description: "Replaces a client's key; the old key keeps working for the grace period. The new key is in this response only." })
  rotateApiClientKey(@Ctx() ctx: Context, @Arg("input", () => RotateApiClientKeyInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: RotateApiClientKeyInput) {
    return asPayload(input, () => rotateApiClientKey(ctx as ActingScope, { id: idOf("ApiClient", input.id), graceHours: input.graceHours }));
  }

  @Authorized(...Operations.manageApiClients)
  @Mutation(() => ApiClientPayload, { description: "Revokes a client: none of its keys works from now on." })
  revokeApiClient(@Ctx() ctx: Context, @Arg("input", () => RevokeApiClientInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: RevokeApiClientInput) {
    return asPayload(input, () => revokeApiClient(ctx as ActingScope, { id: idOf("ApiClient", input.id) }));
  }
}
