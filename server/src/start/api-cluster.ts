// API_WORKERS > 1 (PostgreSQL only): the first process keeps the portal and forks that many API processes sharing the
// API port (node:cluster hands each new connection to one of them), restarts one that dies, and relays what their
// in-memory caches must forget, so a logout or a deactivation in one process takes effect at once in all.
import cluster, { type Worker } from "node:cluster";
import { sharePeerInvalidations } from "../auth/session-cache.ts";

interface ForgetStaffSessions {
  kind: "forget-staff-sessions";
  staffId: number;
}
const API_READY = { kind: "api-ready" } as const;
const isForgetMessage = (message: unknown): message is ForgetStaffSessions =>
  typeof message === "object" && message !== null && (message as ForgetStaffSessions).kind === "forget-staff-sessions";

export function forkApiWorkers(count: number, log: (message: string) => void): { ready: Promise<void>; stop(): Promise<void> } {
  let stopping = false;
  let ready = 0;
  let markReady!: () => void;
  const allReady = new Promise<void>((resolve) => (markReady = resolve));
  const workers = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));

  cluster.on("message", (from, message) => {
    if (message?.kind === API_READY.kind && ++ready === count) markReady();
    if (!isForgetMessage(message)) return;
    for (const worker of workers()) if (worker !== from) worker.send(message);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    log(`El proceso de la API ${worker.process.pid} terminó (${signal ?? code}); se inicia otro`);
    setTimeout(() => cluster.fork(), 1_000);
  });
  for (let i = 0; i < count; i++) cluster.fork();

  return {
    ready: allReady,
    async stop() {
      stopping = true;
      await Promise.all(workers().map((worker) => new Promise<void>((resolve) => {
        worker.once("exit", () => resolve());
        worker.process.kill("SIGTERM");
      })));
    },
  };
}

/** In an API process of the cluster, once it answers requests. */
export const announceApiReady = () => process.send?.(API_READY);

/** In an API process of the cluster: its session cache tells the others through the first process, and hears them. */
export function joinApiWorkers(): void {
  sharePeerInvalidations(
    (staffId) => process.send?.({ kind: "forget-staff-sessions", staffId } satisfies ForgetStaffSessions),
    (forget) => process.on("message", (message) => { if (isForgetMessage(message)) forget(message.staffId); }),
  );
}
