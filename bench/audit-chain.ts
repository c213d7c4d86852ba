// npm run bench:audit-chain — what sealing the audit hash chain costs fileComplaint (the busiest write), on a scratch
// PostgreSQL database: the same calls with the seal trigger on and off, alternated in rounds so that the load of the
// (shared) machine falls on both alike. Sequential (one at a time) and concurrent (10 at once).
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { deployMigrations } from "../server/src/db/migrate.ts";
import { createPostgresClient } from "../server/src/db/client.ts";
import { seedCatalogs } from "../server/src/db/catalogs.ts";
import { loadConfig } from "../server/src/config.ts";
import { staffActor } from "../server/src/auth/actor.ts";
import { fileComplaint } from "../server/src/modules/complaint/complaint.service.ts";
import type { ActingScope } from "../server/src/context.ts";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const PER_ROUND = Number(process.env.PER_ROUND ?? 60);
const name = `ventanilla_chain_${randomBytes(3).toString("hex")}`;
const admin = async (sql: string) => {
  const client = new pg.Client(ADMIN_URL);
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
};

await admin(`CREATE DATABASE "${name}"`);
const url = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
try {
  await deployMigrations({ url });
  const db = createPostgresClient(url, 12);
  await seedCatalogs(db);
  const locality = await db.locality.findFirstOrThrow();
  const holder = await db.user.create({ data: { fullName: "Usuario Banco", searchText: "usuario banco" } });
  const connection = await db.serviceConnection.create({ data: { controlNumber: "990001", holderId: holder.id, street: "Calle", localityId: locality.id, searchText: "990001" } });
  const clerk = await db.staff.create({ data: { username: "clerk", fullName: "Clerk", passwordHash: "x", roles: ["FRONT_DESK"] } });
  await db.staff.create({ data: { username: "verifier", fullName: "Verifier", passwordHash: "x", roles: ["VERIFIER"] } });
  const scope: ActingScope = { db, actor: staffActor(clerk), requestId: "bench", clock: { now: () => new Date() }, config: loadConfig({}) };
  const file = () => fileComplaint(scope, { connectionId: connection.id, kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "Consumo alto" });

  const timings: Record<string, number[]> = { "sequential, chain on": [], "sequential, chain off": [], "10 concurrent, chain on": [], "10 concurrent, chain off": [] };
  const setChain = (on: boolean) => db.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ${on ? "ENABLE" : "DISABLE"} TRIGGER audit_entry_seal`);
  for (let i = 0; i < 20; i++) await file(); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const on of round % 2 ? [false, true] : [true, false]) {
      await setChain(on);
      for (let i = 0; i < PER_ROUND; i++) {
        const t = performance.now();
        await file();
        timings[`sequential, chain ${on ? "on" : "off"}`].push(performance.now() - t);
      }
      for (let i = 0; i < PER_ROUND / 10; i++) {
        const t = performance.now();
        await Promise.all(Array.from({ length: 10 }, file));
        timings[`10 concurrent, chain ${on ? "on" : "off"}`].push((performance.now() - t) / 10);
      }
    }
  }
  await setChain(true);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
  console.log(`fileComplaint EXCESS_CONSUMPTION (complaint + verification order: 2 audit entries), ${ROUNDS} alternated rounds`);
  for (const [label, xs] of Object.entries(timings)) console.log(`${label.padEnd(26)} median ${median(xs).toFixed(2)} ms, p95 ${p95(xs).toFixed(2)} ms per complaint (${xs.length} samples)`);
  await db.$disconnect();
} finally {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
