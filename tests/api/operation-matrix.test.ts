// Who may call each operation, role by role: a caller outside the list gets FORBIDDEN and nothing else happens; a
// caller inside it gets past the gate (its arguments here are made to fail on validation or NOT_FOUND, so nothing
// changes). Every query and mutation of the schema must be in this table or in COVERED_ELSEWHERE.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../server/src/generated/prisma/enums.ts";
import type { App } from "../../server/src/app.ts";
import { buildApiSchema } from "../../server/src/graphql/schema.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { ALL_ROLES, callersByRole, createTestApp, run } from "../support/api.ts";

/** Operations whose per-role access other API tests walk (field-authorization, row-scopes, login, workflows). */
const COVERED_ELSEWHERE = [
  "Query.me", "Query.myPermissions", "Query.node", "Query.serviceConnection", "Query.serviceConnections", "Query.users", "Query.complaints",
  "Query.workOrders", "Query.discounts", "Query.auditEntries", "Query.localities", "Mutation.login", "Mutation.logout", "Mutation.fileComplaint",
  "Mutation.completeVerification", "Query.trackFolio",
];

const ALL = ALL_ROLES;
const TRANSPARENCY_READERS: Role[] = ["IT", "HEAD", "MANAGER", "AUDITOR"];
const ADMIN: Role[] = ["ADMIN"];
const NOWHERE = toGlobalId("InformationRequest", 999_999);
const NO_ORDER = toGlobalId("WorkOrder", 999_999);
const NO_COMPLAINT = toGlobalId("Complaint", 999_999);
const FIELD_OFFICES: Role[] = ["VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS"];
const REGISTER: Role[] = ["REGISTRY", "ADMIN"];
const READ_USERS: Role[] = ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "CASHIER", "IT", "AUDITOR", "ADMIN"];
const NO_USER = toGlobalId("User", 999_999);
const NO_CONNECTION = toGlobalId("ServiceConnection", 999_999);

