// API_WORKERS=2 on PostgreSQL: two API processes share the port; what one forgets (a logout), the other forgets at once.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createStaff, sessionToken } from "../support/factories.ts";
import { startServer, type RunningServer } from "../support/server-process.ts";

// a new connection per request, so that the cluster hands requests to both processes in turn
function postOnNewConnection(url: string, query: string, token: string): Promise<{ data?: any; errors?: any[] }> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, connection: "close", "content-length": Buffer.byteLength(body) },
    }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve(JSON.parse(text)));
    });
    request.on("error", reject);
    request.end(body);
  });
}

describe("API in two processes (API_WORKERS=2)", () => {
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    database = await createPostgresDatabase();
    server = await startServer({ DATABASE_URL: database.url!, API_WORKERS: "2", WEB_PORT: "0", SEED_DEMO: "false" }, 120_000, { fresh: true });
  }, 150_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("should start two API processes on one port", () => {
    expect(server.output().match(/\[ventanilla api \d+\] API GraphQL/g)).toHaveLength(2);
  });

  it("should refuse a logged-out session in every process at once, although each had it cached", async () => {
    const staff = await createStaff(database.db, ["FRONT_DESK"]);
    const token = await sessionToken(database.db, staff.id);
    for (let i = 0; i < 10; i++) {
      expect((await postOnNewConnection(server.apiUrl, "{ me { username } }", token)).data?.me?.username).toBe(staff.username);
    }
    expect((await postOnNewConnection(server.apiUrl, "mutation { logout }", token)).data?.logout).toBe(true);
    const after = await Promise.all(Array.from({ length: 10 }, () => postOnNewConnection(server.apiUrl, "{ me { username } }", token)));
    expect(after.map((r) => r.data?.me?.username ?? null)).toEqual(Array(10).fill(null));
  });
});
