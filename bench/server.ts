// The API under test, in its own process (so that autocannon does not share its event loop), on a free loopback port.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../tests/support/server-process.ts";

export interface ApiProcess {
  url: string;
  pid: number;
  startupSeconds: number;
  output(): string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, "..");
/** the load comes from one address and one account: rate limits so high that they never refuse, still counted */
const UNLIMITED = { RATE_LIMIT_PER_ADDRESS: "1000000000", RATE_LIMIT_PER_ACCOUNT: "1000000000" };

export function startApi(databaseUrl: string): Promise<ApiProcess> {
  return startNodeServer("server/src/main.ts", { DATABASE_URL: databaseUrl, WEB_PORT: "0", SEED_DEMO: "false", NODE_ENV: "development", ...UNLIMITED }, /Listo en/);
}

/** bench/reference-server.ts: the bare stack (Apollo + type-graphql + Prisma) that STACK.md's figures describe. */
export function startReferenceServer(databaseUrl: string): Promise<ApiProcess> {
  return startNodeServer("bench/reference-server.ts", { DATABASE_URL: databaseUrl, NODE_ENV: "development" }, /reference server ready/);
}

/** bench/raw-server.ts: the same rows by hand-written SQL through pg on a bare node:http server (the raw ceiling). */
export function startRawServer(databaseUrl: string): Promise<ApiProcess> {
  return startNodeServer("bench/raw-server.ts", { DATABASE_URL: databaseUrl, NODE_ENV: "production" }, /raw server ready/);
}

async function startNodeServer(script: string, env: Record<string, string>, ready: RegExp, timeoutMs = 300_000): Promise<ApiProcess> {
  const port = await freePort();
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), ...(process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {}) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${script} did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
      child.stdout!.on("data", () => {
        if (ready.test(output)) { clearTimeout(timer); resolve(); }
      });
      child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`${script} exited with ${code}:\n${output}`)); });
    });
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    startupSeconds: (Date.now() - started) / 1000,
    output: () => output,
    stop,
  };
}
