// The field-level matrix of DOMAIN.md, role by role: who reads each sensitive field, and that everyone else gets
// null plus FORBIDDEN at that path while the rest of the response stays intact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../server/src/generated/prisma/enums.ts";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { ALL_ROLES, callersByRole, createTestApp, run, type GraphQLResult } from "../support/api.ts";
import { createApiClientKey, createConnection } from "../support/factories.ts";

const READERS: Record<string, Role[]> = {
  curp: ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "AUDITOR", "ADMIN"],
  email: ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "AUDITOR", "ADMIN"],
  phone: ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "COLLECTIONS", "AUDITOR", "ADMIN"],
  discountCredential: ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "AUDITOR"],
  balance: ["FRONT_DESK", "HEAD", "MANAGER", "COLLECTIONS", "CASHIER", "AUDITOR"],
  discountAmount: ["FRONT_DESK", "HEAD", "MANAGER", "CASHIER", "AUDITOR"],
  auditEntries: ["AUDITOR", "ADMIN"],
  staffRoles: ["HEAD", "MANAGER", "AUDITOR", "ADMIN"],
};

const CONNECTION_FIELDS = "controlNumber balance ledger(first: 1) { totalCount } holder { fullName curp phone email discountCredential }";
const BY_CONTROL_NUMBER = `query($cn: String!) { serviceConnection(controlNumber: $cn) { ${CONNECTION_FIELDS} } }`;
const VIA_MY_ORDERS = `{ workOrders(filter: { assignedToMe: true }) { nodes { connection { ${CONNECTION_FIELDS} } } } }`;

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let controlNumber: string;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  const connection = await createConnection(database.db, { balance: "350.00", curp: "PENJ800101HSLRXS09", phone: "6879876543" });
  controlNumber = connection.controlNumber;
  await database.db.user.update({ where: { id: connection.holderId }, data: { discountCredentialType: "PENSIONER", discountCredential: "PEN-4521" } });
  const order = { type: "VERIFICATION" as const, status: "ASSIGNED" as const, connectionId: connection.id, dueAt: new Date() };
  await database.db.workOrder.create({ data: { ...order, folio: "OV-2026-900001", assigneeId: callers.VERIFIER.staffId } });
  const otherVerifier = await database.db.staff.create({ data: { username: "otro_verificador", fullName: "Otro Verificador", passwordHash: "x", roles: ["VERIFIER"] } });
  await database.db.workOrder.create({ data: { ...order, folio: "OV-2026-900002", assigneeId: otherVerifier.id } });
  await database.db.ledgerEntry.create({ data: { connectionId: connection.id, kind: "CHARGE", period: "2026-10", amount: "350.00", balanceAfter: "350.00", description: "Consumo 2026-10" } });
  await database.db.discount.create({ data: { kind: "SOCIAL", connectionId: connection.id, amount: "59.25", reason: "Pensionado", requestedById: callers.FRONT_DESK.staffId } });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** "visible", "denied" (null + FORBIDDEN at exactly that path) or what else happened, for an assertion message. */
function access(result: GraphQLResult, path: (string | number)[]): string {
  const value = path.reduce<any>((node, key) => node?.[key], result.data);
  const forbiddenHere = result.errors?.some((e) => e.extensions?.code === "FORBIDDEN" && JSON.stringify(e.path) === JSON.stringify(path));
  if (forbiddenHere && value === null) return "denied";
  const operationDenied = result.errors?.some((e) => e.extensions?.code === "FORBIDDEN" && e.path?.length === 1 && e.path[0] === path[0]);
  if (operationDenied) return "denied";
  if (value !== null && value !== undefined && !forbiddenHere) return "visible";
  return `unexpected: ${JSON.stringify({ value, errors: result.errors })}`;
}

const expected = (field: string, role: Role) => (READERS[field].includes(role) ? "visible" : "denied");

async function connectionAs(role: Role) {
  if (role === "VERIFIER") {
    const result = await run(app, VIA_MY_ORDERS, {}, callers[role].token);
    return { result, base: ["workOrders", "nodes", 0, "connection"] };
  }
  return { result: await run(app, BY_CONTROL_NUMBER, { cn: controlNumber }, callers[role].token), base: ["serviceConnection"] };
}

