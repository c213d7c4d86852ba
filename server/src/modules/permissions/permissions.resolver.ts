import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.ts";
import { Operations, isGranted } from "../../auth/policies.ts";

@ObjectType({ simpleResolvers: true, description: "What the caller may do, for clients that show or hide actions; the API enforces it anyway." })
class Permissions {
  @Field(() => Boolean, { description: "List and search connections (serviceConnections)." })
  searchConnections: boolean;

  @Field(() => Boolean, { description: "Read work orders (a verifier: its own)." })
  readWorkOrders: boolean;

  @Field(() => Boolean, { description: "Read complaints." })
  readComplaints: boolean;

  @Field(() => Boolean, { description: "File complaints (fileComplaint)." })
  fileComplaint: boolean;

  @Field(() => Boolean, { description: "Record verification results (completeVerification)." })
  completeVerification: boolean;

  @Field(() => Boolean, { description: "Read the audit log." })
  readAudit: boolean;
}

@Resolver()
export class PermissionsResolver {
  @Authorized(...Operations.me)
  @Query(() => Permissions, { description: "The caller's permissions, derived from the same access rules the API enforces." })
  myPermissions(@Ctx() ctx: Context): Permissions {
    const can = (grants: Parameters<typeof isGranted>[1]) => isGranted(ctx.actor!, grants);
    return {
      searchConnections: can(Operations.readConnections),
      readWorkOrders: can(Operations.readWorkOrders),
      readComplaints: can(Operations.readComplaints),
      fileComplaint: can(Operations.fileComplaint),
      completeVerification: can(Operations.completeVerification),
      readAudit: can(Operations.readAudit),
    };
  }
}
