import { FieldResolver, ID, Resolver, Root, type ClassType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";

/** Base class for the resolver of a Node type: resolves `id` to the global id of the row. */
export function NodeResolver(objectType: ClassType, typeName: string) {
  @Resolver(() => objectType)
  abstract class NodeFieldResolver {
    @FieldResolver(() => ID, { description: "Global id (opaque); fetch the object again with node(id)." })
    id(@Root() row: { id: number }): string {
      return toGlobalId(typeName, row.id);
    }
  }
  return NodeFieldResolver;
}