/** operation → [document, variables, roles that pass the gate] */
const MATRIX: Record<string, [string, Record<string, unknown>, Role[]]> = {
  "Query.verifyAuditChain": ["{ verifyAuditChain { intact } }", {}, ["AUDITOR"]],
  "Query.informationRequests": ["{ informationRequests(first: 1) { totalCount } }", {}, TRANSPARENCY_READERS],
  "Query.transparencyReport": ["{ transparencyReport(year: 2026, month: 1) { complaintsFiled } }", {}, TRANSPARENCY_READERS],
  "Query.transparencyMonths": ["{ transparencyMonths(count: 1) { year } }", {}, TRANSPARENCY_READERS],
  "Query.transparencyMonth": ["{ transparencyMonth(year: 2026, month: 1) { year } }", {}, TRANSPARENCY_READERS],
  "Query.staffMembers": ["{ staffMembers(first: 1) { totalCount } }", {}, ["ADMIN", "AUDITOR", "HEAD", "MANAGER"]],
  "Query.staffMember": [`{ staffMember(id: "${toGlobalId("Staff", 999_999)}") { username } }`, {}, ["ADMIN", "AUDITOR", "HEAD", "MANAGER"]],
  "Query.apiClients": ["{ apiClients(first: 1) { totalCount } }", {}, ["ADMIN", "AUDITOR"]],
  "Query.apiScopes": ["{ apiScopes { name } }", {}, ["ADMIN", "AUDITOR"]],
  // webhooks: a partner key reads and manages its own (tests/api/webhooks.test.ts); of the staff, ADMIN manages, AUDITOR reads
  "Query.webhooks": ["{ webhooks(first: 1) { totalCount } }", {}, ["ADMIN", "AUDITOR"]],
  "Query.webhookDeliveries": ["{ webhookDeliveries(first: 1) { totalCount } }", {}, ["ADMIN", "AUDITOR"]],
  "Query.webhookEvents": ["{ webhookEvents { name } }", {}, ["ADMIN", "AUDITOR"]],
  "Mutation.registerWebhook": ["mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { userErrors { code } } }", { i: { url: "", events: [] } }, ADMIN],
  "Mutation.removeWebhook": ["mutation($i: RemoveWebhookInput!) { removeWebhook(input: $i) { userErrors { code } } }", { i: { id: toGlobalId("Webhook", 999_999) } }, ADMIN],
  "Mutation.replayWebhookDelivery": ["mutation($i: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $i) { userErrors { code } } }", { i: { id: toGlobalId("WebhookDelivery", 999_999) } }, ADMIN],
  "Query.crews": ["{ crews { id } }", {}, ALL],
  "Query.tariffs": ["{ tariffs { id } }", {}, ALL],
  "Query.holidays": ["{ holidays(year: 2026) { date } }", {}, ALL],
  "Query.serviceTargets": ["{ serviceTargets { type } }", {}, ALL],
  "Query.settings": ["{ settings { key } }", {}, ALL],
  "Query.delinquencyList": ["{ delinquencyList { minPeriodsOwed } }", {}, ["COLLECTIONS", "HEAD", "MANAGER", "AUDITOR"]],
  "Query.crewLimitationOrders": [`{ crewLimitationOrders(crewId: "${toGlobalId("Crew", 999_999)}", first: 1) { totalCount } }`, {}, ["COLLECTIONS", "HEAD", "MANAGER", "AUDITOR"]],
  "Mutation.issueLimitationOrders": [
    "mutation($i: IssueLimitationOrdersInput!) { issueLimitationOrders(input: $i) { userErrors { code } } }",
    { i: { crewId: toGlobalId("Crew", 999_999), connectionIds: [] } },
    ["COLLECTIONS"],
  ],
  "Mutation.recordLimitationResults": [
    "mutation($i: RecordLimitationResultsInput!) { recordLimitationResults(input: $i) { userErrors { code } } }",
    { i: { results: [] } },
    ["COLLECTIONS"],
  ],
  "Query.followUpBoard": ["{ followUpBoard { open } }", {}, ["HEAD", "MANAGER", "AUDITOR"]],
  "Query.pendingWork": ["{ pendingWork(first: 1) { totalCount } }", {}, ["HEAD", "MANAGER", "AUDITOR"]],
  "Query.departmentDashboard": ["{ departmentDashboard { year } }", {}, ["HEAD", "MANAGER"]],
  "Query.openWork": ["{ openWork(first: 1) { totalCount } }", {}, ["HEAD", "MANAGER", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "AUDITOR"]],
  "Mutation.pauseWorkOrder": [
    "mutation($i: PauseWorkOrderInput!) { pauseWorkOrder(input: $i) { userErrors { code } } }",
    { i: { workOrderId: toGlobalId("WorkOrder", 999_999), reason: "x" } },
    ["FRONT_DESK", "HEAD", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS"],
  ],
  "Mutation.resumeWorkOrder": [
    "mutation($i: ResumeWorkOrderInput!) { resumeWorkOrder(input: $i) { userErrors { code } } }",
    { i: { workOrderId: toGlobalId("WorkOrder", 999_999) } },
    ["FRONT_DESK", "HEAD", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS"],
  ],
  "Mutation.pauseComplaint": [
    "mutation($i: PauseComplaintInput!) { pauseComplaint(input: $i) { userErrors { code } } }",
    { i: { complaintId: NO_COMPLAINT, reason: "x" } },
    ["FRONT_DESK", "HEAD"],
  ],
  "Mutation.resumeComplaint": ["mutation($i: ResumeComplaintInput!) { resumeComplaint(input: $i) { userErrors { code } } }", { i: { complaintId: NO_COMPLAINT } }, ["FRONT_DESK", "HEAD"]],
  "Mutation.receiveInformationRequest": [
    "mutation($i: ReceiveInformationRequestInput!) { receiveInformationRequest(input: $i) { userErrors { code } } }",
    { i: { receivedAt: "2026-01-05T16:00:00Z", channel: "EMAIL", subject: "", responsibleArea: "" } },
    ["IT"],
  ],
  "Mutation.startInformationRequest": ["mutation($i: StartInformationRequestInput!) { startInformationRequest(input: $i) { userErrors { code } } }", { i: { id: NOWHERE } }, ["IT"]],
  "Mutation.extendInformationRequest": ["mutation($i: ExtendInformationRequestInput!) { extendInformationRequest(input: $i) { userErrors { code } } }", { i: { id: NOWHERE, reason: "x" } }, ["IT"]],
  "Mutation.answerInformationRequest": ["mutation($i: AnswerInformationRequestInput!) { answerInformationRequest(input: $i) { userErrors { code } } }", { i: { id: NOWHERE, response: "x" } }, ["IT"]],
  "Mutation.declineInformationRequest": ["mutation($i: DeclineInformationRequestInput!) { declineInformationRequest(input: $i) { userErrors { code } } }", { i: { id: NOWHERE, reason: "x" } }, ["IT"]],
  "Mutation.generateTransparencyReport": [
    "mutation($i: GenerateTransparencyReportInput!) { generateTransparencyReport(input: $i) { userErrors { code } } }",
    { i: { year: 2099, month: 1 } },
    ["IT", "HEAD"],
  ],
  "Mutation.markTransparencyReportDelivered": [
    "mutation($i: MarkTransparencyReportDeliveredInput!) { markTransparencyReportDelivered(input: $i) { userErrors { code } } }",
    { i: { id: toGlobalId("TransparencyReport", 999_999) } },
    ["IT"],
  ],
  "Mutation.createStaff": ["mutation($i: CreateStaffInput!) { createStaff(input: $i) { userErrors { code } } }", { i: { username: "", fullName: "", roles: [] } }, ADMIN],
  "Mutation.updateStaffRoles": ["mutation($i: UpdateStaffRolesInput!) { updateStaffRoles(input: $i) { userErrors { code } } }", { i: { id: toGlobalId("Staff", 999_999), roles: ["FRONT_DESK"] } }, ADMIN],
  "Mutation.deactivateStaff": ["mutation($i: StaffIdInput!) { deactivateStaff(input: $i) { userErrors { code } } }", { i: { id: toGlobalId("Staff", 999_999) } }, ADMIN],
  "Mutation.reactivateStaff": ["mutation($i: StaffIdInput!) { reactivateStaff(input: $i) { userErrors { code } } }", { i: { id: toGlobalId("Staff", 999_999) } }, ADMIN],
  "Mutation.resetStaffPassword": ["mutation($i: StaffIdInput!) { resetStaffPassword(input: $i) { userErrors { code } } }", { i: { id: toGlobalId("Staff", 999_999) } }, ADMIN],
  "Mutation.changeOwnPassword": [
    "mutation($i: ChangeOwnPasswordInput!) { changeOwnPassword(input: $i) { userErrors { code } } }",
    { i: { currentPassword: "no-es-la-actual", newPassword: "Nueva-clave-2026" } },
    ALL,
  ],
  "Mutation.createApiClient": ["mutation($i: CreateApiClientInput!) { createApiClient(input: $i) { userErrors { code } } }", { i: { name: "", scopes: [] } }, ADMIN],
  "Mutation.rotateApiClientKey": ["mutation($i: RotateApiClientKeyInput!) { rotateApiClientKey(input: $i) { userErrors { code } } }", { i: { id: toGlobalId("ApiClient", 999_999) } }, ADMIN],
  "Mutation.revokeApiClient": ["mutation($i: RevokeApiClientInput!) { revokeApiClient(input: $i) { userErrors { code } } }", { i: { id: toGlobalId("ApiClient", 999_999) } }, ADMIN],
  "Mutation.saveLocality": ["mutation($i: LocalityInput!) { saveLocality(input: $i) { userErrors { code } } }", { i: { name: "" } }, ADMIN],
  "Mutation.saveCrew": ["mutation($i: CrewInput!) { saveCrew(input: $i) { userErrors { code } } }", { i: { name: "", leaderName: "", localityIds: [] } }, ADMIN],
  "Mutation.saveTariff": [
    "mutation($i: TariffInput!) { saveTariff(input: $i) { userErrors { code } } }",
    { i: { connectionType: "DOMESTIC", validFrom: "2000-01-01", minimumM3: "10.00", minimumCharge: "1.00", blocks: [] } },
    ADMIN,
  ],
  "Mutation.createClosure": ["mutation($i: CreateClosureInput!) { createClosure(input: $i) { userErrors { code } } }", { i: { date: "2000-01-03", name: "x" } }, ADMIN],
  "Mutation.deleteClosure": ["mutation($i: DeleteClosureInput!) { deleteClosure(input: $i) { userErrors { code } } }", { i: { id: toGlobalId("Holiday", 999_999) } }, ADMIN],
  "Mutation.updateServiceTarget": [
    "mutation($i: UpdateServiceTargetInput!) { updateServiceTarget(input: $i) { userErrors { code } } }",
    { i: { type: "VERIFICATION", escalateToHeadAfterHours: 1, escalateToManagerAfterHours: 1 } },
    ["HEAD", "ADMIN"],
  ],
  "Mutation.assignWorkOrder": [
    "mutation($i: AssignWorkOrderInput!) { assignWorkOrder(input: $i) { userErrors { code } } }",
    { i: { workOrderId: NO_ORDER, department: "FOLLOW_UP" } },
    ["HEAD", "MANAGER"],
  ],
  "Mutation.startWorkOrder": ["mutation($i: StartWorkOrderInput!) { startWorkOrder(input: $i) { userErrors { code } } }", { i: { workOrderId: NO_ORDER } }, FIELD_OFFICES],
  "Mutation.completeWorkOrder": [
    "mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { userErrors { code } } }",
    { i: { workOrderId: NO_ORDER, notes: "x" } },
    FIELD_OFFICES,
  ],
  "Mutation.cancelWorkOrder": ["mutation($i: CancelWorkOrderInput!) { cancelWorkOrder(input: $i) { userErrors { code } } }", { i: { workOrderId: NO_ORDER, reason: "x" } }, ["HEAD", "MANAGER"]],
  "Mutation.requestReconnection": [
    "mutation($i: RequestReconnectionInput!) { requestReconnection(input: $i) { userErrors { code } } }",
    { i: { connectionId: toGlobalId("ServiceConnection", 999_999) } },
    ["FRONT_DESK", "HEAD"],
  ],
  "Mutation.recordAdvice": ["mutation($i: RecordAdviceInput!) { recordAdvice(input: $i) { userErrors { code } } }", { i: { complaintId: NO_COMPLAINT, advice: "x" } }, ["FRONT_DESK", "HEAD"]],
  "Mutation.forwardLeakReport": ["mutation($i: ForwardLeakReportInput!) { forwardLeakReport(input: $i) { userErrors { code } } }", { i: { complaintId: NO_COMPLAINT } }, ["REGISTRY"]],
  "Query.nearbyLeakReports": ['{ nearbyLeakReports(place: { latitude: 0, longitude: 0 }) { id } }', {}, ["FRONT_DESK", "HEAD"]],
  "Query.ledgerEntry": [`{ ledgerEntry(id: "${toGlobalId("LedgerEntry", 999_999)}") { id } }`, {}, ["FRONT_DESK", "HEAD", "MANAGER", "COLLECTIONS", "CASHIER", "AUDITOR"]],
  "Query.meterAdjustmentQuote": [
    "query($i: MeterAdjustmentQuoteInput!) { meterAdjustmentQuote(input: $i) { userErrors { code } } }",
    { i: { connectionId: toGlobalId("ServiceConnection", 999_999), verificationOrderId: toGlobalId("WorkOrder", 999_999), volumeM3: "1.00", period: "2026-01" } },
    ["FRONT_DESK", "HEAD"],
  ],
  "Mutation.recordPayment": [
    "mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { userErrors { code } } }",
    { i: { connectionId: toGlobalId("ServiceConnection", 999_999), amount: "0", method: "CASH", reference: "MATRIZ-1" } },
    ["CASHIER"],
  ],
  "Mutation.postCharge": [
    "mutation($i: PostChargeInput!) { postCharge(input: $i) { userErrors { code } } }",
    { i: { connectionId: toGlobalId("ServiceConnection", 999_999), period: "2026-01", consumptionM3: "-1" } },
    [],
  ],
  "Mutation.requestDiscount": [
    "mutation($i: RequestDiscountInput!) { requestDiscount(input: $i) { userErrors { code } } }",
    { i: { kind: "METER_ADJUSTMENT", connectionId: toGlobalId("ServiceConnection", 999_999), verificationOrderId: toGlobalId("WorkOrder", 999_999), volumeM3: "1.00", period: "2026-01", reason: "x" } },
    ["FRONT_DESK", "HEAD"],
  ],
  "Mutation.requestSocialDiscount": [
    "mutation($i: RequestSocialDiscountInput!) { requestSocialDiscount(input: $i) { userErrors { code } } }",
    { i: { connectionId: toGlobalId("ServiceConnection", 999_999), credentialType: "PENSIONER", credentialNumber: "", evidence: "" } },
    ["FRONT_DESK", "HEAD"],
  ],
  "Mutation.authorizeDiscount": ["mutation($i: DiscountDecisionInput!) { authorizeDiscount(input: $i) { userErrors { code } } }", { i: { discountId: toGlobalId("Discount", 999_999), reason: "" } }, ["HEAD", "MANAGER"]],
  "Mutation.rejectDiscount": ["mutation($i: DiscountDecisionInput!) { rejectDiscount(input: $i) { userErrors { code } } }", { i: { discountId: toGlobalId("Discount", 999_999), reason: "x" } }, ["HEAD", "MANAGER"]],
  "Query.user": ["query($id: ID!) { user(id: $id) { id } }", { id: NO_USER }, READ_USERS],
  "Query.possibleDuplicates": ["query($i: PossibleDuplicatesInput!) { possibleDuplicates(input: $i) { reasons } }", { i: { userId: NO_USER } }, REGISTER],
  "Mutation.createUser": ["mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { code } } }", { i: { fullName: "" } }, REGISTER],
  "Mutation.updateUser": ["mutation($i: UpdateUserInput!) { updateUser(input: $i) { userErrors { code } } }", { i: { id: NO_USER, fullName: "x" } }, REGISTER],
  "Mutation.mergeUsers": ["mutation($i: MergeUsersInput!) { mergeUsers(input: $i) { userErrors { code } } }", { i: { keepId: NO_USER, mergeId: toGlobalId("User", 999_998) } }, REGISTER],
  "Query.registerImports": ["{ registerImports(first: 1) { totalCount } }", {}, ["REGISTRY", "ADMIN", "AUDITOR"]],
  "Query.registerImport": [`{ registerImport(id: "${toGlobalId("RegisterImport", 999_999)}") { id } }`, {}, ["REGISTRY", "ADMIN", "AUDITOR"]],
  "Mutation.applyRegisterImport": [`mutation { applyRegisterImport(id: "${toGlobalId("RegisterImport", 999_999)}") { userErrors { code } } }`, {}, REGISTER],
  "Mutation.createServiceConnection": [
    "mutation($i: CreateServiceConnectionInput!) { createServiceConnection(input: $i) { userErrors { code } } }",
    { i: { holderId: NO_USER, localityId: toGlobalId("Locality", 999_999), street: "x", meter: { serialNumber: "x", installedAt: "2026-01-05" } } },
    REGISTER,
  ],
  "Mutation.updateServiceConnection": ["mutation($i: UpdateServiceConnectionInput!) { updateServiceConnection(input: $i) { userErrors { code } } }", { i: { id: NO_CONNECTION, street: "x" } }, REGISTER],
  "Mutation.transferServiceConnection": [
    "mutation($i: TransferServiceConnectionInput!) { transferServiceConnection(input: $i) { userErrors { code } } }",
    { i: { id: NO_CONNECTION, toUserId: NO_USER, reason: "x" } },
    REGISTER,
  ],
  "Mutation.cancelServiceConnection": ["mutation($i: CancelServiceConnectionInput!) { cancelServiceConnection(input: $i) { userErrors { code } } }", { i: { id: NO_CONNECTION, reason: "x" } }, REGISTER],
  "Mutation.updateSetting": ["mutation($i: UpdateSettingInput!) { updateSetting(input: $i) { userErrors { code } } }", { i: { key: "informationRequestBusinessDays", value: -1 } }, ADMIN],
};

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe("operation matrix", () => {
  it("should hold every query and mutation of the schema", async () => {
    const schema = await buildApiSchema();
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()).map((f) => `${type.name}.${f}`));
    expect(operations.filter((name) => !(name in MATRIX) && !COVERED_ELSEWHERE.includes(name))).toEqual([]);
  });

  it.each(Object.entries(MATRIX))("should let exactly its roles through %s", async (_name, [document, variables, allowed]) => {
    const auditBefore = await database.db.auditEntry.count();
    const outcome: Record<string, string> = {};
    for (const role of ALL_ROLES) {
      const result = await run(app, document, variables, callers[role].token);
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      outcome[role] = codes.includes("FORBIDDEN") ? "FORBIDDEN" : codes.length ? `error ${codes.join(",")}` : "through";
    }
    expect(outcome).toEqual(Object.fromEntries(ALL_ROLES.map((role) => [role, allowed.includes(role) ? "through" : "FORBIDDEN"])));
    // refused or failed calls changed nothing
    expect(await database.db.auditEntry.count()).toBe(auditBefore);
  });
});
