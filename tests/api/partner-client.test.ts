// The partners' typed client and its runnable examples (clients/), against the real server over HTTP (demo data):
// what a partner copies must work as written. Retries are checked against a real local HTTP endpoint that drops
// connections: network failures are retried for queries (and idempotent mutations) only, answers never.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSdk, VentanillaClient, VentanillaError, VentanillaNetworkError } from "../../clients/typescript/src/index.ts";
import { graphqlOverHttp, startServer, type RunningServer } from "../support/server-process.ts";

const root = path.resolve(import.meta.dirname, "../..");
let server: RunningServer;
const keys: Record<string, string> = {};
let auditorToken: string;

async function login(username: string) {
  const { body } = await graphqlOverHttp(server.apiUrl, `mutation { login(input: { username: "${username}", password: "demo1234" }) { token } }`);
  return body.data.login.token as string;
}

beforeAll(async () => {
  server = await startServer({ WEB_PORT: "0" });
  const admin = await login("admin");
  auditorToken = await login("auditor");
  const partners = [
    ["sitio-web", ["connections:read"]],
    ["linea-073", ["complaints:write"]],
    ["facturacion", ["billing:write", "payments:write", "billing:read"]],
  ] as const;
  for (const [name, scopes] of partners) {
    const { body } = await graphqlOverHttp(server.apiUrl, `mutation($i: CreateApiClientInput!) { createApiClient(input: $i) { key userErrors { message } } }`, { i: { name, description: `Ejemplo ${name}`, scopes } }, admin);
    expect(body.data.createApiClient.userErrors).toEqual([]);
    keys[name] = body.data.createApiClient.key;
  }
});
afterAll(async () => server?.stop());

async function runExample(file: string, args: string[], key: string) {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join("clients/examples", file), ...args], {
    cwd: root,
    env: { ...process.env, VENTANILLA_URL: server.apiUrl, VENTANILLA_API_KEY: key },
    timeout: 120_000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!);
}

describe("examples", () => {
  it("should look a connection up by control number for the website, without personal data", async () => {
    const found = await runExample("lookup-connection.ts", ["100001"], keys["sitio-web"]);
    expect(found).toMatchObject({ found: true, controlNumber: "100001", status: expect.any(String), locality: expect.any(String) });
    expect(JSON.stringify(found)).not.toMatch(/Pérez|Núñez/);
    expect(await runExample("lookup-connection.ts", ["999999"], keys["sitio-web"])).toEqual({ found: false, controlNumber: "999999" });
  });

  it("should file the 073 line's leak report with its coordinates and read its status back", async () => {
    const filed = await runExample("line-073-leak-report.ts", ["25.3642", "-108.1603", "Fuga", "en", "la", "banqueta"], keys["linea-073"]);
    expect(filed).toMatchObject({ filed: true, folio: expect.stringMatching(/^Q-\d{4}-\d{6}$/), status: "OPEN" });
    const { body } = await graphqlOverHttp(server.apiUrl, `query($id: ID!) { node(id: $id) { ... on Complaint { category latitude longitude locationText channel } } }`, { id: filed.id }, auditorToken);
    expect(body.data.node).toEqual({ category: "WATER_LEAK", latitude: 25.3642, longitude: -108.1603, locationText: "Reportada a la línea 073", channel: "PARTNER" });
  });

  it("should post the billing system's month of charges and payments once, however often it runs", async () => {
    // the current month in the utility's time zone: the demo bills the months before it
    const period = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Mazatlan", year: "numeric", month: "2-digit" }).format(new Date()).slice(0, 7);
    const stamp = Date.now().toString(36).toUpperCase();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "facturacion-")), `mes-${period}.csv`);
    fs.writeFileSync(file, [
      "kind,controlNumber,period,consumptionM3,amount,method,reference",
      `CHARGE,100001,${period},18.5,,,`,
      `CHARGE,100002,${period},9,,,`,
      `CHARGE,000000,${period},9,,,`,
      `PAYMENT,100001,,,350.50,TRANSFER,SPEI-${stamp}-1`,
      `PAYMENT,100002,,,120.00,CARD,TPV-${stamp}-2`,
      "",
    ].join("\n"));
    const first = await runExample("billing-month.ts", [file], keys.facturacion);
    expect(first).toMatchObject({ charges: { posted: 2, alreadyThere: 0 }, payments: { posted: 2, alreadyThere: 0 } });
    expect(first.refused).toEqual([expect.objectContaining({ line: 4, code: "NOT_FOUND" })]);
    const again = await runExample("billing-month.ts", [file], keys.facturacion);
    expect(again).toMatchObject({ charges: { posted: 0, alreadyThere: 2 }, payments: { posted: 0, alreadyThere: 2 } });

    const LEDGER = `query($c: String!) { serviceConnection(controlNumber: $c) { ledger(first: 100) { nodes { kind period reference } } } }`;
    const ledger = (await graphqlOverHttp(server.apiUrl, LEDGER, { c: "100001" }, auditorToken)).body.data.serviceConnection.ledger.nodes as { kind: string; period: string | null; reference: string | null }[];
    expect(ledger.filter((e) => e.kind === "CHARGE" && e.period === period)).toHaveLength(1);
    expect(ledger.filter((e) => e.reference === `SPEI-${stamp}-1`)).toHaveLength(1);
  });

  it("should answer the website's folio look-up with status and dates only, and a wrong pair like an unknown folio", async () => {
    const COMPLAINTS = `{ complaints(first: 50) { nodes { folio status connection { controlNumber holder { fullName } } } } }`;
    const nodes = (await graphqlOverHttp(server.apiUrl, COMPLAINTS, {}, auditorToken)).body.data.complaints.nodes as { folio: string; status: string; connection: { controlNumber: string; holder: { fullName: string } } | null }[];
    const known = nodes.find((n) => n.connection)!;
    const found = await runExample("website-folio.ts", [known.folio, known.connection!.controlNumber], keys["sitio-web"]);
    expect(found).toMatchObject({ found: true, folio: known.folio, status: known.status, createdAt: expect.any(String), orders: expect.any(Array) });
    expect(JSON.stringify(found)).not.toContain(known.connection!.holder.fullName.split(" ")[0]);
    const wrongNumber = known.connection!.controlNumber === "100001" ? "100002" : "100001";
    expect(await runExample("website-folio.ts", [known.folio, wrongNumber], keys["sitio-web"])).toEqual({ found: false, folio: known.folio });
    expect(await runExample("website-folio.ts", ["Q-2026-999999", known.connection!.controlNumber], keys["sitio-web"])).toEqual({ found: false, folio: "Q-2026-999999" });
  });
});

