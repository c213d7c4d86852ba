// Drives @prisma/schema-engine-wasm directly with a driver adapter: no native Prisma binaries needed.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const wasmFile = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");

// @types/node 20 declares WebAssembly only as a namespace of types
const { WebAssembly } = globalThis as unknown as { WebAssembly: any };

let engineClass: any;
// Instantiated by hand so that Node needs no --experimental-wasm-modules flag.
function loadEngineClass() {
  if (engineClass) return engineClass;
  const mod = new WebAssembly.Module(fs.readFileSync(wasmFile));
  const instance = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as any).__wbindgen_start?.();
  return (engineClass = glue.SchemaEngine);
}

export const filters = { externalTables: [], externalEnums: [] };

export function listMigrations(baseDir: string) {
  baseDir = path.resolve(baseDir);
  const lockPath = "migration_lock.toml";
  const lock = fs.existsSync(path.join(baseDir, lockPath)) ? fs.readFileSync(path.join(baseDir, lockPath), "utf8") : null;
  const dirs = fs.existsSync(baseDir)
    ? fs.readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir,
    lockfile: { path: lockPath, content: lock },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: fs.readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") } },
    })),
  };
}

export function schemaFiles(file: string) {
  return { files: [{ path: path.resolve(file), content: fs.readFileSync(file, "utf8") }] };
}

export async function openEngine(adapterFactory: any, schemaFile: string) {
  const SchemaEngine = loadEngineClass();
  // unbound, the engine calls `connect` with `this === null`
  const bound = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  const datamodels = [[path.resolve(schemaFile), fs.readFileSync(schemaFile, "utf8")]];
  return SchemaEngine.new({ datamodels }, (msg: string) => { if (process.env.SE_DEBUG) console.error("[schema-engine]", msg); }, bound);
}
