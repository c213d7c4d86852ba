// The audit log's chain of custody (server-made request ids, one entry per state change) and history that never
// carries restricted figures in its text.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import type { Role } from "../../server/src/generated/prisma/enums.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection } from "../support/factories.ts";

let database: TestDatabase;
let app: App;
let server: http.Server;
let url: string;
let callers: Awaited<ReturnType<typeof callersByRole>>;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  server = http.createServer((req, res) => void app.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server?.close();
  await app?.stop();
  await database?.drop();
});

async function post(query: string, variables: Record<string, unknown>, token: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { headers: response.headers, body: (await response.json()) as { data?: any; errors?: any[] } };
}

const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { id } workOrder { id assignee { username } } userErrors { message } } }`;
const COMPLETE = `mutation($input: CompleteVerificationInput!) { completeVerification(input: $input) { workOrder { status } userErrors { message } } }`;

describe("audit chain of custody", () => {
  it("should key audit entries by a request id the server made, keeping the caller's x-request-id only for correlation", async () => {
    const connection = await createConnection(database.db);
    const filed = await post(FILE, { input: { connectionId: toGlobalId("ServiceConnection", connection.id), kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "Consumo alto" } }, callers.FRONT_DESK.token, { "x-request-id": "chosen-by-the-caller" });
    expect(filed.body.data.fileComplaint.userErrors).toEqual([]);
    const serverId = filed.headers.get("x-request-id");
    expect(serverId).toMatch(/^[0-9a-f-]{36}$/);
    expect(filed.headers.get("x-correlation-id")).toBe("chosen-by-the-caller");

    const entries = await database.db.auditEntry.findMany({ where: { requestId: serverId! } });
    expect(entries.map((e) => e.action).sort()).toEqual(["complaint.file", "workOrder.issue"]);
    expect(entries.every((e) => e.correlationId === "chosen-by-the-caller")).toBe(true);
    expect(await database.db.auditEntry.count({ where: { requestId: "chosen-by-the-caller" } })).toBe(0);

    // two requests that send the same x-request-id still get different audit keys
    const again = await post(FILE, { input: { connectionId: toGlobalId("ServiceConnection", connection.id), kind: "COMPLAINT", category: "BILLING", channel: "IN_PERSON", description: "Cobro" } }, callers.FRONT_DESK.token, { "x-request-id": "chosen-by-the-caller" });
    expect(again.headers.get("x-request-id")).not.toBe(serverId);
  });

  it("should write an audit entry for the complaint moving to VERIFIED, beside the order's own", async () => {
    const connection = await createConnection(database.db);
    const filed = await run(app, FILE, { input: { connectionId: toGlobalId("ServiceConnection", connection.id), kind: "COMPLAINT", category: "METER_MALFUNCTION", channel: "IN_PERSON", description: "Medidor" } }, callers.FRONT_DESK.token);
    const { complaint, workOrder } = filed.data.fileComplaint;
    const verifier = await database.db.staff.findUniqueOrThrow({ where: { username: workOrder.assignee.username } });
    const token = Object.values(callers).find((c) => c.staffId === verifier.id)?.token;
    expect(token, "the order went to the callers' verifier").toBeDefined();
    const completed = await run(app, COMPLETE, { input: { workOrderId: workOrder.id, outcome: "NORMAL" } }, token!);
    expect(completed.data.completeVerification.userErrors).toEqual([]);

    const complaintId = String((await database.db.complaint.findFirstOrThrow({ where: { connectionId: connection.id } })).id);
    const verify = await database.db.auditEntry.findFirstOrThrow({ where: { entityType: "Complaint", entityId: complaintId, action: "complaint.verify" } });
    expect([(verify.before as any).status, (verify.after as any).status]).toEqual(["IN_VERIFICATION", "VERIFIED"]);
    const orderEntry = await database.db.auditEntry.findFirstOrThrow({ where: { action: "workOrder.complete" }, orderBy: { id: "desc" } });
    expect(orderEntry.requestId).toBe(verify.requestId);
    expect(complaint.id).toBeTruthy();
  });
});

describe("history details", () => {
  const MONEY_READERS: Role[] = ["FRONT_DESK", "HEAD", "MANAGER", "COLLECTIONS", "CASHIER", "AUDITOR"];
  const HISTORY_READERS: Role[] = ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "CASHIER", "AUDITOR"];
  const HISTORY = `query($cn: String!) { serviceConnection(controlNumber: $cn) { history(first: 5) { nodes { summary amount periodsOwed } } } }`;
  let controlNumber: string;

  beforeAll(async () => {
    const connection = await createConnection(database.db, { balance: "1533.90", status: "LIMITED" });
    controlNumber = connection.controlNumber;
    await database.db.historyEvent.create({
      data: { connectionId: connection.id, type: "STATUS_CHANGED", summary: "Servicio limitado por adeudo", details: { amount: "1533.90", periodsOwed: 4 } },
    });
  });

  it.each(HISTORY_READERS)("should show %s the debt in the summary only if it reads balances", async (role) => {
    const result = await run(app, HISTORY, { cn: controlNumber }, callers[role].token);
    const [event] = result.data.serviceConnection.history.nodes;
    if (MONEY_READERS.includes(role)) {
      expect(event).toEqual({ summary: "Servicio limitado por adeudo ($1,533.90, 4 periodos)", amount: "1533.90", periodsOwed: 4 });
    } else {
      expect(event).toEqual({ summary: "Servicio limitado por adeudo", amount: null, periodsOwed: null });
      expect(result.errors?.map((e) => [e.extensions?.code, e.path?.at(-1)])).toEqual([["FORBIDDEN", "amount"], ["FORBIDDEN", "periodsOwed"]]);
    }
  });
});
