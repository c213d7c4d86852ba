import { Field, ObjectType } from "type-graphql";
import { Node } from "../../graphql/node.ts";
import { HistoryEventType } from "../../generated/prisma/enums.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "One entry in a connection's history (historial del usuario)." })
export class HistoryEvent extends Node {
  @Field(() => HistoryEventType, { description: "What kind of event this is." })
  type: HistoryEventType;

  @Field(() => Date, { description: "When it happened." })
  occurredAt: Date;
}

@ObjectType({ description: "A page of a connection's history, newest first." })
export class HistoryEventPage extends Connection(HistoryEvent, "HistoryEvent") {}
