// Walks the work-order transitions table: every state × action, by the caller that may take it and by one that may
// not. Allowed ones move the order with one history and one audit entry of the same request; the others are refused
// with CONFLICT (wrong state) or FORBIDDEN (wrong caller) and change nothing. `availableActions` agrees with each call.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkOrderStatus } from "../../server/src/generated/prisma/enums.ts";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { WORK_ORDER_TRANSITIONS, type WorkOrderAction } from "../../server/src/modules/work-order/work-order.transitions.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection, createStaff, sessionToken } from "../support/factories.ts";

const STATUSES: WorkOrderStatus[] = ["ISSUED", "ASSIGNED", "IN_PROGRESS", "COMPLETED", "CANCELLED"];
/** assignWorkOrder takes the table's assign (from ISSUED) or reassign (from the others) */
const MUTATIONS = ["assignWorkOrder", "startWorkOrder", "completeWorkOrder", "cancelWorkOrder"] as const;
type Mutation = (typeof MUTATIONS)[number];

const DOCUMENT: Record<Mutation, string> = {
  assignWorkOrder: "mutation($i: AssignWorkOrderInput!) { assignWorkOrder(input: $i) { workOrder { status } userErrors { code field message } } }",
  startWorkOrder: "mutation($i: StartWorkOrderInput!) { startWorkOrder(input: $i) { workOrder { status } userErrors { code field message } } }",
  completeWorkOrder: "mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { workOrder { status } userErrors { code field message } } }",
  cancelWorkOrder: "mutation($i: CancelWorkOrderInput!) { cancelWorkOrder(input: $i) { workOrder { status } userErrors { code field message } } }",
};

/** The lifecycle as the department runs it (pinned here, so a change to the table is a visible decision). */
const ALLOWED_FROM: Record<Mutation, WorkOrderStatus[]> = {
  assignWorkOrder: ["ISSUED", "ASSIGNED", "IN_PROGRESS"],
  startWorkOrder: ["ISSUED", "ASSIGNED"],
  completeWorkOrder: ["ISSUED", "ASSIGNED", "IN_PROGRESS"],
  cancelWorkOrder: ["ISSUED", "ASSIGNED", "IN_PROGRESS"],
};
const LEADS_TO: Record<Mutation, WorkOrderStatus> = { assignWorkOrder: "ASSIGNED", startWorkOrder: "IN_PROGRESS", completeWorkOrder: "COMPLETED", cancelWorkOrder: "CANCELLED" };

const actionOf = (mutation: Mutation, status: WorkOrderStatus): WorkOrderAction =>
  mutation === "assignWorkOrder" ? (status === "ISSUED" ? "assign" : "reassign") : mutation === "startWorkOrder" ? "start" : mutation === "completeWorkOrder" ? "complete" : "cancel";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let crew: { holder: { id: number; token: string }; colleague: { id: number; token: string } };

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  const [holder, colleague] = [await createStaff(database.db, ["FOLLOW_UP"]), await createStaff(database.db, ["FOLLOW_UP"])];
  crew = {
    holder: { id: holder.id, token: await sessionToken(database.db, holder.id) },
    colleague: { id: colleague.id, token: await sessionToken(database.db, colleague.id) },
  };
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

let folio = 0;
/** A LEAK_REPAIR order in `status`, held by `crew.holder` unless ISSUED. */
async function orderIn(status: WorkOrderStatus) {
  const connection = await createConnection(database.db);
  const order = await database.db.workOrder.create({
    data: {
      folio: `OF-1999-${String(++folio).padStart(6, "0")}`,
      type: "LEAK_REPAIR",
      status,
      connectionId: connection.id,
      department: "FOLLOW_UP",
      assigneeId: status === "ISSUED" ? null : crew.holder.id,
      dueAt: new Date(Date.now() + 86_400_000),
    },
  });
  return { order, id: toGlobalId("WorkOrder", order.id) };
}

function inputFor(mutation: Mutation, id: string) {
  switch (mutation) {
    case "assignWorkOrder":
      return { workOrderId: id, assigneeId: toGlobalId("Staff", crew.colleague.id) };
    case "startWorkOrder":
      return { workOrderId: id };
    case "completeWorkOrder":
      return { workOrderId: id, notes: "Se cambió el tramo de tubería dañado" };
    case "cancelWorkOrder":
      return { workOrderId: id, reason: "Reporte repetido" };
  }
}

/** Who may take the action, and someone who may not (an office outside the gate, or a field office that does not hold it). */
function callersFor(mutation: Mutation) {
  if (mutation === "assignWorkOrder" || mutation === "cancelWorkOrder") return { allowed: callers.HEAD.token, refused: callers.FRONT_DESK.token };
  return { allowed: crew.holder.token, refused: callers.REGISTRY.token };
}

const AVAILABLE = "query($id: ID!) { node(id: $id) { ... on WorkOrder { availableActions } } }";

