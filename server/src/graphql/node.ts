import { Field, ID, InterfaceType } from "type-graphql";

/** Any object that can be fetched again with `node(id)`. */
@InterfaceType({
  description: "An object with a global id, fetchable with `node(id)`.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Global id (opaque)." })
  id: string;
}
