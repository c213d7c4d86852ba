import { GraphQLError } from "graphql";
import type { AuthCheckerInterface, ResolverData } from "type-graphql";
import type { Context } from "../context.ts";
import { isGranted, type Grant } from "./policies.ts";

/** type-graphql's @Authorized(...grants): no caller → UNAUTHENTICATED; a caller without a grant → FORBIDDEN. */
export class AuthChecker implements AuthCheckerInterface<Context, Grant> {
  check({ context, root }: ResolverData<Context>, grants: Grant[]): boolean {
    if (!context.actor) throw new GraphQLError("Inicie sesión para continuar", { extensions: { code: "UNAUTHENTICATED" } });
    return isGranted(context.actor, grants, root);
  }
}
