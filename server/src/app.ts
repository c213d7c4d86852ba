// Builds the API from its dependencies; no side effects on import. main.ts listens, tests call it in-process.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Db } from "./db/client.ts";
import type { Config } from "./config.ts";
import type { Context } from "./context.ts";
import { systemClock, type Clock } from "./shared/clock.ts";
import { authenticate, bearerToken } from "./auth/authenticate.ts";
import { buildApiSchema } from "./graphql/schema.ts";
import { formatError } from "./graphql/format-error.ts";
import { depthLimit } from "./graphql/depth-limit.ts";
import { createLoaders } from "./graphql/loaders.ts";
import { LoginThrottle } from "./auth/login-throttle.ts";

export interface AppDeps {
  db: Db;
  config: Config;
  clock?: Clock;
}

const MAX_BODY_BYTES = 1_000_000;
const MAX_QUERY_DEPTH = 10;

export async function createApp({ db, config, clock = systemClock }: AppDeps) {
  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    formatError,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    includeStacktraceInErrorResponses: false,
    plugins: config.production ? [ApolloServerPluginLandingPageDisabled()] : [],
  });
  await apollo.start();
  const loginThrottle = new LoginThrottle();

  /** The context of one request, from its token (Bearer header or session cookie). */
  async function contextFor(token: string | null, requestId: string, setCookie: (c: string) => void): Promise<Context> {
    const actor = await authenticate(db, token, clock.now());
    return { db, actor, token: actor ? token : null, requestId, clock, config, loginThrottle, loaders: createLoaders(db, actor), setCookie };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    if (url.pathname !== "/graphql") return void res.writeHead(404, { "content-type": "text/plain" }).end("Not found: the API is at /graphql");

    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (error) {
      return void res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code: "BAD_REQUEST" } }] }));
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    const requestId = validRequestId(req.headers["x-request-id"]) ?? randomUUID();
    const cookies: string[] = [];

    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: () => contextFor(bearerToken(req.headers.authorization, req.headers.cookie), requestId, (c) => cookies.push(c)),
    });
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.setHeader("x-request-id", requestId);
    if (cookies.length) res.setHeader("set-cookie", cookies);
    if (response.body.kind === "complete") return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    handle,
    apollo,
    /** Runs an operation in-process as `token`'s caller (tests). */
    async execute(query: string, variables: Record<string, unknown> = {}, token: string | null = null) {
      const contextValue = await contextFor(token, randomUUID(), () => {});
      return apollo.executeOperation({ query, variables }, { contextValue });
    },
    stop: () => apollo.stop(),
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;

function validRequestId(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[A-Za-z0-9._-]{1,100}$/.test(value) ? value : null;
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (req.method !== "POST") return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("La solicitud es demasiado grande");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  if (!String(req.headers["content-type"] ?? "").includes("json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error("El cuerpo no es JSON válido");
  }
}
