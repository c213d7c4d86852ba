// Where the API's CPU goes for one scenario: runs it in-process, sequentially, on the bench database.
//   node --import tsx bench/profile.ts f1 500 [/tmp/f1.cpuprofile]
// profiles the measured requests only (node:inspector); bench/profile-summary.ts <file> lists self time by function and package.
import "reflect-metadata";
import fs from "node:fs";
import { Session } from "node:inspector/promises";
import { createApp } from "../server/src/app.ts";
import { loadConfig } from "../server/src/config.ts";
import { createPostgresClient } from "../server/src/db/client.ts";
import { benchServer, benchUrl } from "./db.ts";
import { scenarios } from "./scenarios.ts";

const [key = "f1", countArg = "300", profileFile] = process.argv.slice(2);
const server = await benchServer();
const url = benchUrl();
const db = createPostgresClient(url, 10);
const app = await createApp({ db, config: loadConfig({ DATABASE_URL: url }) });
const login = async (username: string) =>
  ((await app.execute(`mutation { login(input: { username: "${username}", password: "demo1234" }) { token } }`)).body as any).singleResult.data.login.token as string;
const tokens = { front_desk: await login("front_desk"), verifier: await login("verifier"), collections: await login("collections") };
const crew = await db.crew.findFirstOrThrow({ orderBy: { id: "asc" } });
const any = (await db.serviceConnection.findMany({ take: 50, select: { id: true } })).map((c) => Buffer.from(`ServiceConnection:${c.id}`).toString("base64url"));
const verifier = await db.staff.findUniqueOrThrow({ where: { username: "verifier" } });
const orders = (await db.workOrder.findMany({ where: { assigneeId: verifier.id }, take: 50, select: { id: true } })).map((o) => Buffer.from(`WorkOrder:${o.id}`).toString("base64url"));
const bounds = await db.serviceConnection.aggregate({ _min: { controlNumber: true }, _max: { controlNumber: true } });
const all = scenarios({
  firstControlNumber: Number(bounds._min.controlNumber), lastControlNumber: Number(bounds._max.controlNumber), connectionIds: any, verifierOrderIds: orders, verifierStaffId: verifier.id, crewId: String(crew.id),
});
// several keys (s1,f1,me) run one after another in this process
for (const one of key.split(",")) {
  const scenario = all.find((s) => s.key === one);
  if (!scenario) throw new Error(`no scenario ${one}`);
  const run = async () => {
    const body = scenario.body();
    const response = await app.execute(body.query, body.variables ?? {}, tokens[scenario.as]);
    if (response.body.kind === "single" && response.body.singleResult.errors && !scenario.allowForbidden) throw new Error(JSON.stringify(response.body.singleResult.errors));
  };
  for (let i = 0; i < 30; i++) await run();
  const count = Number(countArg);
  const session = profileFile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  // 10 at a time, as a loaded server interleaves requests
  for (let i = 0; i < count; i += 10) await Promise.all(Array.from({ length: 10 }, run));
  const used = process.cpuUsage(cpu);
  if (session) {
    const { profile } = await session.post("Profiler.stop");
    fs.writeFileSync(profileFile!, JSON.stringify(profile));
  }
  console.log(`${one}: ${count} requests, ${((used.user + used.system) / 1000 / count).toFixed(2)} ms CPU/req, ${((performance.now() - started) / count).toFixed(2)} ms wall/req`);
}
await app.stop();
await db.$disconnect();
await server.stop();
