// Trusted documents (issue 11), over real HTTP: with the rule on (production), staff sessions — and so a stolen
// session cookie — and anonymous callers run only the documents of the portal's and the typed client's manifests
// (by hash, or their exact text); API-key partners may send any document, within the operation limits.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/src/app.ts";
import { loadConfig } from "../../server/src/config.ts";
import { documentHash, loadTrustedDocuments, MANIFEST_FILES } from "../../server/src/http/trusted-documents.ts";
import { createSdk, VentanillaClient } from "../../clients/typescript/src/index.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createApiClientKey, createStaff, sessionToken } from "../support/factories.ts";
import { ATTACKS } from "../support/attacks.ts";

let database: TestDatabase;
const servers: { app: App; server: http.Server; url: string }[] = [];
let enforcing: string;
let lenient: string;
let staffToken: string;
let auditorToken: string;
let partnerKey: string;

const portalManifest = JSON.parse(fs.readFileSync(MANIFEST_FILES[0]!, "utf8")) as Record<string, string>;
const idOfPortal = (operationName: string) => Object.entries(portalManifest).find(([, text]) => new RegExp(`^(fragment .*)?(query|mutation) ${operationName}\\b`).test(text))![0];

async function listen(env: Record<string, string>) {
  const app = await createApp({ db: database.db, config: loadConfig({ DATABASE_URL: database.url, ...env }) });
  const server = http.createServer((req, res) => void app.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  servers.push({ app, server, url });
  return url;
}

beforeAll(async () => {
  database = await createPostgresDatabase();
  enforcing = await listen({ NODE_ENV: "production" });
  lenient = await listen({ TRUSTED_DOCUMENTS: "off" });
  staffToken = await sessionToken(database.db, (await createStaff(database.db, ["FRONT_DESK"])).id);
  auditorToken = await sessionToken(database.db, (await createStaff(database.db, ["AUDITOR"])).id);
  partnerKey = await createApiClientKey(database.db, ["connections:read"]);
});
afterAll(async () => {
  for (const { app, server } of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
  }
  await database?.drop();
});

async function post(url: string, body: Record<string, unknown>, auth: { token?: string; cookie?: string } = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}
const codes = (r: Awaited<ReturnType<typeof post>>) => (r.body.errors ?? []).map((e) => e.extensions?.code);

describe("trusted documents in production", () => {
  it("should run a portal document named by its hash for a staff session", async () => {
    const me = await post(enforcing, { documentId: idOfPortal("Me") }, { token: staffToken });
    expect(me.status).toBe(200);
    expect(me.body.data.me.roles).toEqual(["FRONT_DESK"]);
  });

  it("should refuse any other document from a staff session, by header or by cookie, before running it", async () => {
    const arbitrary = await post(enforcing, { query: "{ me { username roles } }" }, { token: staffToken });
    expect(arbitrary.status).toBe(400);
    expect(codes(arbitrary)).toEqual(["TRUSTED_DOCUMENT_REQUIRED"]);
    expect(arbitrary.body.data).toBeUndefined();

    const before = await database.db.auditEntry.count();
    const stolen = await post(
      enforcing,
      { query: `mutation { fileComplaint(input: { kind: COMPLAINT, category: BILLING, channel: IN_PERSON, description: "x" }) { userErrors { code } } }` },
      { cookie: `ventanilla_session=${staffToken}` },
    );
    expect(codes(stolen)).toEqual(["TRUSTED_DOCUMENT_REQUIRED"]);
    expect(await database.db.auditEntry.count()).toBe(before);

    const viaGet = await fetch(`${enforcing}?query=${encodeURIComponent("{ me { username } }")}`, { headers: { authorization: `Bearer ${staffToken}`, "apollo-require-preflight": "1" } });
    expect(viaGet.status).toBe(400);
  });

  it("should accept the exact text of a manifest document, and refuse an unknown hash", async () => {
    const text = portalManifest[idOfPortal("Me")]!;
    expect((await post(enforcing, { query: text }, { token: staffToken })).body.data.me.roles).toEqual(["FRONT_DESK"]);
    const unknown = await post(enforcing, { documentId: `sha256:${documentHash("{ me { username } }")}` }, { token: staffToken });
    expect(codes(unknown)).toEqual(["PERSISTED_DOCUMENT_NOT_FOUND"]);
  });

  it("should hold anonymous callers to the manifest too (the login form's document passes)", async () => {
    expect(codes(await post(enforcing, { query: "{ __typename }" }))).toEqual(["TRUSTED_DOCUMENT_REQUIRED"]);
    const login = await post(enforcing, { documentId: idOfPortal("Login"), variables: { input: { username: "nadie", password: "x" } } });
    expect(login.status).toBe(200);
    expect(codes(login)).not.toContain("TRUSTED_DOCUMENT_REQUIRED");
  });

  it("should let an API-key partner send its own document, still within the operation limits", async () => {
    const own = await post(enforcing, { query: `{ serviceConnection(controlNumber: "000000") { id } }` }, { token: partnerKey });
    expect(own.status).toBe(200);
    expect(own.body).toEqual({ data: { serviceConnection: null } });
    const attack = ATTACKS.find((a) => a.name.startsWith("500 aliases"))!;
    const refused = await post(enforcing, { query: attack.query }, { token: partnerKey });
    expect(refused.status).toBe(400);
    expect(codes(refused)[0]).toMatch(/GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|QUERY_TOO_EXPENSIVE/);
  });

  it("should let the auditors' tools use the typed client's operations with a staff session", async () => {
    const sdk = createSdk(new VentanillaClient({ url: enforcing, token: auditorToken }));
    expect((await sdk.auditEntries({ first: 1 })).auditEntries.nodes.length).toBeLessThanOrEqual(1);
  });

  it("should know every document of the portal: none is refused as untrusted or invalid", async () => {
    const refusals: string[] = [];
    for (const id of Object.keys(portalManifest)) {
      const result = await post(enforcing, { documentId: id, variables: {} }, { token: auditorToken });
      const bad = codes(result).filter((c) => c === "TRUSTED_DOCUMENT_REQUIRED" || c === "PERSISTED_DOCUMENT_NOT_FOUND" || c === "GRAPHQL_VALIDATION_FAILED");
      if (bad.length) refusals.push(`${portalManifest[id]!.slice(0, 60)}: ${bad.join(",")}`);
    }
    expect(Object.keys(portalManifest).length).toBeGreaterThan(20);
    expect(refusals).toEqual([]);
  });
});

describe("trusted documents off (development)", () => {
  it("should run any document from a staff session, and documents by hash too", async () => {
    expect((await post(lenient, { query: "{ me { username } }" }, { token: staffToken })).status).toBe(200);
    expect((await post(lenient, { documentId: idOfPortal("Me") }, { token: staffToken })).body.data.me.roles).toEqual(["FRONT_DESK"]);
  });
});

describe("manifests", () => {
  it("should refuse at start a manifest whose document does not have its hash", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const file = path.join(dir, "persisted-documents.json");
    fs.writeFileSync(file, JSON.stringify({ [`sha256:${documentHash("query A { me { username } }")}`]: "query A { me { username roles } }" }));
    expect(() => loadTrustedDocuments([file])).toThrow(/does not have that hash/);
    fs.rmSync(dir, { recursive: true });
  });

  it("should load both manifests, the portal's and the typed client's", () => {
    const documents = loadTrustedDocuments();
    expect([...documents.values()].some((text) => text.startsWith("query AuditEntries"))).toBe(true);
    expect(documents.size).toBeGreaterThan(Object.keys(portalManifest).length);
  });
});
