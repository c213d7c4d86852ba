import { Authorized, Ctx, Query, Resolver, registerEnumType } from "type-graphql";
import type { Context } from "../../context.ts";
import { Operations, isGranted } from "../../auth/policies.ts";

/** Every access rule of `Operations`, by name: the enum is generated from the rules, so it never drifts from them. */
export const Operation = Object.fromEntries(Object.keys(Operations).map((name) => [name, name])) as { [K in keyof typeof Operations]: K };

registerEnumType(Operation, {
  name: "Operation",
  description: "An access rule of the API (server/src/auth/policies.ts `Operations`): one or more queries or mutations that share who may call them.",
});

@Resolver()
export class PermissionsResolver {
  @Authorized(...Operations.me)
  @Query(() => [Operation], { description: "The access rules the caller satisfies, for clients that show or hide actions; the API enforces them anyway." })
  myPermissions(@Ctx() ctx: Context): (keyof typeof Operations)[] {
    return (Object.keys(Operations) as (keyof typeof Operations)[]).filter((name) => isGranted(ctx.actor!, Operations[name]));
  }
}
