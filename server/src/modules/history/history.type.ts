import { Field, ID, ObjectType } from "type-graphql";
import { HistoryEventType } from "../../generated/prisma/enums.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ simpleResolvers: true, description: "One entry in a connection's history (historial del usuario)." })
export class HistoryEvent {
  @Field(() => ID, { description: "Database id of the entry." })
  id: number;

  @Field(() => HistoryEventType, { description: "Kind of entry." })
  type: HistoryEventType;

  @Field(() => String, { description: "What happened, in Spanish, as staff read it." })
  summary: string;

  @Field(() => Date, { description: "When it happened." })
  occurredAt: Date;
}

@ObjectType({ description: "A page of a connection's history, newest first." })
export class HistoryEventPage extends Connection(HistoryEvent, "HistoryEvent") {}
