// Builds the API from its dependencies; no side effects on import. main.ts listens, tests call it in-process.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Db } from "./db/client.ts";
import type { Config } from "./config.ts";
import type { Context } from "./context.ts";
import { systemClock, type Clock } from "./shared/clock.ts";
import { authenticate, bearerToken } from "./auth/authenticate.ts";
import { buildApiSchema } from "./graphql/schema.ts";
import { formatError } from "./graphql/format-error.ts";
import { queryLimits } from "./graphql/query-limits.ts";
import { variableErrorLimitPlugin } from "./graphql/input-guard.ts";
import { createLoaders } from "./graphql/loaders.ts";
import type { Actor } from "./auth/actor.ts";
import { RateLimiter } from "./http/rate-limiter.ts";
import { addressKey, clientAddress, trustedProxies } from "./http/client-address.ts";
import { sendError } from "./http/responses.ts";
import { documentHash, loadTrustedDocuments, resolveDocument, type TrustedDocuments } from "./http/trusted-documents.ts";
import { handleOpen311, open311Format, OPEN311_PREFIX, sendOpen311Error, type Open311Door } from "./http/open311.ts";
import { REGISTER_UPLOAD_PATH, uploadRegisterFile } from "./modules/register-import/import.upload.ts";

export interface AppDeps {
  db: Db;
  config: Config;
  clock?: Clock;
  /** the trusted documents by hash (default: the committed manifests) */
  trustedDocuments?: TrustedDocuments;
}

const MAX_BODY_BYTES = 1_000_000;
/** the client address of operations run in-process (tests, scripts) */
const IN_PROCESS_ADDRESS = "127.0.0.1";

