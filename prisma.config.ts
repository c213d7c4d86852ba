import path from "node:path";
import { defineConfig } from "prisma/config";

// No native schema engine can be downloaded on these machines; `prisma generate` only needs the path to exist.
// It points at a stub that fails loudly (not /bin/true, which makes `prisma migrate *` silently do nothing).
// Migrations run through server/src/db/migrate.ts (the Wasm schema engine) instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "server/src/db/no-schema-engine.sh");

export default defineConfig({
  schema: "schema/schema.prisma",
  migrations: { path: "schema/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/ventanilla" },
});