describe("typed client", () => {
  it("should page the audit log for the auditors' tools and name the error codes it gets", async () => {
    const sdk = createSdk(new VentanillaClient({ url: server.apiUrl, token: auditorToken }));
    const first = await sdk.auditEntries({ first: 2 });
    expect(first.auditEntries.nodes).toHaveLength(2);
    const next = await sdk.auditEntries({ first: 2, after: first.auditEntries.pageInfo.endCursor });
    expect(next.auditEntries.nodes[0]!.id).not.toBe(first.auditEntries.nodes[1]!.id);

    const partner = createSdk(new VentanillaClient({ url: server.apiUrl, token: keys["sitio-web"] }));
    const refused = await partner.auditEntries({ first: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(VentanillaError);
    expect((refused as VentanillaError).codes).toEqual(["FORBIDDEN"]);
  });
});

describe("retries", () => {
  /** A real HTTP endpoint that drops the first `drops` connections without answering, then answers `reply`. */
  async function flakyEndpoint(drops: number, reply: { status: number; body: unknown }) {
    let hits = 0;
    const endpoint = http.createServer((req, res) => {
      hits++;
      if (hits <= drops) return req.socket.destroy();
      res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
    });
    await new Promise<void>((resolve) => endpoint.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/graphql`;
    return { sdk: createSdk(new VentanillaClient({ url, token: "vtk_x", retries: 3, retryDelayMs: 10 })), hits: () => hits, close: () => new Promise((r) => endpoint.close(r)) };
  }
  const connection = { data: { serviceConnection: null } };

  it("should retry a query after dropped connections and get the answer", async () => {
    const flaky = await flakyEndpoint(2, { status: 200, body: connection });
    expect(await flaky.sdk.lookupConnection({ controlNumber: "100001" })).toEqual(connection.data);
    expect(flaky.hits()).toBe(3);
    await flaky.close();
  });

  it("should give up after its retries with a network error", async () => {
    const flaky = await flakyEndpoint(10, { status: 200, body: connection });
    await expect(flaky.sdk.lookupConnection({ controlNumber: "100001" })).rejects.toBeInstanceOf(VentanillaNetworkError);
    expect(flaky.hits()).toBe(4);
    await flaky.close();
  });

  it("should not retry a mutation that is not idempotent (the lost answer may hide a report already filed)", async () => {
    const flaky = await flakyEndpoint(1, { status: 200, body: { data: { fileComplaint: { complaint: null, userErrors: [] } } } });
    const input = { kind: "PROBLEM_REPORT", category: "WATER_LEAK", channel: "PARTNER", description: "Fuga" } as const;
    await expect(flaky.sdk.fileComplaint({ input })).rejects.toBeInstanceOf(VentanillaNetworkError);
    expect(flaky.hits()).toBe(1);
    await flaky.close();
  });

  it("should not retry an answer, even an error one (429 with Retry-After)", async () => {
    const flaky = await flakyEndpoint(0, { status: 429, body: { errors: [{ message: "Demasiadas solicitudes", extensions: { code: "RATE_LIMITED" } }] } });
    const refused = await flaky.sdk.lookupConnection({ controlNumber: "100001" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(VentanillaError);
    expect((refused as VentanillaError).codes).toEqual(["RATE_LIMITED"]);
    expect(flaky.hits()).toBe(1);
    await flaky.close();
  });
});
