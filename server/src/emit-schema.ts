// npm run codegen (first step): writes the API's SDL to schema/schema.graphql, which is committed.
import fs from "node:fs";
import { printSchema } from "graphql";
import { buildApiSchema, SDL_FILE } from "./graphql/schema.ts";

fs.writeFileSync(SDL_FILE, printSchema(await buildApiSchema()) + "\n");
console.log(`Wrote ${SDL_FILE}`);
