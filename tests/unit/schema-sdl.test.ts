import fs from "node:fs";
import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildApiSchema, SDL_FILE } from "../../server/src/graphql/schema.ts";

describe("schema/schema.graphql", () => {
  it("should equal the SDL built from the resolvers (run `npm run codegen` when it does not)", async () => {
    const fromCode = printSchema(await buildApiSchema()) + "\n";
    expect(fs.readFileSync(SDL_FILE, "utf8")).toBe(fromCode);
  });

  it("should describe every object type and every query and mutation for partners", async () => {
    const schema = await buildApiSchema();
    const undocumented = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((type) => Object.values(type.getFields()).filter((f) => !f.description).map((f) => `${type.name}.${f.name}`));
    expect(undocumented).toEqual([]);
  });
});
