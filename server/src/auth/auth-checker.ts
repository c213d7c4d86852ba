import { GraphQLError } from "graphql";
import type { AuthCheckerInterface, ResolverData } from "type-graphql";
import type { Context } from "../context.ts";
import { isGranted, type Grant } from "./policies.ts";

/** What an account with a temporary password may do: learn who it is, change the password, or leave. */
export const TEMPORARY_PASSWORD_OPERATIONS = new Set(["me", "myPermissions", "changeOwnPassword", "logout"]);

/** type-graphql's @Authorized(...grants): no caller → UNAUTHENTICATED; a caller without a grant → FORBIDDEN. */
export class AuthChecker implements AuthCheckerInterface<Context, Grant> {
  check({ context, root, info }: ResolverData<Context>, grants: Grant[]): boolean {
    const { actor } = context;
    if (!actor) throw new GraphQLError("Inicie sesión para continuar", { extensions: { code: "UNAUTHENTICATED" } });
    const operation = info.parentType.name === "Query" || info.parentType.name === "Mutation";
    if (operation && actor.kind === "staff" && actor.mustChangePassword && !TEMPORARY_PASSWORD_OPERATIONS.has(info.fieldName)) {
      throw new GraphQLError("Cambie su contraseña temporal antes de continuar", { extensions: { code: "FORBIDDEN", reason: "PASSWORD_CHANGE_REQUIRED" } });
    }
    return isGranted(actor, grants, root);
  }
}
