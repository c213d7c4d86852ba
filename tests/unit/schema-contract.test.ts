// The contract test (issue 11): schema/schema.graphql may grow, but may not break what partners built against the
// last released schema unless the break is acknowledged with its reason (schema/released/acknowledged-breaking-changes.json).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SDL_FILE } from "../../server/src/graphql/schema.ts";
import { RELEASED_DIR, readAcknowledged, releasedVersions, unacknowledgedBreakingChanges } from "../../server/src/contract/schema-contract.ts";

const RELEASED = `
"A customer." type User { "Id." id: ID! "Name." name: String! "Old." legacyCode: String @deprecated(reason: "Use name.") "Phone." phone: String }
"Reads." type Query { "Users." users(first: Int): [User!]! }
"Filters." input UserFilter { "Name." name: String }
`;

describe("schema contract", () => {
  it("should find a released schema to compare with", () => {
    expect(releasedVersions().length).toBeGreaterThan(0);
  });

  it("should have no unacknowledged breaking change since the last released schema", async () => {
    const last = releasedVersions().at(-1)!;
    const released = fs.readFileSync(path.join(RELEASED_DIR, `${last}.graphql`), "utf8");
    const result = await unacknowledgedBreakingChanges(released, fs.readFileSync(SDL_FILE, "utf8"), readAcknowledged());
    // A change here breaks partners' clients. Prefer an additive change (new field, new optional argument) and mark
    // the old one @deprecated(reason:); if the break is deliberate, add { "change": "<the key below>", "reason": "…" }
    // to schema/released/acknowledged-breaking-changes.json and write it in CHANGELOG.md under "Unreleased".
    expect({ [`breaking changes since ${last}`]: result.unacknowledged, "stale acknowledgements": result.stale, "acknowledged without a reason": result.withoutReason }).toEqual({
      [`breaking changes since ${last}`]: [],
      "stale acknowledgements": [],
      "acknowledged without a reason": [],
    });
  });

  it("should report a removed field, a new required argument and a narrowed type as breaking, until acknowledged", async () => {
    const current = RELEASED.replace(`"Phone." phone: String`, "").replace("users(first: Int)", "users(first: Int, locality: ID!)").replace(`"Name." name: String }`, `"Name." name: String! }`);
    const found = await unacknowledgedBreakingChanges(RELEASED, current, []);
    expect(found.unacknowledged.map((c) => c.split(":")[0])).toEqual(
      expect.arrayContaining(["FIELD_REMOVED User.phone", "FIELD_ARGUMENT_ADDED Query.users.locality", "INPUT_FIELD_TYPE_CHANGED UserFilter.name"]),
    );
    const acknowledged = found.unacknowledged.map((c) => ({ change: c.split(":")[0], reason: "partners told on 2026-11-30" }));
    expect((await unacknowledgedBreakingChanges(RELEASED, current, acknowledged)).unacknowledged).toEqual([]);
  });

  it("should accept additions and the removal of a field deprecated in the release", async () => {
    const current = RELEASED.replace(`"Old." legacyCode: String @deprecated(reason: "Use name.")`, `"Email." email: String`).replace("users(first: Int)", "users(first: Int, after: String)");
    expect(await unacknowledgedBreakingChanges(RELEASED, current, [])).toEqual({ unacknowledged: [], stale: [], withoutReason: [] });
  });

  it("should call an acknowledgement stale when its change is gone, and refuse one without a reason", async () => {
    const result = await unacknowledgedBreakingChanges(RELEASED, RELEASED, [{ change: "FIELD_REMOVED User.phone", reason: "" }]);
    expect(result).toEqual({ unacknowledged: [], stale: ["FIELD_REMOVED User.phone"], withoutReason: ["FIELD_REMOVED User.phone"] });
  });
});
