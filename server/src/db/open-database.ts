// Opens the configured database, brings its schema up to date and, on an empty embedded database, seeds demo data.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Config } from "../config.ts";
import { createPGliteClient, createPostgresClient, type Db } from "./client.ts";
import { openPGlite } from "./pglite.ts";

export interface OpenDatabase {
  db: Db;
  close(): Promise<void>;
}

/** `migrate: false` in the API processes of a cluster: the first process migrated before forking them. */
export async function openDatabase(config: Config, log: (message: string) => void, { migrate = true } = {}): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    if (migrate) migratePostgres();
    const db = createPostgresClient(config.databaseUrl);
    return { db, close: () => db.$disconnect() };
  }
  log(`Base de datos integrada (PGlite) en ${config.dataDir}`);
  const pglite = openPGlite(config.dataDir);
  // imported here so that the migration tool's adapter patches never load in PostgreSQL mode
  const { deployMigrations } = await import("./migrate.ts");
  const applied = await deployMigrations({ pglite });
  if (applied.length) log(`Migraciones aplicadas: ${applied.join(", ")}`);
  const db = createPGliteClient(pglite);
  if (config.seedDemo) {
    const { seedDemo } = await import("./seed.ts");
    const { created } = await seedDemo(db, { log });
    if (created) log("Datos de demostración sembrados");
  }
  return { db, close: async () => { await db.$disconnect(); await pglite.close(); } };
}

// The migration tool patches the `pg` driver process-wide, so on PostgreSQL it runs in a child process.
export function migratePostgres(): void {
  const cli = path.join(import.meta.dirname, "migrate-cli.ts");
  const result = spawnSync(process.execPath, ["--import", "tsx", cli, "deploy"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error("No se pudieron aplicar las migraciones");
}
