// Each attack of issue 5 against the real server (child process, demo data): refused before it runs, while another
// user is still served, and the server's memory stays bounded.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlOverHttp, startServer, type RunningServer } from "../support/server-process.ts";
import { ATTACKS } from "../support/attacks.ts";

let server: RunningServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer({ WEB_PORT: "0" });
  for (const username of ["front_desk", "head"]) {
    const { body } = await graphqlOverHttp(server.apiUrl, `mutation { login(input: { username: "${username}", password: "demo1234" }) { token } }`);
    tokens[username] = body.data.login.token;
  }
});
afterAll(async () => server?.stop());

const rssMb = () => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${server.pid}/status`, "utf8"))![1]) / 1024;
/** how the API refuses an operation before running it: at parsing, at validation, or at the cost estimate */
const REFUSALS = ["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "QUERY_TOO_EXPENSIVE"];

describe("attacks", () => {
  it.each(ATTACKS)("should refuse $name before running it, while { me } of another user is answered", async (attack) => {
    const [refused, me] = await Promise.all([
      graphqlOverHttp(server.apiUrl, attack.query, attack.variables, attack.as === "anonymous" ? undefined : tokens[attack.as]),
      graphqlOverHttp(server.apiUrl, `{ me { username } }`, {}, tokens.head),
    ]);
    expect(refused.status).toBe(400);
    // no `data` at all: execution never started, so no resolver and no SQL ran
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toHaveLength(1);
    expect(REFUSALS).toContain(refused.body.errors![0].extensions.code);
    expect(me.body).toEqual({ data: { me: { username: "head" } } });
  });

  it("should keep the server's memory bounded while the attacks are repeated", async () => {
    const before = rssMb();
    for (let round = 0; round < 3; round++) {
      for (const attack of ATTACKS) {
        // a random comment defeats Apollo's document cache: every round is parsed and validated again
        const query = `# ${Math.random()}\n${attack.query}`;
        const { status } = await graphqlOverHttp(server.apiUrl, query, attack.variables, attack.as === "anonymous" ? undefined : tokens[attack.as]);
        expect(status).toBe(400);
      }
    }
    const after = rssMb();
    console.log(`API RSS before the attacks ${before.toFixed(0)} MB, after ${after.toFixed(0)} MB`);
    expect(after - before).toBeLessThan(150);
  });
});
