import fs from "node:fs";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, printSchema, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildApiSchema, SDL_FILE } from "../../server/src/graphql/schema.ts";

/** Every type of the API (not GraphQL's own), field, input field and argument that has no description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  return missing;
}

describe("schema/schema.graphql", () => {
  it("should equal the SDL built from the resolvers (run `npm run codegen` when it does not)", async () => {
    const fromCode = printSchema(await buildApiSchema()) + "\n";
    expect(fs.readFileSync(SDL_FILE, "utf8")).toBe(fromCode);
  });

  it("should describe, for partners, every type, field, input field and argument", async () => {
    expect(undocumented(await buildApiSchema())).toEqual([]);
  });

  it("should count as undocumented a type, field or argument without a description", async () => {
    const schema = buildSchema(`
      "Documented." type Query { "Documented." a(x: Int): Thing, b: Int }
      type Thing { "Documented." c: Int }
      "Documented." enum Kind { ONE }
      input Filter { d: Int }
    `);
    expect(undocumented(schema)).toEqual(["Query.a(x)", "Query.b", "Thing", "Filter", "Filter.d"]);
  });
});
