import { Field, ObjectType } from "type-graphql";
import { Channel, ComplaintCategory, ComplaintKind, ComplaintStatus } from "../../generated/prisma/enums.ts";
import { Node } from "../../graphql/node.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A complaint, denunciation or problem report brought by a customer." })
export class Complaint extends Node {
  @Field(() => String, { description: "Human folio, e.g. Q-2026-000123." })
  folio: string;

  @Field(() => ComplaintKind)
  kind: ComplaintKind;

  @Field(() => ComplaintCategory)
  category: ComplaintCategory;

  @Field(() => Channel)
  channel: Channel;

  @Field(() => ComplaintStatus)
  status: ComplaintStatus;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: "Who reported it (may differ from the holder)." })
  reporterName: string;

  @Field(() => String, { nullable: true, description: "Where the problem is, in words (leaks without a connection)." })
  locationText: string | null;

  @Field(() => String, { nullable: true, description: "How it was resolved, or the advice given." })
  resolution: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;
}

@ObjectType()
export class ComplaintPage extends Connection(Complaint, "Complaint") {}
