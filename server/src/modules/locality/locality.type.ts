import { Field, ObjectType } from "type-graphql";
import { Node } from "../../graphql/node.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A town or community served by the utility." })
export class Locality extends Node {
  @Field(() => String, { description: "Name of the town or community." })
  name: string;

  @Field(() => String, { description: "Municipality it belongs to." })
  municipality: string;
}
