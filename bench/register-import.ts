// npm run bench:register-import [-- <rows>]   (default 300,000)
// Generates a register file (bench/register-file.ts), imports it with `npm run import -- --aplicar` into a fresh
// PostgreSQL database (BENCH_POSTGRES_URL, default the machine's at 127.0.0.1:5432), and reports rows/s and the
// importer's peak memory (VmHWM, sampled from /proc). Results go to bench/RESULTS.md by hand.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { deployMigrations } from "../server/src/db/migrate.ts";
import { createPostgresClient } from "../server/src/db/client.ts";
import { seedCatalogs } from "../server/src/db/catalogs.ts";
import { writeRegisterFile } from "./register-file.ts";

const rows = Number(process.argv[2] ?? 300_000);
/** the node flags of `npm run import` in package.json */
const IMPORT_NODE_FLAGS = /node (.*?) --import tsx server\/src\/import-cli\.ts/.exec(JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.import)?.[1].split(" ") ?? [];
const server = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `ventanilla_bench_import_${process.pid}`;
const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
const admin = async (sql: string) => {
  const client = new pg.Client(server);
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
};

const file = path.join(os.tmpdir(), `padron-${rows}.csv`);
const t = Date.now();
await writeRegisterFile(file, rows, { seed: 42 });
console.log(`file: ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB, ${rows.toLocaleString("en")} rows) written in ${((Date.now() - t) / 1000).toFixed(1)} s`);

await admin(`CREATE DATABASE "${name}"`);
try {
  await deployMigrations({ url });
  const db = createPostgresClient(url);
  await seedCatalogs(db);
  await db.staff.create({ data: { username: "padron", fullName: "Padrón (bench)", passwordHash: "-", roles: ["REGISTRY"] } });
  await db.$disconnect();

  // the same command as `npm run import` (package.json: its node flags keep the heap small; see bench/RESULTS.md)
  const batch = process.env.BENCH_IMPORT_BATCH ? ["--lote", process.env.BENCH_IMPORT_BATCH] : [];
  const importOnce = async (label: string) => {
    const started = Date.now();
    const child = spawn(process.execPath, [...IMPORT_NODE_FLAGS, "--import", "tsx", "server/src/import-cli.ts", file, "--aplicar", "--usuario", "padron", ...batch], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"] });
    let peakKb = 0;
    const sampler = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch { /* exited */ }
    }, 250);
    let summary = "";
    child.stdout.on("data", (chunk) => (summary += chunk));
    const code = await new Promise((r) => child.once("close", r));
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    console.log(`\nexit ${code}; ${summary.trim()}`);
    console.log(`${label}: ${rows.toLocaleString("en")} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds).toLocaleString("en")} rows/s (process start, migrations check and the file's counting pass included); importer peak RSS ${(peakKb / 1024).toFixed(0)} MB (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`);
  };
  await importOnce("import into an empty register");
  // the same file again: every row is compared and nothing changes
  if (!process.env.BENCH_IMPORT_ONCE) await importOnce("the same file again (idempotent: all unchanged)");
} finally {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  fs.rmSync(file, { force: true });
}
