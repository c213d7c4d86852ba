import { GraphQLError, Kind, type ASTNode, type ValidationContext, type ValidationRule } from "graphql";

/** Refuses operations nested deeper than `maxDepth` fields (fragments included), before they run. */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(context.getDocument().definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || seen.has(node.name.value)) return depth;
        return depthOf(fragment, depth, new Set(seen).add(node.name.value));
      }
      if (!("selectionSet" in node) || !node.selectionSet) return depth;
      const next = node.kind === Kind.FIELD ? depth + 1 : depth;
      return Math.max(next, ...node.selectionSet.selections.map((s) => depthOf(s, next, seen)));
    };
    return {
      OperationDefinition(operation) {
        if (depthOf(operation, 0, new Set()) > maxDepth) {
          context.reportError(new GraphQLError(`La consulta excede la profundidad máxima (${maxDepth})`, { nodes: [operation], extensions: { code: "BAD_USER_INPUT" } }));
        }
      },
    };
  };
}
