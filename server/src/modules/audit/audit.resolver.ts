import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { referenceId, storedReference, toGlobalId } from "../../shared/global-id.ts";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { MaxText } from "../../shared/validation.ts";
import { listAuditEntries } from "./audit.service.ts";
import { verifyAuditChain } from "./audit-chain.service.ts";
import { AuditChainBreak, AuditChainVerification, AuditEntry, AuditEntryPage } from "./audit.type.ts";

@InputType({ description: "Filters for the audit log (all optional, combined with AND)." })
class AuditFilter {
  @Field(() => String, { nullable: true, description: "Username (or api:<client>) of whoever made the change." })
  @MaxText(120)
  actorName?: string;

  @Field(() => String, { nullable: true, description: "An action (complaint.file), or a family of them ending in a dot (staff.)." })
  @MaxText(120)
  action?: string;

  @Field(() => String, { nullable: true, description: "Entity type, e.g. Complaint." })
  @MaxText(120)
  entityType?: string;

  @Field(() => String, { nullable: true, description: "The entity's global id (or natural key), as in AuditEntry.entityId." })
  @MaxText(120)
  entityId?: string;

  @Field(() => String, { nullable: true, description: "The server-made request id shared by the entries of one change." })
  @MaxText(120)
  requestId?: string;

  @Field(() => Date, { nullable: true, description: "Entries written at or after this instant." })
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Entries written at or before this instant." })
  to?: Date;
}

@Resolver(() => AuditEntry)
export class AuditResolver extends NodeResolver(AuditEntry, "AuditEntry") {
  @Authorized(...Operations.readAudit)
  @Query(() => AuditEntryPage, { description: "The append-only audit log, newest first." })
  auditEntries(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => AuditFilter, { nullable: true, description: "Optional filters; null or absent lists everything the caller may see." }) filter?: AuditFilter) {
    const reference = filter?.entityId ? storedReference(filter.entityId) : undefined;
    return listAuditEntries(ctx as ActingScope, filter && { ...filter, entityType: reference?.type ?? filter.entityType, entityId: reference?.stored }, page);
  }

  @Authorized(...Operations.verifyAuditChain)
  @Query(() => AuditChainVerification, {
    description: "Recomputes the audit log's hash chain over the entries written between `from` and `to` (the whole chain when both are omitted) and reports the first broken link.",
  })
  verifyAuditChain(
    @Ctx() ctx: Context,
    @Arg("from", () => Date, { nullable: true, description: "First instant of the range." }) from?: Date,
    @Arg("to", () => Date, { nullable: true, description: "Last instant of the range." }) to?: Date,
  ) {
    return verifyAuditChain(ctx as ActingScope, { from, to });
  }

  @FieldResolver(() => String, { description: "The record changed: its global id (fetch it with node(id)), or its natural key when it has no database id (a setting's key, a service target's type)." })
  entityId(@Root() row: { entityType: string; entityId: string }): string {
    return referenceId(row.entityType, row.entityId);
  }
}

@Resolver(() => AuditChainBreak)
export class AuditChainBreakResolver {
  @FieldResolver(() => ID, { nullable: true, description: "Global id of the entry at fault, when it still exists." })
  entryId(@Root() row: { entryId: number | null }): string | null {
    return row.entryId === null ? null : toGlobalId("AuditEntry", row.entryId);
  }
}
