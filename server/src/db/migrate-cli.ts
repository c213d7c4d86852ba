// npm run db:migration -- <name>   create a migration from the changes in schema/schema.prisma
// npm run db:migrate               apply pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR
import { createMigration, deployMigrations } from "./migrate.ts";
import { loadConfig } from "../config.ts";
import { openPGlite } from "./pglite.ts";

const [command, name] = process.argv.slice(2);
if (command === "create") {
  if (!name) throw new Error("usage: npm run db:migration -- <name>");
  const dir = await createMigration(name);
  console.log(dir ? `Created ${dir}/migration.sql` : "No schema changes.");
} else if (command === "deploy") {
  const config = loadConfig();
  const pglite = config.databaseUrl ? null : openPGlite(config.dataDir);
  const applied = await deployMigrations(pglite ? { pglite } : { url: config.databaseUrl! });
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  await pglite?.close();
} else {
  console.error("usage: migrate-cli.ts create <name> | deploy");
  process.exitCode = 1;
}
