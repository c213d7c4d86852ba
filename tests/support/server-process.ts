// Starts the real server (`server/src/main.ts`) as a child process on free ports and a fresh embedded database.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { copyOfDemoDataDir } from "./demo-data-dir.ts";

export interface RunningServer {
  apiUrl: string;
  portalUrl: string;
  dataDir: string;
  /** the server's process id (to read its memory) */
  pid: number;
  output: () => string;
  /** seconds from spawn to the "Listo" line */
  startupSeconds: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Starts the server on a copy of the run's seeded demo database, or with `fresh` on an empty folder (it then migrates
 * and seeds as `npm start` does on a new machine).
 */
export async function startServer(env: Record<string, string> = {}, timeoutMs = 540_000, { fresh = false } = {}): Promise<RunningServer> {
  const dataDir = fresh ? fs.mkdtempSync(path.join(os.tmpdir(), "ventanilla-data-")) : await copyOfDemoDataDir(os.tmpdir());
  const [port, webPort] = [await freePort(), await freePort()];
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: "", NODE_ENV: "development", DATA_DIR: dataDir, PORT: String(port), WEB_PORT: String(webPort), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      if (/Listo en/.test(output)) { clearTimeout(timer); resolve(); }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${output}`)); });
  });

  return {
    apiUrl: `http://127.0.0.1:${port}/graphql`,
    portalUrl: `http://127.0.0.1:${webPort}`,
    dataDir,
    pid: child.pid!,
    output: () => output,
    startupSeconds: (Date.now() - started) / 1000,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** POSTs a GraphQL operation over real HTTP. */
export async function graphqlOverHttp(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: any[] } };
}