describe.each(ALL_ROLES)("field authorization for %s", (role) => {
  it("should show personal data, credential and balance only where DOMAIN.md allows, and the rest of the connection always", async () => {
    const { result, base } = await connectionAs(role);
    const path = (...rest: string[]) => [...base, ...rest];
    expect(access(result, path("controlNumber"))).toBe("visible");
    expect(access(result, path("holder", "fullName"))).toBe("visible");
    expect(access(result, path("balance"))).toBe(expected("balance", role));
    expect(access(result, path("ledger"))).toBe(expected("balance", role));
    for (const field of ["curp", "phone", "email", "discountCredential"]) {
      expect(`${field}: ${access(result, path("holder", field))}`).toBe(`${field}: ${expected(field, role)}`);
    }
  });

  it("should show discount amounts only where DOMAIN.md allows", async () => {
    const result = await run(app, "{ discounts { nodes { kind amount } } }", {}, callers[role].token);
    expect(access(result, ["discounts", "nodes", 0, "amount"])).toBe(expected("discountAmount", role));
  });

  it("should open the audit log only to AUDITOR and ADMIN", async () => {
    const result = await run(app, "{ auditEntries(first: 1) { totalCount } }", {}, callers[role].token);
    expect(access(result, ["auditEntries", "totalCount"])).toBe(expected("auditEntries", role));
  });
});

describe("staff roles and last login of another staff member", () => {
  it.each(["FRONT_DESK", "HEAD", "MANAGER", "AUDITOR"] as const)("should follow DOMAIN.md for %s", async (role) => {
    const result = await run(app, `{ workOrders(first: 100) { nodes { folio assignee { username roles lastLoginAt } } } }`, {}, callers[role].token);
    const index = result.data.workOrders.nodes.findIndex((o: { folio: string }) => o.folio === "OV-2026-900002");
    expect(access(result, ["workOrders", "nodes", index, "assignee", "username"])).toBe("visible");
    expect(access(result, ["workOrders", "nodes", index, "assignee", "roles"])).toBe(expected("staffRoles", role));
  });

  it("should let every staff member read their own roles through me", async () => {
    for (const role of ALL_ROLES) {
      const result = await run(app, "{ me { username roles } }", {}, callers[role].token);
      expect(result.data.me.roles).toEqual([role]);
    }
  });
});

describe("partner API clients", () => {
  it("should give a connections:read partner the connection by control number without personal data or balance", async () => {
    const key = await createApiClientKey(database.db, ["connections:read"]);
    const result = await run(app, BY_CONTROL_NUMBER, { cn: controlNumber }, key);
    expect(access(result, ["serviceConnection", "controlNumber"])).toBe("visible");
    expect(access(result, ["serviceConnection", "holder"])).toBe("denied");
    expect(access(result, ["serviceConnection", "balance"])).toBe("denied");
  });

  it("should show the balance to a billing:read partner", async () => {
    const key = await createApiClientKey(database.db, ["connections:read", "billing:read"]);
    const result = await run(app, BY_CONTROL_NUMBER, { cn: controlNumber }, key);
    expect(result.data.serviceConnection.balance).toBe("350.00");
  });

  it("should refuse a partner the connection list and search", async () => {
    const key = await createApiClientKey(database.db, ["connections:read", "billing:read"]);
    const result = await run(app, `{ serviceConnections(filter: { search: "prueba" }) { totalCount } }`, {}, key);
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("should treat an unknown or malformed key as no caller", async () => {
    const result = await run(app, BY_CONTROL_NUMBER, { cn: controlNumber }, "vtk_000000000000_desconocida");
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("myPermissions", () => {
  it("should report, role by role, exactly what the operation gates allow", async () => {
    const QUERY = "{ myPermissions }";
    const reported = Object.fromEntries(await Promise.all(ALL_ROLES.map(async (role) => [role, (await run(app, QUERY, {}, callers[role].token)).data.myPermissions])));
    const of = (role: Role, names: string[]) => names.filter((name) => reported[role].includes(name));
    const SAMPLE = ["readConnections", "readWorkOrders", "fileComplaint", "completeVerification", "readAudit"];
    expect(of("FRONT_DESK", SAMPLE)).toEqual(["readConnections", "readWorkOrders", "fileComplaint"]);
    expect(of("VERIFIER", SAMPLE)).toEqual(["readWorkOrders", "completeVerification"]);
    expect(of("AUDITOR", SAMPLE)).toEqual(["readConnections", "readWorkOrders", "readAudit"]);
    expect(of("CASHIER", SAMPLE)).toEqual(["readConnections"]);
  });
});
