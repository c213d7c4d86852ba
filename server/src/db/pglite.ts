import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** An embedded PostgreSQL with the extensions our migrations use; in memory when `dataDir` is omitted. */
export function openPGlite(dataDir?: string): PGlite {
  return new PGlite({ dataDir, extensions: { pg_trgm } });
}
