import { Field, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";
import { InformationRequestChannel, InformationRequestStatus } from "../../generated/prisma/enums.ts";
import { Node } from "../../graphql/node.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A public information request under the transparency law (solicitud de acceso a la información)." })
export class InformationRequest extends Node {
  @Field(() => String, { description: "Human folio, e.g. SAI-2026-000001." })
  folio: string;

  @Field(() => Date, { description: "When the request was received." })
  receivedAt: Date;

  @Field(() => InformationRequestChannel, { description: "How it arrived." })
  channel: InformationRequestChannel;

  @Field(() => String, { nullable: true, description: "Who asks; null for an anonymous request (the law allows them)." })
  requesterName: string | null;

  @Field(() => String, { description: "The information requested." })
  subject: string;

  @Field(() => String, { description: "The area that holds the information and must provide it." })
  responsibleArea: string;

  @Field(() => InformationRequestStatus, { description: "Where the request stands." })
  status: InformationRequestStatus;

  @Field(() => GraphQLDate, { description: "The deadline in force (the legal term in business days, moved once by an extension)." })
  dueAt: Date;

  @Field(() => GraphQLDate, { description: "The deadline before any extension." })
  originalDueAt: Date;

  @Field(() => Date, { nullable: true, description: "When the term was extended." })
  extendedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why the term was extended." })
  extensionReason: string | null;

  @Field(() => String, { nullable: true, description: "The response given, when answered." })
  response: string | null;

  @Field(() => String, { nullable: true, description: "Why the request was declined." })
  declineReason: string | null;

  @Field(() => Date, { nullable: true, description: "When it was answered or declined." })
  respondedAt: Date | null;
}

@ObjectType({ description: "A page of information requests, by deadline." })
export class InformationRequestPage extends Connection(InformationRequest, "InformationRequest") {}
