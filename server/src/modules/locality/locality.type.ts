import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A town or community served by the utility." })
export class Locality {
  @Field(() => ID, { description: "Database id of the locality (catalog)." })
  id: number;

  @Field(() => String, { description: "Name of the town or community." })
  name: string;

  @Field(() => String, { description: "Municipality it belongs to." })
  municipality: string;
}
