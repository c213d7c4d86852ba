// One embedded database with the demo data per test run, made on first use and copied for each server a test starts:
// seeding 2,000 customers takes from 15 s to minutes on a busy machine, copying the folder a fraction of a second.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const POLL_MS = 250;

/** A fresh copy of the run's seeded demo database, in a new folder under `parent`. */
export async function copyOfDemoDataDir(parent: string): Promise<string> {
  const template = await seededTemplate();
  const copy = fs.mkdtempSync(path.join(parent, "ventanilla-data-"));
  fs.cpSync(template, copy, { recursive: true });
  return copy;
}

/** The seeded folder; the first caller of the run (any worker) seeds it, the others wait for it. */
async function seededTemplate(): Promise<string> {
  const base = inject("demoDataRoot");
  const data = path.join(base, "data");
  const ready = path.join(base, "ready");
  const failed = path.join(base, "failed");
  try {
    fs.mkdirSync(path.join(base, "lock")); // atomic: exactly one caller gets to seed
  } catch {
    while (!fs.existsSync(ready)) {
      if (fs.existsSync(failed)) throw new Error(`seeding the demo database failed:\n${fs.readFileSync(failed, "utf8")}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return data;
  }
  const output = await seed(data).catch((error: Error) => {
    fs.writeFileSync(failed, error.message);
    throw error;
  });
  fs.writeFileSync(ready, output);
  return data;
}

function seed(dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/src/db/seed-cli.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", NODE_ENV: "development", DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`seed-cli exited with ${code}:\n${output}`))));
  });
}
