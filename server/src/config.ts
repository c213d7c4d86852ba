// Every environment variable Ventanilla reads, parsed once.
import path from "node:path";

export interface Config {
  port: number;
  webPort: number;
  /** API processes; more than one needs PostgreSQL (the embedded database belongs to one process) */
  apiWorkers: number;
  /** postgresql://… to use PostgreSQL; undefined for the embedded PGlite database */
  databaseUrl?: string;
  /** folder of the embedded database */
  dataDir: string;
  production: boolean;
  sessionHours: number;
  /** seed demo data (demo accounts included) into an empty embedded database on start */
  seedDemo: boolean;
  /** requests per minute to /graphql per client address and per account (0 = no limit), per API process */
  rateLimits: { perAddress: number; perAccount: number };
  /** a request still running after this long is answered with REQUEST_TIMEOUT */
  requestTimeoutMs: number;
  /** addresses or CIDR blocks whose X-Forwarded-For is believed (the portal, a reverse proxy) */
  trustedProxies: string[];
  /** callers other than API-key partners may run only the trusted documents (the portal's and the typed client's) */
  trustedDocumentsOnly: boolean;
  /** how often each API process looks for webhook deliveries due (0 = no webhook worker in this process) */
  webhookPollMs: number;
  /** where files uploaded for the register import are kept (their background run reads them; an apply reuses them) */
  importDir: string;
  /** the largest register file accepted for upload, in bytes (IMPORT_MAX_MB) */
  importMaxBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error("DATABASE_URL debe ser postgresql://…");
  const apiWorkers = Math.max(1, intVar(env, "API_WORKERS", 1));
  if (apiWorkers > 1 && !databaseUrl) throw new Error("API_WORKERS mayor que 1 necesita DATABASE_URL: la base integrada solo admite un proceso");
  return {
    port: intVar(env, "PORT", 4000),
    apiWorkers,
    webPort: intVar(env, "WEB_PORT", 3000),
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || ".data"),
    production: env.NODE_ENV === "production",
    sessionHours: intVar(env, "SESSION_HOURS", 12),
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === "true" : !databaseUrl && env.NODE_ENV !== "production",
    rateLimits: { perAddress: intVar(env, "RATE_LIMIT_PER_ADDRESS", 600), perAccount: intVar(env, "RATE_LIMIT_PER_ACCOUNT", 300) },
    requestTimeoutMs: intVar(env, "REQUEST_TIMEOUT_MS", 15_000),
    webhookPollMs: intVar(env, "WEBHOOK_POLL_MS", 5_000),
    importDir: path.resolve(env.IMPORT_DIR || path.join(env.DATA_DIR || ".data", "importaciones")),
    importMaxBytes: intVar(env, "IMPORT_MAX_MB", 64) * 1024 * 1024,
    trustedProxies: (env.TRUSTED_PROXIES ?? "127.0.0.0/8,::1").split(",").map((s) => s.trim()).filter(Boolean),
    trustedDocumentsOnly: env.TRUSTED_DOCUMENTS ? env.TRUSTED_DOCUMENTS === "on" : env.NODE_ENV === "production",
  };
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} debe ser un número entero`);
  return value;
}
