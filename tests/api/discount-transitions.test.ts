// The discount transitions table, walked state × action × caller: allowed moves succeed with history and audit in
// their transaction; every other one is refused (CONFLICT: wrong state; FORBIDDEN: wrong role or the requester)
// with nothing changed. availableActions offers exactly the allowed ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { callersByRole, createTestApp, run } from "../support/api.ts";
import { createConnection } from "../support/factories.ts";
import { AUTHORIZE, gid, moneySetup, REJECT } from "../support/money.ts";
import { DISCOUNT_TRANSITIONS } from "../../server/src/modules/discount/discount.transitions.ts";
import type { DiscountStatus, Role } from "../../server/src/generated/prisma/enums.ts";
import type { App } from "../../server/src/app.ts";

let database: TestDatabase;
let app: App;
let callers: Awaited<ReturnType<typeof callersByRole>>;

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createTestApp(database.db);
  callers = await callersByRole(database.db);
  await moneySetup(database.db);
});
afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const STATUSES: DiscountStatus[] = ["REQUESTED", "AUTHORIZED", "APPLIED", "REJECTED"];
const ACTIONS = { authorize: [AUTHORIZE, "authorizeDiscount"], reject: [REJECT, "rejectDiscount"] } as const;
/** who calls: a head who did not request it, a manager, the requester (a head), and roles without the gate */
const CALLERS = ["HEAD", "MANAGER", "REQUESTER", "FRONT_DESK", "CASHIER", "AUDITOR"] as const;

type Caller = (typeof CALLERS)[number];
const expected = (status: DiscountStatus, action: keyof typeof ACTIONS, caller: Caller) => {
  if (caller !== "HEAD" && caller !== "MANAGER") return "FORBIDDEN";
  return DISCOUNT_TRANSITIONS[action].from.includes(status) ? "OK" : "CONFLICT";
};

describe("discount transitions", () => {
  const cases = STATUSES.flatMap((status) => (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).flatMap((action) => CALLERS.map((caller) => [status, action, caller] as const)));

  it.each(cases)("%s × %s by %s", async (status, action, caller) => {
    const connection = await createConnection(database.db);
    // the requester is a second head account: the same role as the deciding head, only the person differs
    const requester = callers.HEAD.staffId;
    const discount = await database.db.discount.create({
      data: {
        kind: "SOCIAL", status, connectionId: connection.id, percentage: "50", volumeM3: "30", amount: "0", reason: "Pensionado",
        credentialType: "PENSIONER", credentialNumber: `P-${connection.id}`, evidence: "Credencial", requestedById: requester,
        ...(status === "REQUESTED" ? {} : { decidedAt: new Date(), authorizedById: callers.MANAGER.staffId }),
      },
    });
    const token = caller === "REQUESTER" ? callers.HEAD.token : caller === "HEAD" ? otherHead.token : callers[caller as Role].token;
    const before = { discount: await database.db.discount.findUniqueOrThrow({ where: { id: discount.id } }), audit: await database.db.auditEntry.count(), history: await database.db.historyEvent.count() };

    const offered = await run(app, `query($id: ID!) { node(id: $id) { ... on Discount { availableActions } } }`, { id: gid("Discount", discount.id) }, token);
    const [document, field] = ACTIONS[action];
    const result = await run(app, document, { i: { discountId: gid("Discount", discount.id), reason: "Revisado" } }, token);
    const outcome = result.errors?.length ? result.errors[0].extensions?.code : result.data[field].userErrors[0]?.code ?? "OK";

    expect(outcome).toBe(expected(status, action, caller));
    if (caller === "HEAD" || caller === "MANAGER" || caller === "REQUESTER") expect(offered.data.node).not.toBeNull();
    if (offered.data?.node) expect(offered.data.node.availableActions.includes(action)).toBe(outcome === "OK");
    const after = await database.db.discount.findUniqueOrThrow({ where: { id: discount.id } });
    if (outcome === "OK") {
      expect(after.status).toBe(DISCOUNT_TRANSITIONS[action].to);
      expect(await database.db.auditEntry.count({ where: { action: DISCOUNT_TRANSITIONS[action].audit, entityId: String(discount.id) } })).toBe(1);
      expect(await database.db.historyEvent.count({ where: { discountId: discount.id, type: "DISCOUNT_DECIDED" } })).toBe(1);
      if (action === "authorize") expect(after.validUntil).not.toBeNull();
    } else {
      expect(after).toEqual(before.discount);
      expect(await database.db.auditEntry.count()).toBe(before.audit);
      expect(await database.db.historyEvent.count()).toBe(before.history);
    }
  });
});

let otherHead: { token: string };
beforeAll(async () => {
  const { createStaff, sessionToken } = await import("../support/factories.ts");
  otherHead = { token: await sessionToken(database.db, (await createStaff(database.db, ["HEAD"])).id) };
});
