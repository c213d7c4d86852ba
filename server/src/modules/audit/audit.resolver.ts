import { Arg, Args, Authorized, Ctx, Field, InputType, Query, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { listAuditEntries } from "./audit.service.ts";
import { AuditEntry, AuditEntryPage } from "./audit.type.ts";

@InputType({ description: "Filters for the audit log." })
class AuditFilter {
  @Field(() => String, { nullable: true, description: "Entity type, e.g. Complaint." })
  entityType?: string;

  @Field(() => String, { nullable: true, description: "Database id of the entity." })
  entityId?: string;

  @Field(() => String, { nullable: true, description: "Username (or api:<client>) of whoever made the change." })
  actorName?: string;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(...Operations.readAudit)
  @Query(() => AuditEntryPage, { description: "The append-only audit log, newest first." })
  auditEntries(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => AuditFilter, { nullable: true, description: "Optional filters; null or absent lists everything the caller may see." }) filter?: AuditFilter) {
    return listAuditEntries(ctx as ActingScope, filter, page);
  }
}
