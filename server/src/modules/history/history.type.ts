import { Field, ID, ObjectType } from "type-graphql";
import { HistoryEventType } from "../../generated/prisma/enums.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ simpleResolvers: true, description: "One entry in a connection's history (historial del usuario)." })
export class HistoryEvent {
  @Field(() => ID)
  id: number;

  @Field(() => HistoryEventType)
  type: HistoryEventType;

  @Field(() => String, { description: "What happened, in Spanish, as staff read it." })
  summary: string;

  @Field(() => Date)
  occurredAt: Date;
}

@ObjectType()
export class HistoryEventPage extends Connection(HistoryEvent, "HistoryEvent") {}
