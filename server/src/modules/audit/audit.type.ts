import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ simpleResolvers: true, description: "One change, as recorded in the append-only audit log." })
export class AuditEntry {
  @Field(() => ID, { description: "Database id of the entry; ids grow with time." })
  id: number;

  @Field(() => Date, { description: "When the change was made." })
  at: Date;

  @Field(() => String, { description: "Username of the staff member, or api:<client> for a partner." })
  actorName: string;

  @Field(() => String, { description: "The actor's roles (or partner scopes) at the time." })
  actorRole: string;

  @Field(() => String, { description: "What was done, e.g. complaint.file." })
  action: string;

  @Field(() => String, { description: "Kind of record changed, e.g. WorkOrder." })
  entityType: string;

  @Field(() => String, { description: "Database id of the record changed." })
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "The record before the change (JSON); null when it was created." })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "The record after the change (JSON); null when it was removed or nothing was stored." })
  after: unknown;

  @Field(() => String, { description: "The request that made the change." })
  requestId: string;
}

@ObjectType({ description: "A page of the audit log." })
export class AuditEntryPage extends Connection(AuditEntry, "AuditEntry") {}
