// Driver adapters fixed for the schema engine. Used only by the migration tool, never by the running server.
import pg from "pg";
import { parse as parsePgUrl } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PGlite } from "@electric-sql/pglite";
import { openPGlite } from "./pglite.ts";

// The engine reads catalog columns of type "char" (OID 18) and name (19), which adapter-pg rejects: read them as text.
// Process-global, which is why this file is only loaded by the migration tool.
const addFields = (pg as any).Result.prototype.addFields;
if (!addFields.__charAsText) {
  (pg as any).Result.prototype.addFields = function (fields: { dataTypeID: number }[]) {
    for (const f of fields) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
    return addFields.call(this, fields);
  };
  (pg as any).Result.prototype.addFields.__charAsText = true;
}

// adapter-pg 7.10.1 splits a script on ";" (breaks $$ bodies, not atomic): send it whole, like the native engine.
function wholeScript(adapter: any) {
  adapter.executeScript = async (script: string) => {
    try { await adapter.client.query(script); } catch (e) { adapter.onError(e); }
  };
  return adapter;
}

// adapter-pg 7.10.1's shadow database connects to the MAIN database when configured with a connection string,
// and its dispose cannot drop the shadow while its own pool still holds a connection.
// The engine never disposes what it connected: close() does, so no connection outlives the migration.
class PgMigrateFactory extends PrismaPg {
  private connected: { dispose(): Promise<void> }[] = [];
  async connect() {
    const adapter = wholeScript(await super.connect());
    this.connected.push(adapter);
    return adapter;
  }
  async close() { await Promise.all(this.connected.splice(0).map((adapter) => adapter.dispose())); }
  async connectToShadowDb() {
    const admin: any = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow: any = wholeScript(await new PrismaPg({ ...(this as any).config, connectionString: undefined, database }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  }
}

// pglite-prisma-adapter 0.7.2 fires `exec` and forgets it (losing errors) and sends multi-statement SQL through
// the extended protocol; the shadow database must be a fresh in-memory PGlite closed on dispose.
function fixPGlite(adapter: any, owned?: PGlite) {
  const client = adapter.client as PGlite;
  adapter.executeScript = async (script: string) => {
    try { await client.exec(script); } catch (e) { adapter.onError(e); }
  };
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (q: { sql: string; args: unknown[] }) => {
    if (q.args.length > 0) return executeRaw(q);
    try {
      const res = await client.exec(q.sql);
      return res.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
    } catch (e) { adapter.onError(e); }
  };
  if (owned) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => { await dispose(); await owned.close(); };
  }
  return adapter;
}

class PGliteMigrateFactory {
  provider = "postgres";
  adapterName = "pglite-prisma-adapter";
  inner: PrismaPGlite;
  constructor(public client: PGlite) { this.inner = new PrismaPGlite(client); }
  async connect() { return fixPGlite(await this.inner.connect()); }
  async connectToShadowDb() {
    const shadow = openPGlite();
    return fixPGlite(await new PrismaPGlite(shadow).connect(), shadow);
  }
}

/** For commands that only need a shadow database: one throwaway in-memory PGlite serves as both. */
export class ScratchPGliteFactory extends PGliteMigrateFactory {
  constructor() { super(openPGlite()); }
  async connectToShadowDb() { return this.connect(); }
}

/** The adapter factory for a PostgreSQL URL, or for an (open) PGlite instance. */
export function migrationFactory(target: { url: string } | { pglite: PGlite }) {
  if ("pglite" in target) return new PGliteMigrateFactory(target.pglite);
  // discrete fields: connectToShadowDb sets `database`, which a connectionString would override
  const c = parsePgUrl(target.url);
  return new PgMigrateFactory({ host: c.host ?? undefined, port: Number(c.port ?? 5432), user: c.user, password: c.password, database: c.database ?? undefined, ssl: c.ssl as any });
}
