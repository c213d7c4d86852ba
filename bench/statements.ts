// SQL statements per request of each API scenario, counted in-process on the bench database with the same app the
// server runs (Prisma's query events, as tests/api/statement-count.test.ts counts them); the raw ceiling reports its own.
import { createApp } from "../server/src/app.ts";
import { loadConfig } from "../server/src/config.ts";
import { countingClient } from "../tests/support/statement-counter.ts";
import type { Scenario } from "./scenarios.ts";
import { assertLoopback } from "./load.ts";

export async function apiStatements(url: string, scenarios: Scenario[], tokens: Record<string, string>, samples = 10): Promise<Map<string, number>> {
  const counting = countingClient(url, 2);
  const app = await createApp({ db: counting.db, config: loadConfig({ DATABASE_URL: url }) });
  const out = new Map<string, number>();
  try {
    for (const s of scenarios) {
      let total = 0;
      for (let i = 0; i < samples; i++) {
        const body = s.body();
        const { statements } = await counting.during(() => app.execute(body.query, body.variables ?? {}, tokens[s.as]));
        total += statements.length;
      }
      out.set(s.key, total / samples);
    }
  } finally {
    await app.stop();
    await counting.db.$disconnect();
  }
  return out;
}

/** The raw server's own count (its x-statements header), averaged over a few requests. */
export async function rawStatements(url: string, scenario: Scenario, samples = 5): Promise<number> {
  assertLoopback(url);
  let total = 0;
  for (let i = 0; i < samples; i++) {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(scenario.body()) });
    await response.text();
    total += Number(response.headers.get("x-statements") ?? NaN);
  }
  return total / samples;
}