export async function createApp({ db, config, clock = systemClock, trustedDocuments = loadTrustedDocuments() }: AppDeps) {
  const limits = queryLimits();
  // no HTTP caching of answers that depend on who asks: Apollo's cache-control plugin would only add a hook to every field
  limits.plugins.push(ApolloServerPluginCacheControlDisabled());
  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    formatError,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // production: no schema introspection, and no "Did you mean …?" in validation errors
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    plugins: [...limits.plugins, variableErrorLimitPlugin<Context>(), ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  await apollo.start();
  const trusted = trustedProxies(config.trustedProxies);
  const perAddress = new RateLimiter(config.rateLimits.perAddress);
  const perAccount = new RateLimiter(config.rateLimits.perAccount);

  /** The context of one request, for the caller its token (Bearer header or session cookie) belongs to. */
  function contextFor(actor: Actor | null, token: string | null, correlationId: string | null, address: string, setCookie: (c: string) => void): Context {
    // the audit key of every change in this request: made here, never taken from the caller
    const requestId = randomUUID();
    return { db, actor, token: actor ? token : null, requestId, correlationId, clientAddress: address, clock, config, loaders: createLoaders(db, actor), setCookie };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    const open311 = url.pathname.startsWith(OPEN311_PREFIX);
    const upload = url.pathname === REGISTER_UPLOAD_PATH;
    if (url.pathname !== "/graphql" && !open311 && !upload) return void res.writeHead(404, { "content-type": "text/plain" }).end("Not found: the API is at /graphql (and the Open311 door at /open311/v2/)");
    // the same limits on every door; each answers them in its own error shape
    const reject = open311
      ? (status: number, _code: string, message: string, headers?: Record<string, string>) => sendOpen311Error(res, open311Format(url.pathname), status, message, headers)
      : (status: number, code: string, message: string, headers?: Record<string, string>) => sendError(res, status, code, message, headers);

    const address = clientAddress(req, trusted);
    let wait = perAddress.take(addressKey(address), Date.now());
    if (wait) return reject(429, "RATE_LIMITED", `Demasiadas solicitudes desde esta dirección; intente de nuevo en ${wait} s`, { "retry-after": String(wait) });
    // an upload takes as long as the file takes to arrive (it is bounded by size instead)
    const timer = upload ? undefined : setTimeout(() => reject(503, "REQUEST_TIMEOUT", "La solicitud tardó demasiado y se canceló su respuesta; intente de nuevo", { "retry-after": "5" }), config.requestTimeoutMs);
    try {
      if (open311) return await handleOpen311(req, res, url, open311Door(address));
      const token = bearerToken(req.headers.authorization, req.headers.cookie);
      const actor = await authenticate(db, token, clock.now());
      wait = actor ? perAccount.take(`${actor.kind}:${actor.id}`, Date.now()) : 0;
      if (wait) return sendError(res, 429, "RATE_LIMITED", `Demasiadas solicitudes de esta cuenta; intente de nuevo en ${wait} s`, { "retry-after": String(wait) });
      if (upload) return await uploadRegisterFile(req, res, contextFor(actor, token, validCorrelationId(req.headers["x-request-id"]), address, () => {}));
      await respond(req, res, url, actor, token, address);
    } finally {
      clearTimeout(timer);
    }
  }

  /** What the Open311 door needs of the app: its keys, the per-account limit, a service scope, the body bound. */
  function open311Door(address: string): Open311Door {
    return {
      async authenticate(apiKey) {
        const actor = await authenticate(db, apiKey, clock.now());
        return { actor, wait: actor ? perAccount.take(`${actor.kind}:${actor.id}`, Date.now()) : 0 };
      },
      scopeFor: (actor) => ({ ...contextFor(actor, null, null, address, () => {}), actor }),
      readBody: readBodyText,
    };
  }

  async function respond(req: IncomingMessage, res: ServerResponse, url: URL, actor: Actor | null, token: string | null, address: string): Promise<void> {
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (error) {
      return sendError(res, 400, "BAD_REQUEST", (error as Error).message);
    }
    const getQuery = url.searchParams.get("query");
    if (config.trustedDocumentsOnly && actor?.kind !== "partner" && getQuery !== null && !trustedDocuments.has(documentHash(getQuery))) {
      return sendError(res, 400, "TRUSTED_DOCUMENT_REQUIRED", "Solo se aceptan las operaciones del portal (documentos de confianza) para esta sesión");
    }
    const resolved = resolveDocument(body, actor, trustedDocuments, config.trustedDocumentsOnly);
    if ("refusal" in resolved) return sendError(res, resolved.refusal.status, resolved.refusal.code, resolved.refusal.message);
    body = resolved.body;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    const correlationId = validCorrelationId(req.headers["x-request-id"]);
    const cookies: string[] = [];
    let requestId = "";

    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: async () => {
        const context = contextFor(actor, token, correlationId, address, (c) => cookies.push(c));
        requestId = context.requestId;
        return context;
      },
    });
    if (res.headersSent) return; // answered already: the request ran past its time
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    if (requestId) res.setHeader("x-request-id", requestId);
    if (correlationId) res.setHeader("x-correlation-id", correlationId);
    if (cookies.length) res.setHeader("set-cookie", cookies);
    if (response.body.kind === "complete") return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    handle,
    apollo,
    /** Runs an operation in-process as `token`'s caller (tests). */
    async execute(query: string, variables: Record<string, unknown> = {}, token: string | null = null, address = IN_PROCESS_ADDRESS) {
      const actor = await authenticate(db, token, clock.now());
      const contextValue = contextFor(actor, token, null, address, () => {});
      return apollo.executeOperation({ query, variables }, { contextValue });
    },
    stop: () => apollo.stop(),
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;

/** A caller's own request id, kept for correlation when it is a plain token. */
function validCorrelationId(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[A-Za-z0-9._-]{1,100}$/.test(value) ? value : null;
}

/** A POST's body as text, refused past MAX_BODY_BYTES (both doors). */
async function readBodyText(req: IncomingMessage): Promise<string> {
  if (req.method !== "POST") return "";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("La solicitud es demasiado grande");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBodyText(req);
  if (!text) return undefined;
  if (!String(req.headers["content-type"] ?? "").includes("json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error("El cuerpo no es JSON válido");
  }
}
