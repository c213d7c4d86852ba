// Runs once before all tests: checks that PostgreSQL answers, so that a missing server fails loudly and early.
import pg from "pg";

export const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export default async function setup() {
  const client = new pg.Client(ADMIN_URL);
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`PostgreSQL is required for the tests at ${ADMIN_URL}: ${(e as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}
