// Where the CPU went during a run (Linux /proc): the API process, its PostgreSQL backends, the load generator, the rest.
// CPU time per request does not depend on how busy the machine is, unlike req/s: it is the figure to compare.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

const TICKS_PER_SECOND = (() => {
  try { return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100; } catch { return 100; }
})();

/** user + system CPU seconds of a process (all its threads), or 0 when it is gone. */
function processSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime (fields 14 and 15)
  } catch {
    return 0;
  }
}

/** busy and total CPU seconds of the whole machine */
function machineSeconds(): { busy: number; total: number } {
  try {
    const [, ...values] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
    const n = values.map(Number);
    const idle = n[3] + (n[4] ?? 0); // idle + iowait
    const total = n.slice(0, 8).reduce((s, v) => s + v, 0); // without guest time (already in user)
    return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
  } catch {
    return { busy: 0, total: 0 };
  }
}

async function backendPids(adminUrl: string, database: string): Promise<number[]> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    const { rows } = await client.query("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [database]);
    return rows.map((r) => r.pid as number);
  } finally {
    await client.end();
  }
}

export interface CpuUse {
  /** CPU seconds over the run */
  server: number;
  postgres: number;
  loadGenerator: number;
  /** everything else on the machine (other processes, the kernel) */
  other: number;
  wallSeconds: number;
  cores: number;
}

/** Starts measuring; call the returned function when the run is over. */
export async function measureCpu(serverPid: number, adminUrl: string, database: string): Promise<() => Promise<CpuUse>> {
  const pids = await backendPids(adminUrl, database);
  const before = {
    server: processSeconds(serverPid),
    backends: new Map(pids.map((p) => [p, processSeconds(p)])),
    self: process.cpuUsage(),
    machine: machineSeconds(),
    wall: performance.now(),
  };
  return async () => {
    const wallSeconds = (performance.now() - before.wall) / 1000;
    const server = processSeconds(serverPid) - before.server;
    const self = process.cpuUsage(before.self);
    const loadGenerator = (self.user + self.system) / 1e6;
    // backends opened during the run count from zero; the query itself is negligible
    const after = await backendPids(adminUrl, database);
    let postgres = 0;
    for (const pid of new Set([...before.backends.keys(), ...after])) postgres += Math.max(0, processSeconds(pid) - (before.backends.get(pid) ?? 0));
    const machine = machineSeconds();
    const busy = machine.busy - before.machine.busy;
    const cores = (machine.total - before.machine.total) / wallSeconds;
    return { server, postgres, loadGenerator, other: Math.max(0, busy - server - postgres - loadGenerator), wallSeconds, cores: Math.round(cores) };
  };
}
