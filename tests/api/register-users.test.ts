// The register's customers: create and correct them (CURP checked and unique, phone normalised), find possible
// duplicates (same CURP; similar name on the same street and locality), merge a duplicate (never deleted).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import { possibleDuplicates } from "../../server/src/modules/user/user-duplicates.service.ts";
import { createPGliteDatabase, createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection, createLocality } from "../support/factories.ts";

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

const USER = "id fullName curp phone email postalAddress discountCredentialType discountCredential mergedAt mergedInto { id } connections { controlNumber }";
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { ${USER} } userErrors { field message code } } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { ${USER} } userErrors { field message code } } }`;
const MERGE = `mutation($input: MergeUsersInput!) { mergeUsers(input: $input) { user { ${USER} } merged { ${USER} } movedConnections userErrors { field message code } } }`;
const DUPLICATES = `query($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) { reasons nameSimilarity user { id fullName } } }`;

const registry = (query: string, variables: Record<string, unknown>) => run(app, query, variables, callers.REGISTRY.token);

describe("customers", () => {
  let created: { id: string };

  it("should register a customer with a checked CURP and a normalised phone, audited", async () => {
    const result = await registry(CREATE, { input: { fullName: " Gloria  Hernández García ", curp: "hegg560427mvzrrl04", phone: "+52 1 (667) 123-4567", email: "Gloria@Correo.mx", postalAddress: "Apartado 12, Angostura" } });
    expect(result.errors).toBeUndefined();
    const { user, userErrors } = result.data.createUser;
    expect(userErrors).toEqual([]);
    expect(user).toMatchObject({ fullName: "Gloria Hernández García", curp: "HEGG560427MVZRRL04", phone: "6671234567", email: "gloria@correo.mx", postalAddress: "Apartado 12, Angostura", mergedAt: null });
    created = user;
    const audit = await database.db.auditEntry.findMany({ where: { entityType: "User", entityId: String(Number(Buffer.from(user.id, "base64url").toString().split(":")[1])) } });
    expect(audit.map((a) => a.action)).toEqual(["user.create"]);
  });

  it("should refuse a CURP with a wrong check digit, naming the field and what is wrong, and write nothing", async () => {
    const before = await database.db.user.count();
    const { data } = await registry(CREATE, { input: { fullName: "Otra Persona", curp: "HEGG560427MVZRRL05" } });
    expect(data.createUser.userErrors).toEqual([{ field: "curp", code: "BAD_USER_INPUT", message: expect.stringMatching(/dígito verificador.*debería ser 4/) }]);
    expect(data.createUser.user).toBeNull();
    expect(await database.db.user.count()).toBe(before);
  });

  it("should refuse a CURP another customer holds", async () => {
    const { data } = await registry(CREATE, { input: { fullName: "Gloria H. G.", curp: "HEGG560427MVZRRL04" } });
    expect(data.createUser.userErrors).toEqual([{ field: "curp", code: "CONFLICT", message: expect.stringContaining("Gloria Hernández García") }]);
  });

  it("should refuse a phone that is not one, and a missing name", async () => {
    const phone = await registry(CREATE, { input: { fullName: "Sin Teléfono", phone: "123" } });
    expect(phone.data.createUser.userErrors).toMatchObject([{ field: "phone", code: "BAD_USER_INPUT" }]);
    const name = await registry(CREATE, { input: { fullName: "  " } });
    expect(name.data.createUser.userErrors).toMatchObject([{ field: "fullName", code: "BAD_USER_INPUT" }]);
  });

  it("should correct only the fields given and keep the connections' search in step with a new name", async () => {
    const connection = await createConnection(database.db, { holderName: "Ramon Lopez" });
    const id = toGlobalId("User", connection.holderId);
    const { data } = await registry(UPDATE, { input: { id, fullName: "Ramón López Félix", discountCredentialType: "PENSIONER", discountCredential: "PEN-4411" } });
    expect(data.updateUser.userErrors).toEqual([]);
    expect(data.updateUser.user).toMatchObject({ fullName: "Ramón López Félix", discountCredentialType: "PENSIONER", discountCredential: "PEN-4411", email: connection.holder.email });
    const row = await database.db.serviceConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.searchText).toContain("ramon lopez felix");
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "user.update", entityId: String(connection.holderId) } });
    expect(audit.before).toMatchObject({ fullName: "Ramon Lopez" });
    expect(audit.after).toMatchObject({ fullName: "Ramón López Félix" });
  });

  it("should let a reader see the new fields but not change them", async () => {
    const read = await run(app, `query($id: ID!) { user(id: $id) { fullName postalAddress } }`, { id: created.id }, callers.FRONT_DESK.token);
    expect(read.data.user).toEqual({ fullName: "Gloria Hernández García", postalAddress: "Apartado 12, Angostura" });
    const write = await run(app, UPDATE, { input: { id: created.id, fullName: "X" } }, callers.FRONT_DESK.token);
    expect(write.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("possible duplicates and merging", () => {
  let keep: Awaited<ReturnType<typeof createConnection>>;
  let dup: Awaited<ReturnType<typeof createConnection>>;

  beforeAll(async () => {
    const locality = await createLocality(database.db);
    keep = await createConnection(database.db, { holderName: "José Pérez Núñez", localityId: locality.id, curp: "BOXW310820HNERXN09" });
    dup = await createConnection(database.db, { holderName: "Jose Perez Nunez", localityId: locality.id });
    // the same name elsewhere: another locality is another person as far as the register can tell
    await createConnection(database.db, { holderName: "José Pérez Núñez" });
  });

  it("should find a similar name on the same street and locality, and the same CURP", async () => {
    const byName = await registry(DUPLICATES, { input: { fullName: "jose perez", street: "calle benito juarez", localityId: toGlobalId("Locality", keep.localityId) } });
    expect(byName.data.possibleDuplicates.map((c: any) => [c.user.fullName, c.reasons])).toEqual([
      ["José Pérez Núñez", ["SIMILAR_NAME_SAME_ADDRESS"]],
      ["Jose Perez Nunez", ["SIMILAR_NAME_SAME_ADDRESS"]],
    ]);
    const byCurp = await registry(DUPLICATES, { input: { fullName: "Otro Nombre", curp: "boxw310820hnerxn09" } });
    expect(byCurp.data.possibleDuplicates).toMatchObject([{ user: { fullName: "José Pérez Núñez" }, reasons: ["SAME_CURP"] }]);
  });

  it("should find the duplicates of an existing customer, not the customer itself", async () => {
    const { data } = await registry(DUPLICATES, { input: { userId: toGlobalId("User", dup.holderId) } });
    expect(data.possibleDuplicates.map((c: any) => c.user.id)).toEqual([toGlobalId("User", keep.holderId)]);
  });

  it("should find nobody for a different name at the same address", async () => {
    const { data } = await registry(DUPLICATES, { input: { fullName: "Hortensia Valenzuela", street: "Calle Benito Juárez", localityId: toGlobalId("Locality", keep.localityId) } });
    expect(data.possibleDuplicates).toEqual([]);
  });

  it("should merge a duplicate: connections move with history on each, both records audited, nothing deleted", async () => {
    const keepId = toGlobalId("User", keep.holderId);
    const mergeId = toGlobalId("User", dup.holderId);
    const { data } = await registry(MERGE, { input: { keepId, mergeId } });
    expect(data.mergeUsers.userErrors).toEqual([]);
    expect(data.mergeUsers.movedConnections).toBe(1);
    expect(data.mergeUsers.user.connections.map((c: any) => c.controlNumber).sort()).toEqual([keep.controlNumber, dup.controlNumber].sort());
    expect(data.mergeUsers.merged).toMatchObject({ id: mergeId, mergedInto: { id: keepId }, connections: [] });
    expect(data.mergeUsers.merged.mergedAt).not.toBeNull();
    const history = await database.db.historyEvent.findMany({ where: { connectionId: dup.id, type: "HOLDER_CHANGED" } });
    expect(history).toHaveLength(1);
    expect(history[0].summary).toContain("Jose Perez Nunez");
    const audit = await database.db.auditEntry.findMany({ where: { action: { startsWith: "user.merge" } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([["user.merge", String(keep.holderId)], ["user.mergedInto", String(dup.holderId)]]);
    expect(await database.db.user.findUnique({ where: { id: dup.holderId } })).not.toBeNull();
    // left out of the customer list, and refused as either side of another merge
    const list = await registry(`query($s: String) { users(first: 10, filter: { search: $s }) { nodes { id } } }`, { s: "perez nunez" });
    expect(list.data.users.nodes.map((n: any) => n.id)).not.toContain(mergeId);
    const again = await registry(MERGE, { input: { keepId, mergeId } });
    expect(again.data.mergeUsers.userErrors).toMatchObject([{ field: "mergeId", code: "CONFLICT" }]);
  });

  it("should refuse merging a record into itself", async () => {
    const id = toGlobalId("User", keep.holderId);
    const { data } = await registry(MERGE, { input: { keepId: id, mergeId: id } });
    expect(data.mergeUsers.userErrors).toMatchObject([{ field: "mergeId", code: "BAD_USER_INPUT" }]);
  });
});

describe("possible duplicates on the embedded database (PGlite)", () => {
  it("should rank by trigram similarity there too", async () => {
    const pglite = await createPGliteDatabase();
    try {
      const locality = await createLocality(pglite.db);
      await createConnection(pglite.db, { holderName: "José Pérez Núñez", localityId: locality.id });
      const scope = { db: pglite.db, actor: { kind: "staff" as const, id: 1, username: "padron", fullName: "Padrón", roles: ["REGISTRY" as const] }, requestId: "t", clock: { now: () => new Date() }, config: {} as never };
      const found = await possibleDuplicates(scope as never, { fullName: "jose perez", street: "Calle Benito Juárez", localityId: locality.id });
      expect(found.map((c) => [c.user.fullName, c.reasons])).toEqual([["José Pérez Núñez", ["SIMILAR_NAME_SAME_ADDRESS"]]]);
    } finally {
      await pglite.drop();
    }
  });
});
