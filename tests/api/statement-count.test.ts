// SQL statements per request, not timing: a portal document asking for 100 rows must send no more statements than
// the same document asking for 10 (a field resolver that queries per row — an N+1 — fails here). The documents are
// the portal's own (web/src/lib/graphql/generated): the ficha, the search page, and every list with a `$first`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print, type DocumentNode, type OperationDefinitionNode } from "graphql";
import * as portal from "../../web/src/lib/graphql/generated/graphql.ts";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import type { Role } from "../../server/src/generated/prisma/enums.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run, type GraphQLResult } from "../support/api.ts";
import { sessionToken } from "../support/factories.ts";
import { countingClient, type CountingClient } from "../support/statement-counter.ts";
import { FEW, MANY, seedStatementDataset, type StatementDataset } from "../support/statement-dataset.ts";

let database: TestDatabase;
let counting: CountingClient;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let data: StatementDataset;

beforeAll(async () => {
  database = await createPostgresDatabase();
  data = await seedStatementDataset(database.db, "sc");
  counting = countingClient(database.url!);
  app = await createTestApp(counting.db);
  callers = await callersByRole(database.db);
  // the verifier the dataset's orders are assigned to
  callers.VERIFIER.token = await sessionToken(database.db, data.verifierId);
});
afterAll(async () => {
  await app?.stop();
  await counting?.db.$disconnect();
  await database?.drop();
});

/** Every query document of the portal, by operation name. */
const documents = new Map(
  Object.entries(portal)
    .filter(([name, value]) => name.endsWith("Document") && (value as DocumentNode)?.kind === "Document")
    .map(([, value]) => {
      const doc = value as DocumentNode;
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
      return [op.name!.value, { doc, op, query: print(doc) }] as const;
    })
    .filter(([, { op }]) => op.operation === "query"),
);

/** The longest list anywhere in a response: how many rows the request really read. */
function longestList(value: unknown): number {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(longestList));
  if (value && typeof value === "object") return Math.max(0, ...Object.values(value).map(longestList));
  return 0;
}

async function statements(operation: string, role: Role, variables: Record<string, unknown>) {
  const { query } = documents.get(operation)!;
  const { result, statements: sent } = await counting.during(() => run(app, query, variables, callers[role].token));
  // the session look-up is cached for a few seconds (auth/session-cache.ts): whether it ran says nothing of the document
  const statements = sent.filter((sql) => !sql.includes('"Session"'));
  return { result: result as GraphQLResult, count: statements.length, statements, rows: longestList(result.data) };
}

interface Case {
  operation: string;
  role: Role;
  few: () => Record<string, unknown>;
  many: () => Record<string, unknown>;
  /** rows the `many` request must really show (a list capped at 50 shows 50) */
  rows: number;
}

const CASES: Case[] = [
  {
    operation: "ConnectionCard", role: "FRONT_DESK", rows: 50,
    few: () => ({ controlNumber: data.few.controlNumber, historyFirst: FEW }),
    many: () => ({ controlNumber: data.many.controlNumber, historyFirst: MANY }),
  },
  {
    operation: "MoreHistory", role: "FRONT_DESK", rows: MANY,
    few: () => ({ controlNumber: data.many.controlNumber, first: FEW }),
    many: () => ({ controlNumber: data.many.controlNumber, first: MANY }),
  },
  {
    operation: "SearchConnections", role: "FRONT_DESK", rows: MANY,
    few: () => ({ first: FEW, filter: { search: "jose perez sc" } }),
    many: () => ({ first: MANY, filter: { search: "jose perez sc" } }),
  },
  {
    operation: "WorkOrderList", role: "VERIFIER", rows: MANY,
    few: () => ({ first: FEW, filter: { assignedToMe: true, open: true } }),
    many: () => ({ first: MANY, filter: { assignedToMe: true, open: true } }),
  },
  {
    operation: "ComplaintDetail", role: "HEAD", rows: 50,
    few: () => ({ id: toGlobalId("Complaint", data.few.complaintId) }),
    many: () => ({ id: toGlobalId("Complaint", data.many.complaintId) }),
  },
];

/** Roles tried, in order, for a list not in CASES: the first that may read it runs it. */
const ROLES: Role[] = ["HEAD", "AUDITOR", "ADMIN", "IT", "MANAGER", "FRONT_DESK", "COLLECTIONS", "REGISTRY", "CASHIER", "FOLLOW_UP", "VERIFIER"];

/** Lists with `$first` and no other required variable run with `first` alone. */
const autoLists = [...documents.entries()]
  .filter(([name, { op }]) => {
    const vars = op.variableDefinitions ?? [];
    return !CASES.some((c) => c.operation === name) && vars.some((v) => v.variable.name.value === "first") &&
      vars.every((v) => v.variable.name.value === "first" || v.type.kind !== "NonNullType");
  })
  .map(([name]) => name);

describe("SQL statements per request", () => {
  it.each(CASES.map((c) => [c.operation, c] as const))("should not grow with the rows shown: %s", async (_, c) => {
    const few = await statements(c.operation, c.role, c.few());
    const many = await statements(c.operation, c.role, c.many());
    expect(few.result.errors, JSON.stringify(few.result.errors)).toBeUndefined();
    expect(many.result.errors, JSON.stringify(many.result.errors)).toBeUndefined();
    expect(many.rows).toBeGreaterThanOrEqual(c.rows);
    console.log(`[statements] ${c.operation} as ${c.role}: ${few.count} for ${few.rows} rows, ${many.count} for ${many.rows}`);
    expect(many.count, `${c.operation}: ${few.count} statements for ${few.rows} rows, ${many.count} for ${many.rows}:\n${many.statements.join("\n")}`).toBeLessThanOrEqual(few.count);
  });

  it.each(autoLists.map((name) => [name] as const))("should not grow with the rows shown: list %s", async (name) => {
    let role: Role | undefined;
    for (const candidate of ROLES) {
      const probe = await statements(name, candidate, { first: 1 });
      if (!probe.result.errors) { role = candidate; break; }
    }
    expect(role, `no role may run ${name}`).toBeDefined();
    const few = await statements(name, role!, { first: FEW });
    const many = await statements(name, role!, { first: MANY });
    expect(many.result.errors).toBeUndefined();
    console.log(`[statements] ${name} as ${role}: ${few.count} for ${few.rows} rows, ${many.count} for ${many.rows}`);
    expect(many.count, `${name}: ${few.count} statements for ${few.rows} rows, ${many.count} for ${many.rows}:\n${many.statements.join("\n")}`).toBeLessThanOrEqual(few.count);
  });

  it("should give the lists that exist today more than 100 rows, so the comparison means something", async () => {
    for (const name of ["StaffList", "AuditLog", "AuditExportPage", "InformationRequestList", "ApiClients", "WorkOrderList", "DelinquencyPage"].filter((n) => documents.has(n))) {
      const role: Role = name === "ApiClients" || name.startsWith("Audit") ? "AUDITOR" : "HEAD";
      const many = await statements(name, role, { first: MANY });
      expect(many.rows, name).toBeGreaterThanOrEqual(MANY);
    }
  });

  it("should cover every portal document with a required variable besides `first` that pages a list", () => {
    const uncovered = [...documents.entries()]
      .filter(([name, { op }]) => {
        const vars = op.variableDefinitions ?? [];
        return vars.some((v) => v.variable.name.value === "first") && !autoLists.includes(name) && !CASES.some((c) => c.operation === name);
      })
      .map(([name]) => name);
    expect(uncovered, "add these documents to CASES in tests/api/statement-count.test.ts").toEqual([]);
  });
});
