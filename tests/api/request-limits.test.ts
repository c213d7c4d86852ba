// Rate limits and the request timeout, over real HTTP (createApp's handler on a real http.Server, PostgreSQL).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { getIntrospectionQuery } from "graphql";
import { createApp, type App } from "../../server/src/app.ts";
import { loadConfig } from "../../server/src/config.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createStaff, sessionToken, TEST_PASSWORD } from "../support/factories.ts";

const ME = `{ me { username } }`;

let database: TestDatabase;
let app: App;
let server: http.Server;
let url: string;

beforeAll(async () => {
  database = await createPostgresDatabase();
  const config = loadConfig({ DATABASE_URL: database.url, RATE_LIMIT_PER_ADDRESS: "8", RATE_LIMIT_PER_ACCOUNT: "4", REQUEST_TIMEOUT_MS: "3000" });
  app = await createApp({ db: database.db, config });
  server = http.createServer((req, res) => void app.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await app?.stop();
  await database?.drop();
});

/** POSTs `query` as if from `address` (the test is a trusted proxy on loopback, as the portal is). */
async function post(query: string, { address, token, variables }: { address: string; token?: string; variables?: Record<string, unknown> }) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
}

describe("rate limits", () => {
  it("should answer 429 with Retry-After and a Spanish RATE_LIMITED error once an account has spent its minute, and only that account", async () => {
    const [busy, other] = [await createStaff(database.db, ["FRONT_DESK"]), await createStaff(database.db, ["FRONT_DESK"])];
    const [busyToken, otherToken] = [await sessionToken(database.db, busy.id), await sessionToken(database.db, other.id)];
    for (let i = 0; i < 4; i++) expect((await post(ME, { address: `192.0.2.${i + 1}`, token: busyToken })).status).toBe(200);

    const refused = await post(ME, { address: "192.0.2.50", token: busyToken });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors).toEqual([{ message: expect.stringMatching(/^Demasiadas solicitudes de esta cuenta; intente de nuevo en \d+ s$/), extensions: { code: "RATE_LIMITED" } }]);
    expect((await post(ME, { address: "192.0.2.50", token: otherToken })).body.data.me.username).toBe(other.username);
  });

  it("should answer 429 to a client address that has spent its minute, before reading its request, and only that address", async () => {
    for (let i = 0; i < 8; i++) expect((await post(ME, { address: "203.0.113.10" })).status).toBe(200);
    const refused = await post("{ this is not even GraphQL", { address: "203.0.113.10" });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions.code).toBe("RATE_LIMITED");
    expect((await post(ME, { address: "203.0.113.11" })).status).toBe(200);
  });
});

describe("request timeout", () => {
  it("should answer REQUEST_TIMEOUT to a request that runs too long, and keep serving others meanwhile", async () => {
    const staff = await createStaff(database.db, ["CASHIER"]);
    const reader = await createStaff(database.db, ["HEAD"]);
    const readerToken = await sessionToken(database.db, reader.id);
    // another connection holds the staff row: the login's update of lastLoginAt waits for it
    const blocker = new pg.Client(database.url);
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query(`SELECT id FROM "Staff" WHERE id = $1 FOR UPDATE`, [staff.id]);
      const slow = post(`mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`, { address: "198.51.100.200", variables: { u: staff.username, p: TEST_PASSWORD } });
      const other = await post(ME, { address: "198.51.100.201", token: readerToken });
      expect(other.body.data.me.username).toBe(reader.username);

      const timedOut = await slow;
      expect(timedOut.status).toBe(503);
      expect(timedOut.body.errors).toEqual([{ message: expect.stringMatching(/La solicitud tardó demasiado/), extensions: { code: "REQUEST_TIMEOUT" } }]);
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
    // the work itself was not undone: once the row is free the login completes (the client must check before retrying)
    await expect.poll(() => database.db.auditEntry.count({ where: { action: "session.login", entityId: String(staff.id) } }), { timeout: 10_000 }).toBe(1);
  });
});

describe("production", () => {
  let production: App;
  beforeAll(async () => {
    production = await createApp({ db: database.db, config: loadConfig({ DATABASE_URL: database.url, NODE_ENV: "production" }) });
  });
  afterAll(async () => production?.stop());

  const errorsOf = async (running: App, query: string) => {
    const response = await running.execute(query);
    return (response.body as { singleResult: { errors?: { message: string; extensions?: { code?: string } }[] } }).singleResult.errors ?? [];
  };

  it("should refuse introspection in production and allow the full standard introspection query elsewhere", async () => {
    const refused = await errorsOf(production, getIntrospectionQuery());
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED")).toBe(true);
    expect(await errorsOf(app, getIntrospectionQuery())).toEqual([]);
  });

  it("should not suggest field names in production", async () => {
    const [hidden] = await errorsOf(production, `{ serviceConection { id } }`);
    expect(hidden.message).toBe(`Cannot query field "serviceConection" on type "Query".`);
    const [suggested] = await errorsOf(app, `{ serviceConection { id } }`);
    expect(suggested.message).toMatch(/Did you mean "serviceConnection"/);
  });
});
