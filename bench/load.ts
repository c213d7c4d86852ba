// Drives one scenario with autocannon (loopback only) and measures sequential latency with plain fetch.
import autocannon, { type Result } from "autocannon";
import type { Scenario } from "./scenarios.ts";
import { measureCpu, type CpuUse } from "./cpu.ts";

export interface LoadRow {
  key: string;
  title: string;
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p975: number;
  p99: number;
  /** responses whose body carried GraphQL `errors` */
  graphqlErrors: number;
  non2xx: number;
  /** connection errors and timeouts */
  socketErrors: number;
  /** CPU over the measured run (null when not measured) */
  cpu: CpuUse | null;
  /** CPU milliseconds per request in the API process and in its PostgreSQL backends */
  serverMsPerRequest: number | null;
  postgresMsPerRequest: number | null;
}

export interface CpuTarget {
  serverPid: number;
  adminUrl: string;
  database: string;
}

export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") throw new Error(`refusing to load a non-loopback host: ${host}`);
}

function run(url: string, token: string, scenario: Scenario, seconds: number): Promise<Result> {
  assertLoopback(url);
  return autocannon({
    url,
    method: "POST",
    connections: scenario.connections,
    duration: seconds,
    // a shared, overloaded machine answers slowly: a request given up on is still worked on by the server and delays
    // the next ones, so give up late
    timeout: 30,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, method: "POST", body: JSON.stringify(scenario.body()) }) }],
    // a GraphQL error comes with HTTP 200: count those bodies (mismatches); a restricted field's FORBIDDEN is expected where
    // the scenario says so (a verifier reading an order's connection balance gets null there)
    verifyBody: (body) => !body.includes('"errors"') || (!!scenario.allowForbidden && !/"code":"(?!FORBIDDEN")/.test(body)),
  });
}

export async function runScenario(url: string, token: string, scenario: Scenario, warmupSeconds: number, cpuTarget?: CpuTarget): Promise<LoadRow> {
  if (warmupSeconds > 0) await run(url, token, scenario, warmupSeconds);
  const stopCpu = cpuTarget ? await measureCpu(cpuTarget.serverPid, cpuTarget.adminUrl, cpuTarget.database) : null;
  const r = await run(url, token, scenario, scenario.seconds);
  const cpu = stopCpu ? await stopCpu() : null;
  const requests = r["1xx"] + r["2xx"] + r["3xx"] + r["4xx"] + r["5xx"];
  return {
    key: scenario.key,
    title: scenario.title,
    connections: scenario.connections,
    seconds: scenario.seconds,
    requests,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    graphqlErrors: r.mismatches,
    non2xx: r.non2xx,
    socketErrors: r.errors + r.timeouts,
    cpu,
    serverMsPerRequest: cpu && requests ? (cpu.server * 1000) / requests : null,
    postgresMsPerRequest: cpu && requests ? (cpu.postgres * 1000) / requests : null,
  };
}

/** Waits until the server answers a small request within `withinMs` again (what the last run left queued is done). */
export async function drain(url: string, token: string, withinMs = 1_000, maxSeconds = 120): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < maxSeconds * 1000) {
    const t = performance.now();
    await graphql(url, token, { query: "{ me { id } }" }).catch(() => null);
    if (performance.now() - t < withinMs) break;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return (performance.now() - started) / 1000;
}

export async function graphql(url: string, token: string | null, body: { query: string; variables?: Record<string, unknown>; operationName?: string }) {
  assertLoopback(url);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, ...json };
}

/** One request of the scenario, which must come back 200 without `errors` (and without userErrors for mutations). */
export async function sampleOrThrow(url: string, token: string, scenario: Scenario) {
  const response = await graphql(url, token, scenario.body());
  const userErrors = response.data && Object.values(response.data).flatMap((v: any) => v?.userErrors ?? []);
  const errors = (response.errors ?? []).filter((e) => !(scenario.allowForbidden && e.extensions?.code === "FORBIDDEN"));
  if (response.status !== 200 || errors.length || userErrors?.length) {
    throw new Error(`scenario ${scenario.key} (${scenario.title}) fails before any load:\n${JSON.stringify(response, null, 2).slice(0, 2000)}`);
  }
  return response.data;
}

export interface Sequential {
  requests: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** `count` requests one after another (after a few unmeasured ones); latency percentiles in ms. */
export async function sequentialLatency(url: string, token: string, body: () => { query: string; variables?: Record<string, unknown> }, count = 50): Promise<Sequential> {
  for (let i = 0; i < 5; i++) await graphql(url, token, body());
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await graphql(url, token, body());
    times.push(performance.now() - started);
    if (response.errors?.length) throw new Error(`sequential request failed: ${JSON.stringify(response.errors)}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { requests: count, p50: at(0.5), p95: at(0.95), max: times[times.length - 1], mean: times.reduce((s, t) => s + t, 0) / times.length };
}
