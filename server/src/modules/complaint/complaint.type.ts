import { Field, Float, Int, ObjectType } from "type-graphql";
import { Channel, ComplaintCategory, ComplaintKind, ComplaintStatus } from "../../generated/prisma/enums.ts";
import { Node } from "../../graphql/node.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A complaint, denunciation or problem report brought by a customer." })
export class Complaint extends Node {
  @Field(() => String, { description: "Human folio, e.g. Q-2026-000123." })
  folio: string;

  @Field(() => ComplaintKind, { description: "Queja, denuncia or reporte de problema." })
  kind: ComplaintKind;

  @Field(() => ComplaintCategory, { description: "What the complaint is about." })
  category: ComplaintCategory;

  @Field(() => Channel, { description: "How it arrived (in person, phone, web, partner)." })
  channel: Channel;

  @Field(() => ComplaintStatus, { description: "Where it stands in its workflow." })
  status: ComplaintStatus;

  @Field(() => String, { description: "The customer's account of the problem, as taken down." })
  description: string;

  @Field(() => String, { description: "Who reported it (may differ from the holder)." })
  reporterName: string;

  @Field(() => String, { nullable: true, description: "Where the problem is, in words (leaks without a connection)." })
  locationText: string | null;

  @Field(() => String, { nullable: true, description: "Street of the problem (the connection's, or as reported)." })
  street: string | null;

  @Field(() => Float, { nullable: true, description: "Latitude of the problem (WGS 84), when known." })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude of the problem (WGS 84), when known." })
  longitude: number | null;

  @Field(() => String, { nullable: true, description: "How it was resolved, or the advice given." })
  resolution: string | null;

  @Field(() => Date, { description: "When it was filed." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was resolved or closed; null while open." })
  resolvedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Since when it waits on the customer, its clock stopped (null: running)." })
  pausedAt: Date | null;

  @Field(() => String, { nullable: true, description: "What is expected from the customer while paused." })
  pauseReason: string | null;

  @Field(() => Int, { description: "Business minutes it spent waiting on the customer (its earlier pauses); complaints carry no due date." })
  pausedBusinessMinutes: number;
}

@ObjectType({ description: "A page of complaints." })
export class ComplaintPage extends Connection(Complaint, "Complaint") {}
