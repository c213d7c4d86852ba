import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ simpleResolvers: true, description: "One change, as recorded in the append-only audit log." })
export class AuditEntry {
  @Field(() => ID)
  id: number;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: "Username of the staff member, or api:<client> for a partner." })
  actorName: string;

  @Field(() => String, { description: "The actor's roles (or partner scopes) at the time." })
  actorRole: string;

  @Field(() => String, { description: "What was done, e.g. complaint.file." })
  action: string;

  @Field(() => String)
  entityType: string;

  @Field(() => String)
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after: unknown;

  @Field(() => String, { description: "The request that made the change." })
  requestId: string;
}

@ObjectType()
export class AuditEntryPage extends Connection(AuditEntry, "AuditEntry") {}
