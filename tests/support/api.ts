// Runs GraphQL operations in-process against a real database, one caller per role.
import { createApp, type App } from "../../server/src/app.ts";
import { loadConfig } from "../../server/src/config.ts";
import type { Db } from "../../server/src/db/client.ts";
import type { Role } from "../../server/src/generated/prisma/enums.ts";
import type { Clock } from "../../server/src/shared/clock.ts";
import { createStaff, sessionToken } from "./factories.ts";

export const ALL_ROLES: Role[] = ["FRONT_DESK", "HEAD", "MANAGER", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "CASHIER", "IT", "AUDITOR", "ADMIN"];

export interface GraphQLResult<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export async function createTestApp(db: Db, clock?: Clock) {
  const app = await createApp({ db, config: loadConfig({ DATABASE_URL: "postgresql://unused" }), clock });
  return app;
}

export async function run<T = any>(app: App, query: string, variables: Record<string, unknown> = {}, token: string | null = null): Promise<GraphQLResult<T>> {
  const response = await app.execute(query, variables, token);
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as GraphQLResult<T>;
}

/** One staff member and session per role (plus the staff rows, to assert on ids). */
export async function callersByRole(db: Db) {
  const callers = {} as Record<Role, { token: string; staffId: number }>;
  for (const role of ALL_ROLES) {
    const staff = await createStaff(db, [role]);
    callers[role] = { token: await sessionToken(db, staff.id), staffId: staff.id };
  }
  return callers;
}

export const errorCodes = (result: GraphQLResult) => (result.errors ?? []).map((e) => e.extensions?.code);
