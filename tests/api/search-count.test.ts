// A search counts its matches only up to CONNECTION_COUNT_LIMIT: a broad name ("garcía") must not make the database
// count tens of thousands of rows on every keystroke at the counter; the API says when the count is a lower bound.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/src/app.ts";
import { CONNECTION_COUNT_LIMIT } from "../../server/src/modules/service-connection/service-connection.service.ts";
import { connectionSearchText, normalizeForSearch } from "../../server/src/shared/text.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createLocality } from "../support/factories.ts";
import { countingClient, type CountingClient } from "../support/statement-counter.ts";

let database: TestDatabase;
let counting: CountingClient;
let app: App;
let token: string;

/** `count` holders named `name`, each with one connection. */
async function holders(name: string, count: number, localityId: number, firstControl: number) {
  const users = await database.db.user.createManyAndReturn({ data: Array.from({ length: count }, () => ({ fullName: name, searchText: normalizeForSearch(name) })), select: { id: true } });
  await database.db.serviceConnection.createMany({
    data: users.map((u, i) => {
      const address = { controlNumber: String(firstControl + i), street: "Calle Sinaloa", exteriorNumber: String(i) };
      return { ...address, holderId: u.id, localityId, searchText: connectionSearchText(address, name) };
    }),
  });
}

beforeAll(async () => {
  database = await createPostgresDatabase();
  const locality = await createLocality(database.db);
  await holders("Rosario Zazueta Gaxiola", CONNECTION_COUNT_LIMIT + 5, locality.id, 700000);
  await holders("Rosario Inzunza Borboa", 3, locality.id, 800000);
  counting = countingClient(database.url!);
  app = await createTestApp(counting.db);
  token = (await callersByRole(database.db)).FRONT_DESK.token;
});
afterAll(async () => {
  await app?.stop();
  await counting?.db.$disconnect();
  await database?.drop();
});

const SEARCH = `query($q: String) { serviceConnections(first: 20, filter: { search: $q }) { totalCount totalCountIsExact nodes { controlNumber } } }`;

describe("search count", () => {
  it("should count exactly when few connections match, without a count query when the first page holds them all", async () => {
    const { result, statements } = await counting.during(() => run(app, SEARCH, { q: "rosario inzunza" }, token));
    expect(result.data.serviceConnections).toMatchObject({ totalCount: 3, totalCountIsExact: true });
    expect(statements.filter((s) => /COUNT\(/i.test(s))).toEqual([]);
    const paged = await run(app, `query($q: String) { serviceConnections(first: 2, filter: { search: $q }) { totalCount totalCountIsExact } }`, { q: "rosario inzunza" }, token);
    expect(paged.data.serviceConnections).toEqual({ totalCount: 3, totalCountIsExact: true });
  });

  it("should stop counting past the limit and say the count is a lower bound", async () => {
    const { result, statements } = await counting.during(() => run(app, SEARCH, { q: "zazueta" }, token));
    expect(result.data.serviceConnections).toMatchObject({ totalCount: CONNECTION_COUNT_LIMIT, totalCountIsExact: false });
    expect(result.data.serviceConnections.nodes).toHaveLength(20);
    const count = statements.filter((s) => /COUNT\(/i.test(s));
    expect(count).toHaveLength(1);
    expect(count[0]).toMatch(/LIMIT/i);
  });

  it("should bound the count of the whole list too", async () => {
    const result = await run(app, `{ serviceConnections(first: 1) { totalCount totalCountIsExact } }`, {}, token);
    expect(result.data.serviceConnections).toEqual({ totalCount: CONNECTION_COUNT_LIMIT, totalCountIsExact: false });
  });
});
