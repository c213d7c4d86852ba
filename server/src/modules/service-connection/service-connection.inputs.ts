import { Field, ID, InputType } from "type-graphql";
import { MaxText } from "../../shared/validation.ts";
import { ConnectionStatus } from "../../generated/prisma/enums.ts";

@InputType({ description: "Filters for the connection list; all are optional and combine with AND." })
export class ConnectionFilter {
  @Field(() => String, { nullable: true, description: "Control number or holder name (accents and case ignored), or part of the address." })
  @MaxText(100)
  search?: string;

  @Field(() => ID, { nullable: true, description: "Only connections in this locality (its global id, from localities)." })
  localityId?: string;

  @Field(() => ConnectionStatus, { nullable: true, description: "Only connections in this service status." })
  status?: ConnectionStatus;
}
