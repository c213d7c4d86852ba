// The register's connections: opening one (control number given or from the series, first meter), correcting it,
// cambio de titular (old holder kept in the history, the debt stays unless the policy says otherwise), baja (only at
// zero balance and with no open order), and the meter history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection, createLocality } from "../support/factories.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let locality: { id: number };
let holder: { id: string };
let buyer: { id: string };

const CONNECTION = "id controlNumber street exteriorNumber neighborhood type status specialKind latitude longitude cancelledAt holder { id fullName } locality { name } meter { serialNumber lastReadingM3 installedAt } meters { serialNumber removedAt }";
const mutation = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { serviceConnection { ${CONNECTION} } userErrors { field message code } } }`;
const CREATE = mutation("createServiceConnection", "CreateServiceConnectionInput");
const UPDATE = mutation("updateServiceConnection", "UpdateServiceConnectionInput");
const TRANSFER = mutation("transferServiceConnection", "TransferServiceConnectionInput");
const CANCEL = mutation("cancelServiceConnection", "CancelServiceConnectionInput");
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }`;

const registry = async (query: string, input: Record<string, unknown>) => {
  const result = await run(app, query, { input }, callers.REGISTRY.token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return Object.values(result.data)[0] as { serviceConnection: any; userErrors: { field: string; message: string; code: string }[] };
};
const meter = (serialNumber: string, extra: Record<string, unknown> = {}) => ({ serialNumber, brand: "Cicasa", installedAt: "2026-11-02", initialReadingM3: "12.50", ...extra });

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  locality = await createLocality(database.db, "La Reforma (prueba)");
  holder = (await run(app, CREATE_USER, { input: { fullName: "Hortensia Valenzuela Soto" } }, callers.REGISTRY.token)).data.createUser.user;
  buyer = (await run(app, CREATE_USER, { input: { fullName: "Martín Inzunza Leyva" } }, callers.REGISTRY.token)).data.createUser.user;
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe("opening connections", () => {
  it("should take the next control number of the configured series, skipping numbers already used", async () => {
    await database.db.setting.upsert({ where: { key: "controlNumberSeriesStart" }, update: { value: 700001 }, create: { key: "controlNumberSeriesStart", value: 700001 } });
    await createConnection(database.db, { controlNumber: "700001" });
    const first = await registry(CREATE, { holderId: holder.id, localityId: toGlobalId("Locality", locality.id), street: " Calle  Río Fuerte ", exteriorNumber: "12", type: "DOMESTIC", meter: meter("CI-26-0001") });
    expect(first.userErrors).toEqual([]);
    expect(first.serviceConnection).toMatchObject({
      controlNumber: "700002", street: "Calle Río Fuerte", status: "ACTIVE", holder: { fullName: "Hortensia Valenzuela Soto" }, locality: { name: "La Reforma (prueba)" },
      meter: { serialNumber: "CI-26-0001", lastReadingM3: "12.50", installedAt: "2026-11-02" },
    });
    const second = await registry(CREATE, { holderId: holder.id, localityId: toGlobalId("Locality", locality.id), street: "Calle Río Fuerte", meter: meter("CI-26-0002") });
    expect(second.serviceConnection.controlNumber).toBe("700003");
    const id = Number(Buffer.from(first.serviceConnection.id, "base64url").toString().split(":")[1]);
    const history = await database.db.historyEvent.findMany({ where: { connectionId: id } });
    expect(history.map((h) => [h.type, h.summary])).toEqual([["CONNECTION_CREATED", expect.stringContaining("Alta de la toma 700002 a nombre de Hortensia Valenzuela Soto")]]);
    expect(await database.db.auditEntry.count({ where: { action: "serviceConnection.create", entityId: String(id) } })).toBe(1);
  });

  it("should take a given control number, refusing one in use, a used meter serial and a negative reading, writing nothing", async () => {
    const before = await database.db.serviceConnection.count();
    const given = await registry(CREATE, { controlNumber: "ang-5501", holderId: holder.id, localityId: toGlobalId("Locality", locality.id), street: "Av. Escuela", type: "PUBLIC", specialKind: "SCHOOL", latitude: 25.23, longitude: -108.16, meter: meter("CI-26-0003") });
    expect(given.serviceConnection).toMatchObject({ controlNumber: "ANG-5501", type: "PUBLIC", specialKind: "SCHOOL", latitude: 25.23, longitude: -108.16 });
    const again = await registry(CREATE, { controlNumber: "ANG-5501", holderId: holder.id, localityId: toGlobalId("Locality", locality.id), street: "x", meter: meter("CI-26-0004") });
    expect(again.userErrors).toMatchObject([{ field: "controlNumber", code: "CONFLICT" }]);
    const serial = await registry(CREATE, { holderId: holder.id, localityId: toGlobalId("Locality", locality.id), street: "x", meter: meter("ci-26-0003") });
    expect(serial.userErrors).toMatchObject([{ field: "meter.serialNumber", code: "CONFLICT" }]);
    const negative = await registry(CREATE, { holderId: holder.id, localityId: toGlobalId("Locality", locality.id), street: "x", meter: meter("CI-26-0005", { initialReadingM3: "-3" }) });
    expect(negative.userErrors).toEqual([{ field: "meter.initialReadingM3", code: "BAD_USER_INPUT", message: "La lectura del medidor no puede ser negativa" }]);
    const place = await registry(CREATE, { holderId: holder.id, localityId: toGlobalId("Locality", locality.id), street: "x", latitude: 40, longitude: -108, meter: meter("CI-26-0006") });
    expect(place.userErrors).toMatchObject([{ field: "latitude", code: "BAD_USER_INPUT" }]);
    const noLocality = await registry(CREATE, { holderId: holder.id, localityId: toGlobalId("Locality", 999_999), street: "x", meter: meter("CI-26-0007") });
    expect(noLocality.userErrors).toMatchObject([{ field: "localityId", code: "BAD_USER_INPUT" }]);
    expect(await database.db.serviceConnection.count()).toBe(before + 1);
  });
});

describe("correcting, transferring and cancelling", () => {
  let connection: Awaited<ReturnType<typeof createConnection>>;
  let id: string;

  beforeAll(async () => {
    connection = await createConnection(database.db, { holderName: "Rosa Elena Castro", balance: "350.00" });
    id = toGlobalId("ServiceConnection", connection.id);
  });

  it("should correct only the fields given, with a history entry naming them, and flag a special user", async () => {
    const { serviceConnection, userErrors } = await registry(UPDATE, { id, street: "Calle Morelos", neighborhood: "Centro", specialKind: "LARGE_CONSUMER" });
    expect(userErrors).toEqual([]);
    expect(serviceConnection).toMatchObject({ street: "Calle Morelos", neighborhood: "Centro", exteriorNumber: connection.exteriorNumber, specialKind: "LARGE_CONSUMER" });
    const [event] = await database.db.historyEvent.findMany({ where: { connectionId: connection.id, type: "CONNECTION_UPDATED" } });
    expect(event.summary).toBe("Datos de la toma corregidos por el padrón: calle, colonia, usuario especial (usuario especial: gran consumidor)");
    const found = await run(app, `{ serviceConnections(first: 5, filter: { search: "morelos castro" }) { nodes { controlNumber } } }`, {}, callers.FRONT_DESK.token);
    expect(found.data.serviceConnections.nodes).toEqual([{ controlNumber: connection.controlNumber }]);
  });

  it("should transfer to a new holder with the debt staying on the connection, the old holder kept in the history", async () => {
    const { serviceConnection, userErrors } = await registry(TRANSFER, { id, toUserId: buyer.id, reason: "Compraventa, escritura 1234" });
    expect(userErrors).toEqual([]);
    expect(serviceConnection.holder).toEqual({ id: buyer.id, fullName: "Martín Inzunza Leyva" });
    const row = await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.balance.toFixed(2)).toBe("350.00");
    const history = await run(app, `query($c: String!) { serviceConnection(controlNumber: $c) { history(first: 5) { nodes { type summary notes } } } }`, { c: connection.controlNumber }, callers.FRONT_DESK.token);
    expect(history.data.serviceConnection.history.nodes[0]).toEqual({ type: "HOLDER_CHANGED", summary: "Cambio de titular: de Rosa Elena Castro a Martín Inzunza Leyva", notes: "Compraventa, escritura 1234" });
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "serviceConnection.transfer", entityId: String(connection.id) } });
    expect(audit.before).toMatchObject({ holderName: "Rosa Elena Castro" });
  });

  it("should refuse a transfer of an account in debt when the policy asks for it current", async () => {
    await database.db.setting.upsert({ where: { key: "transferRequiresZeroBalance" }, update: { value: 1 }, create: { key: "transferRequiresZeroBalance", value: 1 } });
    try {
      const { userErrors } = await registry(TRANSFER, { id, toUserId: holder.id, reason: "Herencia" });
      expect(userErrors).toMatchObject([{ code: "CONFLICT", message: expect.stringContaining("tiene adeudo") }]);
      expect((await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } })).holderId).not.toBe(Number(Buffer.from(holder.id, "base64url").toString().split(":")[1]));
    } finally {
      await database.db.setting.update({ where: { key: "transferRequiresZeroBalance" }, data: { value: 0 } });
    }
  });

  it("should cancel only at zero balance and with no open order", async () => {
    const debt = await registry(CANCEL, { id, reason: "Demolición del inmueble" });
    expect(debt.userErrors).toMatchObject([{ code: "CONFLICT", message: expect.stringContaining("adeudo") }]);
    await database.db.serviceConnection.update({ where: { id: connection.id }, data: { balance: 0 } });
    const order = await database.db.workOrder.create({ data: { folio: "OM-2026-990001", type: "METER_REPLACEMENT", connectionId: connection.id, dueAt: new Date() } });
    const busy = await registry(CANCEL, { id, reason: "Demolición del inmueble" });
    expect(busy.userErrors).toMatchObject([{ code: "CONFLICT", message: expect.stringContaining("OM-2026-990001") }]);
    await database.db.workOrder.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
    const done = await registry(CANCEL, { id, reason: "Demolición del inmueble" });
    expect(done.userErrors).toEqual([]);
    expect(done.serviceConnection.status).toBe("CANCELLED");
    expect(done.serviceConnection.cancelledAt).not.toBeNull();
    const again = await registry(UPDATE, { id, street: "Otra" });
    expect(again.userErrors).toMatchObject([{ code: "CONFLICT" }]);
  });

  it("should read the meter history, installed one first", async () => {
    await database.db.meter.updateMany({ where: { connectionId: connection.id }, data: { removedAt: new Date("2026-06-01") } });
    await database.db.meter.create({ data: { serialNumber: `NUEVO-${connection.id}`, connectionId: connection.id, installedAt: new Date("2026-06-01") } });
    const { data } = await run(app, `query($c: String!) { serviceConnection(controlNumber: $c) { meters { serialNumber removedAt } } }`, { c: connection.controlNumber }, callers.FRONT_DESK.token);
    expect(data.serviceConnection.meters).toEqual([{ serialNumber: `NUEVO-${connection.id}`, removedAt: null }, { serialNumber: expect.stringMatching(/^MED-/), removedAt: "2026-06-01" }]);
  });

  it("should refuse all of it to the front desk", async () => {
    const result = await run(app, TRANSFER, { input: { id, toUserId: holder.id, reason: "x" } }, callers.FRONT_DESK.token);
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
