// Calendar-day rules on the utility's calendar (America/Mazatlan), against a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { nextFolio } from "../../server/src/shared/folio.ts";
import { dueDateFor } from "../../server/src/modules/service-target/due-date.ts";

let database: TestDatabase;
beforeAll(async () => { database = await createPostgresDatabase(); });
afterAll(async () => database?.drop());

describe("folio year", () => {
  it("should give a complaint filed at 23:30 on 31/12/2026 in Sinaloa a 2026 folio, not a 2027 one", async () => {
    const newYearsEveLocal = new Date("2027-01-01T06:30:00Z"); // 31/12/2026 23:30 in Angostura (UTC−7)
    const folio = await database.db.$transaction((tx) => nextFolio(tx, "QTZ", newYearsEveLocal));
    expect(folio).toBe("QTZ-2026-000001");
    const newYearLocal = new Date("2027-01-01T07:30:00Z"); // 01/01/2027 00:30 local
    expect(await database.db.$transaction((tx) => nextFolio(tx, "QTZ", newYearLocal))).toBe("QTZ-2027-000001");
  });
});

describe("due dates beyond the seeded years", () => {
  it("should skip a 2028 federal holiday although no holiday row exists for 2028", async () => {
    expect(await database.db.holiday.count()).toBe(0);
    // Friday 04/02/2028 10:00 local; Monday 07/02/2028 is Constitution Day: 3 business days end on Thursday 10/02
    const issuedAt = new Date("2028-02-04T17:00:00Z");
    const due = await database.db.$transaction((tx) => dueDateFor(tx, "VERIFICATION", issuedAt));
    expect(due.toISOString()).toBe("2028-02-10T17:00:00.000Z");
  });

  it("should skip a configured closure as well", async () => {
    await database.db.holiday.create({ data: { date: new Date("2028-02-08T00:00:00Z"), name: "Cierre por inventario", kind: "CLOSURE" } });
    const due = await database.db.$transaction((tx) => dueDateFor(tx, "VERIFICATION", new Date("2028-02-04T17:00:00Z")));
    expect(due.toISOString()).toBe("2028-02-11T17:00:00.000Z");
  });
});
