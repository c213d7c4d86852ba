// Workflow 7: information requests on the business-day clock (hand-checked dates), their one-extension lifecycle,
// the list by deadline, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run } from "../support/api.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
// Tuesday 12 January 2027, 11:00 in Sinaloa
const NOW = new Date("2027-01-12T18:00:00Z");

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db, { now: () => NOW });
  callers = await callersByRole(database.db);
  // the sessions must outlive the test's clock
  await database.db.session.updateMany({ data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const FIELDS = "id folio status requesterName dueAt originalDueAt extensionReason response declineReason availableActions deadline { dueOn daysLeft businessDaysLeft overdue }";
const RECEIVE = `mutation($input: ReceiveInformationRequestInput!) { receiveInformationRequest(input: $input) { informationRequest { ${FIELDS} } userErrors { field message code } } }`;
const act = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { informationRequest { ${FIELDS} } userErrors { field message code } } }`;
const EXTEND = act("extendInformationRequest", "ExtendInformationRequestInput");
const START = act("startInformationRequest", "StartInformationRequestInput");
const ANSWER = act("answerInformationRequest", "AnswerInformationRequestInput");
const DECLINE = act("declineInformationRequest", "DeclineInformationRequestInput");
const LIST = `query($first: Int, $after: String, $filter: InformationRequestFilter) { informationRequests(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { folio status deadline { overdue } } } }`;

async function receive(receivedAt: string, extra: Record<string, unknown> = {}) {
  const input = { receivedAt, channel: "NATIONAL_PLATFORM", subject: "Tarifas vigentes y número de tomas por localidad", responsibleArea: "Comercial", ...extra };
  const result = await run(app, RECEIVE, { input }, callers.IT.token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data.receiveInformationRequest;
}

describe("information requests", () => {
  let first: { id: string; folio: string };

  it("should count 20 business days from the day after receipt, skipping weekends and federal holidays", async () => {
    // Thursday 10 December 2026, 23:30 in Sinaloa (already Friday in UTC): counted from Friday the 11th;
    // 25 December and 1 January are federal holidays → due Monday 11 January 2027
    const { informationRequest, userErrors } = await receive("2026-12-11T06:30:00Z", { requesterName: "  María Inzunza  " });
    expect(userErrors).toEqual([]);
    expect(informationRequest).toMatchObject({ folio: "SAI-2026-000001", status: "RECEIVED", requesterName: "María Inzunza", dueAt: "2027-01-11", originalDueAt: "2027-01-11" });
    expect(informationRequest.deadline).toEqual({ dueOn: "2027-01-11", daysLeft: -1, businessDaysLeft: -1, overdue: true });
    expect(informationRequest.availableActions).toEqual(["start", "extend", "answer", "decline"]);
    first = informationRequest;
  });

  it("should count a receipt on a Saturday from the next business day, and accept anonymous requesters", async () => {
    // Saturday 12 December 2026 counts as Monday the 14th; day 1 is Tuesday the 15th → due Wednesday 13 January 2027
    const { informationRequest } = await receive("2026-12-12T17:00:00Z", { channel: "EMAIL" });
    expect(informationRequest).toMatchObject({ folio: "SAI-2026-000002", requesterName: null, dueAt: "2027-01-13" });
    expect(informationRequest.deadline).toEqual({ dueOn: "2027-01-13", daysLeft: 1, businessDaysLeft: 1, overdue: false });
  });

  it("should extend the term once by 10 business days after the original deadline, with a reason", async () => {
    const missing = await run(app, EXTEND, { input: { id: first.id, reason: "   " } }, callers.IT.token);
    expect(missing.data.extendInformationRequest.userErrors).toEqual([{ field: "reason", message: "Indique el motivo de la prórroga", code: "BAD_USER_INPUT" }]);

    const extended = await run(app, EXTEND, { input: { id: first.id, reason: "La información está en el archivo de concentración" } }, callers.IT.token);
    // 11 January + 10 business days = Monday 25 January; from Tuesday the 12th: 13 days, 9 of them business days
    expect(extended.data.extendInformationRequest.informationRequest).toMatchObject({
      status: "EXTENDED", dueAt: "2027-01-25", originalDueAt: "2027-01-11", extensionReason: "La información está en el archivo de concentración",
      deadline: { dueOn: "2027-01-25", daysLeft: 13, businessDaysLeft: 9, overdue: false },
      availableActions: ["answer", "decline"],
    });
    const again = await run(app, EXTEND, { input: { id: first.id, reason: "Otra vez" } }, callers.IT.token);
    expect(again.data.extendInformationRequest.userErrors).toEqual([{ field: null, message: "La solicitud SAI-2026-000001 ya fue prorrogada una vez", code: "CONFLICT" }]);
  });

  it("should answer a request and then refuse any further action", async () => {
    const answered = await run(app, ANSWER, { input: { id: first.id, response: "Se entregó la tabla de tarifas por correo." } }, callers.IT.token);
    expect(answered.data.answerInformationRequest.informationRequest).toMatchObject({ status: "ANSWERED", response: "Se entregó la tabla de tarifas por correo.", availableActions: [] });
    const declined = await run(app, DECLINE, { input: { id: first.id, reason: "No" } }, callers.IT.token);
    expect(declined.data.declineInformationRequest.userErrors[0].code).toBe("CONFLICT");
    const entries = await database.db.auditEntry.findMany({ where: { entityType: "InformationRequest" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["informationRequest.receive", "informationRequest.receive", "informationRequest.extend", "informationRequest.answer"]);
  });

  it("should turn a request to its area and decline another with its reason", async () => {
    const { informationRequest } = await receive("2027-01-11T16:00:00Z");
    const started = await run(app, START, { input: { id: informationRequest.id } }, callers.IT.token);
    expect(started.data.startInformationRequest.informationRequest).toMatchObject({ status: "IN_PROGRESS", availableActions: ["extend", "answer", "decline"] });
    const startedAgain = await run(app, START, { input: { id: informationRequest.id } }, callers.IT.token);
    expect(startedAgain.data.startInformationRequest.userErrors[0].code).toBe("CONFLICT");
    const declined = await run(app, DECLINE, { input: { id: informationRequest.id, reason: "Compete al ayuntamiento; se orientó al solicitante." } }, callers.IT.token);
    expect(declined.data.declineInformationRequest.informationRequest).toMatchObject({ status: "DECLINED", declineReason: "Compete al ayuntamiento; se orientó al solicitante." });
  });

  it("should refuse a receipt date in the future", async () => {
    const result = await run(app, RECEIVE, { input: { receivedAt: "2027-01-13T18:00:00Z", channel: "IN_PERSON", subject: "x", responsibleArea: "y" } }, callers.IT.token);
    expect(result.data.receiveInformationRequest.userErrors).toEqual([{ field: "receivedAt", message: "La fecha de recepción no puede ser futura", code: "BAD_USER_INPUT" }]);
  });

  it("should list pending requests by deadline, overdue first, paging on (deadline, id)", async () => {
    await receive("2026-12-01T16:00:00Z"); // due 30 December 2026: overdue
    await receive("2026-12-14T16:00:00Z"); // due 13 January 2027, same day as SAI-2026-000002
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: any = await run(app, LIST, { first: 1, after, filter: { open: true } }, callers.HEAD.token);
      expect(result.errors).toBeUndefined();
      seen.push(...result.data.informationRequests.nodes.map((n: { folio: string; deadline: { overdue: boolean } }) => `${n.folio}${n.deadline.overdue ? " vencida" : ""}`));
      after = result.data.informationRequests.pageInfo.hasNextPage ? result.data.informationRequests.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(["SAI-2026-000003 vencida", "SAI-2026-000002", "SAI-2026-000004"]);
  });

  it("should let a configured closure move the deadline", async () => {
    await database.db.holiday.create({ data: { date: new Date("2026-12-31T00:00:00Z"), name: "Cierre de fin de año", kind: "CLOSURE" } });
    const { informationRequest } = await receive("2026-12-12T17:00:00Z");
    expect(informationRequest.dueAt).toBe("2027-01-14");
  });

  it("should let only IT change requests, and refuse the auditor", async () => {
    for (const role of ["AUDITOR", "HEAD", "FRONT_DESK", "ADMIN"] as const) {
      const result = await run(app, RECEIVE, { input: { receivedAt: "2027-01-11T16:00:00Z", channel: "IN_PERSON", subject: "x", responsibleArea: "y" } }, callers[role].token);
      expect(errorCodes(result), role).toEqual(["FORBIDDEN"]);
    }
    const list = await run(app, LIST, {}, callers.FRONT_DESK.token);
    expect(errorCodes(list)).toEqual(["FORBIDDEN"]);
    const auditorView = await run(app, `{ informationRequests(first: 1) { nodes { availableActions } } }`, {}, callers.AUDITOR.token);
    expect(auditorView.data.informationRequests.nodes[0].availableActions).toEqual([]);
  });
});
