import { Field, ID, ObjectType } from "type-graphql";
import { HistoryEventType } from "../../generated/prisma/enums.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ simpleResolvers: true, description: "One entry in a connection's history (historial del usuario)." })
export class HistoryEvent {
  @Field(() => ID, { description: "Database id of the event." })
  id: number;

  @Field(() => HistoryEventType, { description: "What kind of event this is." })
  type: HistoryEventType;

  @Field(() => Date, { description: "When it happened." })
  occurredAt: Date;
}

@ObjectType({ description: "A page of a connection's history, newest first." })
export class HistoryEventPage extends Connection(HistoryEvent, "HistoryEvent") {}
