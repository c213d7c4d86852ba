// Every Query and Mutation field must declare who may call it (Redwood's "@requireAuth or @skipAuth").
import { describe, expect, it } from "vitest";
import { getMetadataStorage } from "type-graphql";
import { buildApiSchema } from "../../server/src/graphql/schema.ts";

/** Operations open to anonymous callers, on purpose. */
const PUBLIC_OPERATIONS = ["Mutation.login", "Query.trackFolio"];
/**
 * Ending one's own session or changing one's own password changes no record of the department (they are the
 * caller's own credentials), so even AUDITOR may do them: an auditor given a temporary password must replace it.
 */
const SESSION_OPERATIONS = ["Mutation.login", "Mutation.logout", "Mutation.changeOwnPassword"];

/** Operation name → the grants of its @Authorized (an empty list: any authenticated caller). */
async function declaredAccess(): Promise<Map<string, string[]>> {
  await buildApiSchema();
  const storage = getMetadataStorage();
  const access = new Map<string, string[]>();
  for (const [kind, handlers] of [["Query", storage.queries], ["Mutation", storage.mutations]] as const) {
    for (const handler of handlers) {
      const authorized = storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName);
      if (authorized) access.set(`${kind}.${handler.schemaName}`, authorized.roles as string[]);
    }
  }
  return access;
}

describe("operation access", () => {
  it("should declare access for every query and mutation in the schema", async () => {
    const schema = await buildApiSchema();
    const access = await declaredAccess();
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()).map((f) => `${type.name}.${f}`));
    expect(operations.filter((name) => !access.has(name) && !PUBLIC_OPERATIONS.includes(name))).toEqual([]);
  });

  it("should never let AUDITOR call a mutation that changes data", async () => {
    const access = await declaredAccess();
    const open = [...access].filter(([name, grants]) => name.startsWith("Mutation.") && !SESSION_OPERATIONS.includes(name) && (grants.length === 0 || grants.includes("AUDITOR")));
    expect(open.map(([name]) => name)).toEqual([]);
  });
});
