// Times each attack of issue 5 against a running API, and the cost of a normal query (autocannon).
//
//   node --import tsx bench/attacks.ts http://127.0.0.1:4000/graphql [API pid, for its RSS]
//   ATTACK_TIMEOUT_S=60   give up on one attack after this long (an unprotected server may never answer n=40)
//   ATTACK_SKIP=n=40      skip the attacks whose name contains any of these (comma-separated)
//
// The API must have the demo accounts (front_desk, head). The server is loaded at c=10 for 5 s per normal query.
import fs from "node:fs";
import autocannon from "autocannon";
import { ATTACKS } from "../tests/support/attacks.ts";
import { assertLoopback } from "./load.ts";
import { LOOKUP, ME } from "./scenarios.ts";

const [url, pid] = [process.argv[2], process.argv[3]];
if (!url) throw new Error("usage: bench/attacks.ts <api url> [pid]");
assertLoopback(url);
const timeoutS = Number(process.env.ATTACK_TIMEOUT_S ?? 60);
const skip = (process.env.ATTACK_SKIP ?? "").split(",").filter(Boolean);
const rssMb = () => (pid ? Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024 : NaN);

async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutS * 1000),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

const login = async (u: string) => ((await post(`mutation { login(input: { username: "${u}", password: "demo1234" }) { token } }`)).body.data as any).login.token as string;
const tokens: Record<string, string | undefined> = { anonymous: undefined, front_desk: await login("front_desk") };
const head = await login("head");

console.log(`| attack | answer | time ms | { me } of another user meanwhile, ms | RSS before → peak MB |`);
console.log(`|---|---|---:|---:|---|`);
for (const attack of ATTACKS) {
  if (skip.some((s) => attack.name.includes(s))) continue;
  const before = rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
  const started = performance.now();
  const answer = post(`# ${Math.random()}\n${attack.query}`, attack.variables, tokens[attack.as]).then(
    (r) => `${r.status} ${r.body.errors?.[0]?.extensions?.code ?? "data"}`,
    (e: Error) => (e.name === "TimeoutError" ? `no answer in ${timeoutS} s` : e.message),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  const meStarted = performance.now();
  const meDone = post(`{ me { username } }`, {}, head).then(() => performance.now() - meStarted, () => NaN);
  const result = await answer;
  const ms = performance.now() - started;
  const meMs = await meDone;
  clearInterval(sampler);
  console.log(`| ${attack.name} | ${result} | ${ms.toFixed(0)} | ${meMs.toFixed(0)} | ${before.toFixed(0)} → ${peak.toFixed(0)} |`);
}

for (const [name, body] of [["{ me }", { query: ME }], ["look-up by control number", { query: LOOKUP, variables: { controlNumber: "100001" } }]] as const) {
  const result = await autocannon({
    url, method: "POST", connections: 10, duration: 5,
    headers: { "content-type": "application/json", authorization: `Bearer ${tokens.front_desk}` },
    body: JSON.stringify(body),
  });
  console.log(`${name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`);
}
