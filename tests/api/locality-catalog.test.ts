// The localities catalog is read once and kept (graphql/locality-catalog.ts): a list of connections does not read its
// localities again, yet a rename through the API shows at once and a locality the copy lacks is read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../server/src/shared/global-id.ts";
import type { App } from "../../server/src/app.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection, createLocality } from "../support/factories.ts";
import { countingClient, type CountingClient } from "../support/statement-counter.ts";

let database: TestDatabase;
let counting: CountingClient;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;
let localityId: number;

beforeAll(async () => {
  database = await createPostgresDatabase();
  localityId = (await createLocality(database.db, "El Pozo")).id;
  await createConnection(database.db, { holderName: "Ramona Lugo Gámez", localityId });
  counting = countingClient(database.url!);
  app = await createTestApp(counting.db);
  callers = await callersByRole(database.db);
});
afterAll(async () => {
  await app?.stop();
  await counting?.db.$disconnect();
  await database?.drop();
});

const SEARCH = `query($q: String) { serviceConnections(first: 5, filter: { search: $q }) { nodes { locality { name } } } }`;
const SAVE = `mutation($i: LocalityInput!) { saveLocality(input: $i) { locality { name } userErrors { message } } }`;
const names = async (q: string) => (await run(app, SEARCH, { q }, callers.FRONT_DESK.token)).data.serviceConnections.nodes.map((n: any) => n.locality.name);

describe("localities catalog", () => {
  it("should not read the localities of a list again once it has the catalog", async () => {
    expect(await names("ramona lugo")).toEqual(["El Pozo"]);
    const { statements } = await counting.during(() => names("ramona lugo"));
    expect(statements.filter((s) => s.includes('"Locality"'))).toEqual([]);
  });

  it("should show a rename made through the API at once", async () => {
    await names("ramona lugo");
    const saved = await run(app, SAVE, { i: { id: toGlobalId("Locality", localityId), name: "El Pozo de Ramírez" } }, callers.ADMIN.token);
    expect(saved.data.saveLocality.userErrors).toEqual([]);
    expect(await names("ramona lugo")).toEqual(["El Pozo de Ramírez"]);
  });

  it("should read a locality the copy lacks", async () => {
    await names("ramona lugo");
    const other = await createLocality(database.db, "Palmitas");
    await createConnection(database.db, { holderName: "Trinidad Ochoa Meza", localityId: other.id });
    expect(await names("trinidad ochoa")).toEqual(["Palmitas"]);
  });
});
