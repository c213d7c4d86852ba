// npm run db:seed   applies pending migrations, then seeds the catalogs and the demo data (never in production)
import "reflect-metadata"; // the escalation sweep the seed runs reaches modules that declare GraphQL types
import { loadConfig } from "../config.ts";
import { createPGliteClient, createPostgresClient } from "./client.ts";
import { deployMigrations } from "./migrate.ts";
import { openPGlite } from "./pglite.ts";
import { DEMO_STAFF } from "./demo-names.ts";
import { DEMO_PASSWORD, seedDemo } from "./seed.ts";

const config = loadConfig();
if (config.production) {
  console.error("Los datos de demostración no se siembran en producción (NODE_ENV=production).");
  process.exit(1);
}

const pglite = config.databaseUrl ? null : openPGlite(config.dataDir);
const applied = await deployMigrations(pglite ? { pglite } : { url: config.databaseUrl! });
if (applied.length) console.log(`Migraciones aplicadas: ${applied.join(", ")}`);
const db = pglite ? createPGliteClient(pglite) : createPostgresClient(config.databaseUrl!);
console.log(`Base de datos: ${pglite ? `PGlite en ${config.dataDir}` : "PostgreSQL (DATABASE_URL)"}`);

const started = Date.now();
try {
  const { created } = await seedDemo(db, { log: (message) => console.log(message) });
  console.log(created
    ? `Datos de demostración sembrados en ${((Date.now() - started) / 1000).toFixed(1)} s.\n` +
      `Cuentas del personal: ${DEMO_STAFF.map((s) => s.username).join(", ")} (contraseña "${DEMO_PASSWORD}").`
    : "Los datos de demostración ya estaban sembrados; solo se revisaron los catálogos.");
} finally {
  await db.$disconnect();
  await pglite?.close();
}
