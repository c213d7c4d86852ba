// Administration through the API: staff accounts with one-time passwords, deactivation that ends sessions at once,
// own password changes, partner keys (shown once, rotated with a grace period, revoked), and catalogs whose rules
// keep past due dates and prices as they were.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, errorCodes, run } from "../support/api.ts";
import { TEST_PASSWORD } from "../support/factories.ts";
import { idOf, toGlobalId } from "../../server/src/shared/global-id.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let now = new Date("2026-11-10T18:00:00Z");

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db, { now: () => now });
  callers = await callersByRole(database.db);
  await database.db.session.updateMany({ data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token staff { username mustChangePassword } userErrors { message } } }`;
const CREATE = `mutation($i: CreateStaffInput!) { createStaff(input: $i) { staff { id username roles mustChangePassword } temporaryPassword userErrors { field message code } } }`;
const CHANGE = `mutation($i: ChangeOwnPasswordInput!) { changeOwnPassword(input: $i) { staff { mustChangePassword } userErrors { field message code } } }`;
const byId = (name: string, extra = "") => `mutation($i: StaffIdInput!) { ${name}(input: $i) { staff { active } ${extra} userErrors { message code } } }`;
const MY_ORDERS = `{ workOrders(filter: { assignedToMe: true }) { totalCount } }`;

describe("staff accounts", () => {
  let staffId: string;
  let temporary: string;
  let token: string;

  it("should create an account with a temporary password that opens only the password change", async () => {
    const created = await run(app, CREATE, { i: { username: " Verificador.Nuevo ", fullName: "  Ana   Lucía Beltrán ", roles: ["VERIFIER"] } }, callers.ADMIN.token);
    const { staff, temporaryPassword, userErrors } = created.data.createStaff;
    expect(userErrors).toEqual([]);
    expect(staff).toMatchObject({ username: "verificador.nuevo", roles: ["VERIFIER"], mustChangePassword: true });
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    [staffId, temporary] = [staff.id, temporaryPassword];
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: "staff.create", entityId: String(idOf("Staff", staffId)) } });
    expect(JSON.stringify(entry)).not.toMatch(/passwordHash|scrypt/);

    const login = await run(app, LOGIN, { u: "verificador.nuevo", p: temporary });
    expect(login.data.login.staff).toEqual({ username: "verificador.nuevo", mustChangePassword: true });
    token = login.data.login.token;
    const blocked = await run(app, MY_ORDERS, {}, token);
    expect(blocked.errors?.[0]).toMatchObject({ message: "Cambie su contraseña temporal antes de continuar", extensions: { code: "FORBIDDEN" } });
    expect((await run(app, "{ me { username mustChangePassword } }", {}, token)).data.me).toEqual({ username: "verificador.nuevo", mustChangePassword: true });
  });

  it("should refuse a duplicate username and an account without roles", async () => {
    const duplicate = await run(app, CREATE, { i: { username: "verificador.nuevo", fullName: "Otra", roles: ["IT"] } }, callers.ADMIN.token);
    expect(duplicate.data.createStaff.userErrors).toEqual([{ field: "username", message: "Ya existe la cuenta verificador.nuevo", code: "CONFLICT" }]);
    const noRoles = await run(app, CREATE, { i: { username: "sin.puesto", fullName: "Sin Puesto", roles: [] } }, callers.ADMIN.token);
    expect(noRoles.data.createStaff.userErrors[0]).toMatchObject({ field: "roles", code: "BAD_USER_INPUT" });
  });

  it("should change the temporary password only for a strong new one, with the current one", async () => {
    const wrong = await run(app, CHANGE, { i: { currentPassword: "otra", newPassword: "Cascada-Verde-2026" } }, token);
    expect(wrong.data.changeOwnPassword.userErrors).toEqual([{ field: "currentPassword", message: "La contraseña actual no es correcta", code: "BAD_USER_INPUT" }]);
    for (const [weak, message] of [
      ["corta1", "La contraseña debe tener al menos 10 caracteres"],
      ["solamenteletras", "La contraseña debe combinar letras y números"],
      ["verificador.nuevo2026", "La contraseña no debe contener el nombre de usuario"],
    ]) {
      const result = await run(app, CHANGE, { i: { currentPassword: temporary, newPassword: weak } }, token);
      expect(result.data.changeOwnPassword.userErrors).toEqual([{ field: "newPassword", message, code: "BAD_USER_INPUT" }]);
    }
    const changed = await run(app, CHANGE, { i: { currentPassword: temporary, newPassword: "Cascada-Verde-2026" } }, token);
    expect(changed.data.changeOwnPassword).toEqual({ staff: { mustChangePassword: false }, userErrors: [] });
    expect((await run(app, MY_ORDERS, {}, token)).data.workOrders.totalCount).toBe(0);
  });

  it("should end every session of a deactivated account at once, and refuse its login", async () => {
    const deactivated = await run(app, byId("deactivateStaff"), { i: { id: staffId } }, callers.ADMIN.token);
    expect(deactivated.data.deactivateStaff).toEqual({ staff: { active: false }, userErrors: [] });
    expect(errorCodes(await run(app, MY_ORDERS, {}, token))).toEqual(["UNAUTHENTICATED"]);
    expect((await run(app, LOGIN, { u: "verificador.nuevo", p: "Cascada-Verde-2026" })).data.login.userErrors).toHaveLength(1);
    expect(await database.db.session.count({ where: { staffId: idOf("Staff", staffId), revokedAt: null } })).toBe(0);
    const reactivated = await run(app, byId("reactivateStaff"), { i: { id: staffId } }, callers.ADMIN.token);
    expect(reactivated.data.reactivateStaff.staff).toEqual({ active: true });
  });

  it("should give a new temporary password on reset and end the account's sessions", async () => {
    const session = (await run(app, LOGIN, { u: "verificador.nuevo", p: "Cascada-Verde-2026" })).data.login.token;
    const reset = await run(app, byId("resetStaffPassword", "temporaryPassword"), { i: { id: staffId } }, callers.ADMIN.token);
    const fresh = reset.data.resetStaffPassword.temporaryPassword;
    expect(fresh).toMatch(/^\S{4}-\S{4}-\S{4}$/);
    expect(errorCodes(await run(app, "{ me { username } }", {}, session))).toEqual(["UNAUTHENTICATED"]);
    expect((await run(app, LOGIN, { u: "verificador.nuevo", p: fresh })).data.login.staff.mustChangePassword).toBe(true);
  });

  it("should not let an administrator deactivate themself or drop their own ADMIN role", async () => {
    const self = toGlobalId("Staff", callers.ADMIN.staffId);
    expect((await run(app, byId("deactivateStaff"), { i: { id: self } }, callers.ADMIN.token)).data.deactivateStaff.userErrors[0].code).toBe("CONFLICT");
    const roles = await run(app, `mutation($i: UpdateStaffRolesInput!) { updateStaffRoles(input: $i) { userErrors { code } } }`, { i: { id: self, roles: ["IT"] } }, callers.ADMIN.token);
    expect(roles.data.updateStaffRoles.userErrors[0].code).toBe("CONFLICT");
  });

  it("should apply new roles on the account's next request", async () => {
    const { token: itToken, staffId: itId } = callers.IT;
    expect(errorCodes(await run(app, "{ staffMembers(first: 1) { totalCount } }", {}, itToken))).toEqual(["FORBIDDEN"]);
    await run(app, `mutation($i: UpdateStaffRolesInput!) { updateStaffRoles(input: $i) { userErrors { code } } }`, { i: { id: toGlobalId("Staff", itId), roles: ["IT", "HEAD"] } }, callers.ADMIN.token);
    expect(errorCodes(await run(app, "{ staffMembers(first: 1) { totalCount } }", {}, itToken))).toEqual([]);
  });

  it("should let the auditor change its own password but nothing else", async () => {
    const changed = await run(app, CHANGE, { i: { currentPassword: TEST_PASSWORD, newPassword: "Auditoria-Interna-77" } }, callers.AUDITOR.token);
    expect(changed.data.changeOwnPassword.userErrors).toEqual([]);
  });
});

describe("partner API clients", () => {
  const CREATE_CLIENT = `mutation($i: CreateApiClientInput!) { createApiClient(input: $i) { apiClient { id name scopes keyPrefix } key userErrors { field message code } } }`;
  const ROTATE = `mutation($i: RotateApiClientKeyInput!) { rotateApiClientKey(input: $i) { apiClient { previousKeyExpiresAt } key userErrors { message } } }`;
  const REVOKE = `mutation($i: RevokeApiClientInput!) { revokeApiClient(input: $i) { apiClient { active } userErrors { message } } }`;
  const AS_PARTNER = `{ localities { name } }`;

  it("should show the key once, rotate it with a grace period for the old one, and revoke every key", async () => {
    const unknown = await run(app, CREATE_CLIENT, { i: { name: "pagina-web", scopes: ["complaints:write", "todo:poder"] } }, callers.ADMIN.token);
    expect(unknown.data.createApiClient.userErrors).toEqual([{ field: "scopes", message: "Permisos desconocidos: todo:poder", code: "BAD_USER_INPUT" }]);

    const created = (await run(app, CREATE_CLIENT, { i: { name: "pagina-web", description: "Sitio del organismo", scopes: ["complaints:write"] } }, callers.ADMIN.token)).data.createApiClient;
    expect(created.key).toMatch(new RegExp(`^vtk_${created.apiClient.keyPrefix}_`));
    expect(JSON.stringify(await database.db.apiClient.findMany())).not.toContain(created.key.split("_").at(-1));
    expect((await run(app, AS_PARTNER, {}, created.key)).errors).toBeUndefined();
    expect((await database.db.apiClient.findUniqueOrThrow({ where: { name: "pagina-web" } })).lastUsedAt).toEqual(now);

    const rotated = (await run(app, ROTATE, { i: { id: created.apiClient.id, graceHours: 2 } }, callers.ADMIN.token)).data.rotateApiClientKey;
    expect(rotated.apiClient.previousKeyExpiresAt).toBe(new Date(now.getTime() + 2 * 3_600_000).toISOString());
    expect((await run(app, AS_PARTNER, {}, rotated.key)).errors).toBeUndefined();
    expect((await run(app, AS_PARTNER, {}, created.key)).errors).toBeUndefined(); // within the grace period
    now = new Date(now.getTime() + 2 * 3_600_000 + 1000);
    expect(errorCodes(await run(app, AS_PARTNER, {}, created.key))).toEqual(["UNAUTHENTICATED"]);
    expect((await run(app, AS_PARTNER, {}, rotated.key)).errors).toBeUndefined();

    expect((await run(app, REVOKE, { i: { id: created.apiClient.id } }, callers.ADMIN.token)).data.revokeApiClient.apiClient).toEqual({ active: false });
    expect(errorCodes(await run(app, AS_PARTNER, {}, rotated.key))).toEqual(["UNAUTHENTICATED"]);
    const audit = await database.db.auditEntry.findMany({ where: { entityType: "ApiClient" } });
    expect(audit.map((e) => e.action)).toEqual(["apiClient.create", "apiClient.rotateKey", "apiClient.revoke"]);
    expect(JSON.stringify(audit)).not.toMatch(/keyHash/);
  });

  it("should list the scopes with their meaning from the one registry", async () => {
    const result = await run(app, "{ apiScopes { name description } }", {}, callers.AUDITOR.token);
    expect(result.data.apiScopes.map((s: { name: string }) => s.name)).toEqual(["connections:read", "complaints:read", "complaints:write", "payments:write", "billing:read", "billing:write"]);
  });
});

describe("catalogs", () => {
  const SAVE_TARIFF = `mutation($i: TariffInput!) { saveTariff(input: $i) { tariff { id validFrom inForce blocks { fromM3 toM3 pricePerM3 } } userErrors { field message code } } }`;
  const blocks = [{ fromM3: "10.00", toM3: "30.00", pricePerM3: "14.00" }, { fromM3: "30.00", pricePerM3: "24.00" }];

  it("should create a tariff version from a future date, change it until it applies, and never after", async () => {
    const tariff = { connectionType: "DOMESTIC", validFrom: "2027-01-01", minimumM3: "10.00", minimumCharge: "125.00", blocks };
    const gap = await run(app, SAVE_TARIFF, { i: { ...tariff, blocks: [{ fromM3: "12.00", pricePerM3: "1.00" }] } }, callers.ADMIN.token);
    expect(gap.data.saveTariff.userErrors[0]).toMatchObject({ field: "blocks", message: "El bloque 1 debe empezar en 10.00 m³ (donde termina el anterior)" });
    const past = await run(app, SAVE_TARIFF, { i: { ...tariff, validFrom: "2026-11-10" } }, callers.ADMIN.token);
    expect(past.data.saveTariff.userErrors[0].field).toBe("validFrom");

    const created = (await run(app, SAVE_TARIFF, { i: tariff }, callers.ADMIN.token)).data.saveTariff;
    expect(created.tariff).toMatchObject({ validFrom: "2027-01-01", inForce: false, blocks: [{ fromM3: "10.00", toM3: "30.00", pricePerM3: "14.00" }, { fromM3: "30.00", toM3: null, pricePerM3: "24.00" }] });
    const changed = await run(app, SAVE_TARIFF, { i: { ...tariff, id: created.tariff.id, minimumCharge: "130.00" } }, callers.ADMIN.token);
    expect(changed.data.saveTariff.userErrors).toEqual([]);

    now = new Date("2027-01-01T08:00:00Z"); // 1 January, 01:00 in Sinaloa: in force
    const frozen = await run(app, SAVE_TARIFF, { i: { ...tariff, id: created.tariff.id, validFrom: "2027-02-01" } }, callers.ADMIN.token);
    expect(frozen.data.saveTariff.userErrors).toEqual([{ field: null, code: "CONFLICT", message: "Esta tarifa ya rige (o rigió): no se modifica; cree una nueva versión a partir de una fecha futura" }]);
    expect((await run(app, `{ tariffs(connectionType: DOMESTIC) { validFrom inForce } }`, {}, callers.CASHIER.token)).data.tariffs[0]).toEqual({ validFrom: "2027-01-01", inForce: true });
  });

  it("should show federal holidays beside the closures, and change only future closures", async () => {
    const create = `mutation($i: CreateClosureInput!) { createClosure(input: $i) { holiday { id date name kind editable } userErrors { field message } } }`;
    const closure = (await run(app, create, { i: { date: "2027-03-25", name: "Jueves Santo" } }, callers.ADMIN.token)).data.createClosure;
    expect(closure.holiday).toMatchObject({ date: "2027-03-25", kind: "CLOSURE", editable: true });
    expect((await run(app, create, { i: { date: "2027-02-01", name: "Puente" } }, callers.ADMIN.token)).data.createClosure.userErrors[0].message).toBe("Ese día ya es de descanso obligatorio");
    const year = (await run(app, `{ holidays(year: 2027) { date name kind editable } }`, {}, callers.FRONT_DESK.token)).data.holidays;
    expect(year.filter((h: { kind: string }) => h.kind === "FEDERAL").map((h: { date: string }) => h.date)).toEqual(["2027-01-01", "2027-02-01", "2027-03-15", "2027-05-01", "2027-09-16", "2027-11-15", "2027-12-25"]);
    expect(year.find((h: { date: string }) => h.date === "2027-03-25")).toEqual({ date: "2027-03-25", name: "Jueves Santo", kind: "CLOSURE", editable: true });
    const removed = await run(app, `mutation($i: DeleteClosureInput!) { deleteClosure(input: $i) { deletedId userErrors { message } } }`, { i: { id: closure.holiday.id } }, callers.ADMIN.token);
    expect(removed.data.deleteClosure.userErrors).toEqual([]);
  });

  it("should keep settings and service targets within their bounds, and audit each change", async () => {
    const setting = `mutation($i: UpdateSettingInput!) { updateSetting(input: $i) { setting { key value label } userErrors { field message } } }`;
    const refused = await run(app, setting, { i: { key: "informationRequestBusinessDays", value: 15.5 } }, callers.ADMIN.token);
    expect(refused.data.updateSetting.userErrors[0].message).toMatch(/entero/);
    await database.db.setting.create({ data: { key: "informationRequestBusinessDays", value: 20 } });
    const saved = await run(app, setting, { i: { key: "informationRequestBusinessDays", value: 15 } }, callers.ADMIN.token);
    expect(saved.data.updateSetting.setting).toMatchObject({ key: "informationRequestBusinessDays", value: 15 });

    await database.db.serviceTarget.create({ data: { type: "LEAK_REPAIR", hours: 24, escalateToHeadAfterHours: 24, escalateToManagerAfterHours: 48 } });
    const target = `mutation($i: UpdateServiceTargetInput!) { updateServiceTarget(input: $i) { serviceTarget { type hours businessDays } userErrors { field message } } }`;
    const both = await run(app, target, { i: { type: "LEAK_REPAIR", hours: 12, businessDays: 1, escalateToHeadAfterHours: 12, escalateToManagerAfterHours: 24 } }, callers.HEAD.token);
    expect(both.data.updateServiceTarget.userErrors[0].field).toBe("hours");
    const ok = await run(app, target, { i: { type: "LEAK_REPAIR", hours: 12, escalateToHeadAfterHours: 12, escalateToManagerAfterHours: 24 } }, callers.HEAD.token);
    expect(ok.data.updateServiceTarget.serviceTarget).toEqual({ type: "LEAK_REPAIR", hours: 12, businessDays: null });
    const actions = (await database.db.auditEntry.findMany({ where: { entityType: { in: ["Setting", "ServiceTarget"] } } })).map((e) => e.action);
    expect(actions).toEqual(["setting.update", "serviceTarget.update"]);
  });

  it("should keep crews with the localities they cover", async () => {
    const [a, b] = await Promise.all([database.db.locality.create({ data: { name: "El Playón" } }), database.db.locality.create({ data: { name: "Leyva Solano" } })]);
    const save = `mutation($i: CrewInput!) { saveCrew(input: $i) { crew { id name leaderName localities { name } } userErrors { field message } } }`;
    const crew = (await run(app, save, { i: { name: "Cuadrilla 1", leaderName: "Jesús Gámez", localityIds: [toGlobalId("Locality", a.id)] } }, callers.ADMIN.token)).data.saveCrew.crew;
    const moved = await run(app, save, { i: { id: crew.id, name: "Cuadrilla 1", leaderName: "Jesús Gámez", localityIds: [toGlobalId("Locality", b.id), toGlobalId("Locality", a.id)] } }, callers.ADMIN.token);
    expect(moved.data.saveCrew.crew.localities.map((l: { name: string }) => l.name).sort()).toEqual(["El Playón", "Leyva Solano"]);
    const renamed = await run(app, `mutation($i: LocalityInput!) { saveLocality(input: $i) { locality { name } userErrors { message } } }`, { i: { id: toGlobalId("Locality", a.id), name: "El Playón de Angostura" } }, callers.ADMIN.token);
    expect(renamed.data.saveLocality.locality).toEqual({ name: "El Playón de Angostura" });
  });
});
