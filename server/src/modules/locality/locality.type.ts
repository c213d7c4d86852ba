import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A town or community served by the utility." })
export class Locality {
  @Field(() => ID, { description: "Database id of the locality (catalog)." })
  id: number;

  @Field(() => String)
  name: string;

  @Field(() => String)
  municipality: string;
}