describe.each(STATUSES)("a work order %s", (status) => {
  it.each(MUTATIONS)("should apply %s exactly as the transitions table says", async (mutation) => {
    const action = actionOf(mutation, status);
    const transition = WORK_ORDER_TRANSITIONS[action];
    const allowedState = ALLOWED_FROM[mutation].includes(status);
    expect(transition.from.includes(status)).toBe(allowedState);
    expect(transition.to).toBe(LEADS_TO[mutation]);
    const { order, id } = await orderIn(status);
    const who = callersFor(mutation);

    // the wrong caller first: FORBIDDEN, whatever the state, nothing changed
    const auditBefore = await database.db.auditEntry.count();
    const historyBefore = await database.db.historyEvent.count({ where: { connectionId: order.connectionId! } });
    const refused = await run(app, DOCUMENT[mutation], { i: inputFor(mutation, id) }, who.refused);
    const refusedCodes = [...(refused.errors ?? []).map((e) => e.extensions?.code), ...(refused.data?.[mutation]?.userErrors ?? []).map((e: { code: string }) => e.code)];
    expect(refusedCodes).toEqual(["FORBIDDEN"]);
    expect(await database.db.workOrder.findUniqueOrThrow({ where: { id: order.id } })).toEqual(order);
    expect(await database.db.auditEntry.count()).toBe(auditBefore);

    // the right caller: the action is offered exactly when the state allows it
    const offered = await run(app, AVAILABLE, { id }, who.allowed);
    expect(offered.data.node.availableActions.includes(action)).toBe(allowedState);
    const result = await run(app, DOCUMENT[mutation], { i: inputFor(mutation, id) }, who.allowed);
    expect(result.errors).toBeUndefined();
    const payload = result.data[mutation];
    const after = await database.db.workOrder.findUniqueOrThrow({ where: { id: order.id } });

    if (!allowedState) {
      expect(payload.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
      expect(after).toEqual(order);
      expect(await database.db.auditEntry.count()).toBe(auditBefore);
      expect(await database.db.historyEvent.count({ where: { connectionId: order.connectionId! } })).toBe(historyBefore);
      return;
    }
    expect(payload.userErrors).toEqual([]);
    expect(payload.workOrder.status).toBe(transition.to);
    expect(after.status).toBe(transition.to);
    const audit = await database.db.auditEntry.findMany({ where: { entityType: "WorkOrder", entityId: String(order.id) } });
    expect(audit.map((a) => a.action)).toEqual([transition.audit]);
    expect(audit[0].before).toMatchObject({ status });
    expect(audit[0].after).toMatchObject({ status: transition.to });
    const history = await database.db.historyEvent.findMany({ where: { connectionId: order.connectionId!, workOrderId: order.id } });
    expect(history.map((h) => h.type)).toEqual([transition.history.type]);
    expect(history[0].actorId).not.toBeNull();
    // one change, one request: the order's audit entry and the rest of its entries share the request id
    const sameRequest = await database.db.auditEntry.findMany({ where: { requestId: audit[0].requestId } });
    expect(sameRequest.length).toBeGreaterThanOrEqual(1);
  });
});

describe("who holds an order", () => {
  it("should let any member of the department work an order sent to the department, and only the assignee one sent to a person", async () => {
    const { order, id } = await orderIn("ASSIGNED");
    await database.db.workOrder.update({ where: { id: order.id }, data: { assigneeId: null } });
    const byColleague = await run(app, DOCUMENT.startWorkOrder, { i: { workOrderId: id } }, crew.colleague.token);
    expect(byColleague.data.startWorkOrder.userErrors).toEqual([]);

    const assigned = await orderIn("ASSIGNED");
    const byOther = await run(app, DOCUMENT.startWorkOrder, { i: { workOrderId: assigned.id } }, crew.colleague.token);
    expect(byOther.data.startWorkOrder.userErrors).toEqual([expect.objectContaining({ code: "FORBIDDEN" })]);
  });

  it("should refuse to assign an order to someone outside the departments that receive its type, naming the field", async () => {
    const { order, id } = await orderIn("ISSUED");
    const cashier = await run(app, DOCUMENT.assignWorkOrder, { i: { workOrderId: id, assigneeId: toGlobalId("Staff", callers.CASHIER.staffId) } }, callers.HEAD.token);
    expect(cashier.data.assignWorkOrder.userErrors).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", field: "assigneeId" })]);
    const both = await run(app, DOCUMENT.assignWorkOrder, { i: { workOrderId: id, assigneeId: toGlobalId("Staff", crew.holder.id), department: "FOLLOW_UP" } }, callers.HEAD.token);
    expect(both.data.assignWorkOrder.userErrors).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", field: "assigneeId" })]);
    const collections = await run(app, DOCUMENT.assignWorkOrder, { i: { workOrderId: id, department: "COLLECTIONS" } }, callers.HEAD.token);
    expect(collections.data.assignWorkOrder.userErrors).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", field: "department" })]);
    expect(await database.db.workOrder.findUniqueOrThrow({ where: { id: order.id } })).toEqual(order);

    const toDesk = await run(app, DOCUMENT.assignWorkOrder, { i: { workOrderId: id, department: "REGISTRY" } }, callers.HEAD.token);
    expect(toDesk.data.assignWorkOrder).toEqual({ workOrder: { status: "ASSIGNED" }, userErrors: [] });
    expect(await database.db.workOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ department: "REGISTRY", assigneeId: null });
  });

  it("should refuse a cancellation without a reason", async () => {
    const { order, id } = await orderIn("ASSIGNED");
    const result = await run(app, DOCUMENT.cancelWorkOrder, { i: { workOrderId: id, reason: "  " } }, callers.HEAD.token);
    expect(result.data.cancelWorkOrder.userErrors).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", field: "reason" })]);
    expect(await database.db.workOrder.findUniqueOrThrow({ where: { id: order.id } })).toEqual(order);
  });
});
