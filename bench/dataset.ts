// The city-scale dataset (issue 10): staff, catalogs and a small demo part from seedDemo, then holders, connections,
// meters, 12 months of bimonthly ledger, history, complaints and work orders generated inside PostgreSQL with
// INSERT … SELECT over generate_series. Deterministic: every "random" choice is a hash of the row number
// (hashint8extended), so the same size gives the same rows, ids included, on a fresh database.
import pg from "pg";
import { createPostgresClient } from "../server/src/db/client.ts";
import { seedDemo } from "../server/src/db/seed.ts";
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from "../server/src/db/demo-names.ts";
import { LOCALITY_GEO, STREETS, TOWN_NEIGHBORHOODS, TOWNS, VILLAGE_NEIGHBORHOODS, METER_BRANDS } from "../server/src/db/demo-places.ts";
import { billingPeriods } from "../server/src/db/seed-ledger.ts";
import { normalizeForSearch } from "../server/src/shared/text.ts";
import { CITY_SQL } from "./dataset-sql.ts";

export interface CityOptions {
  connections: number;
  /** verifiers sharing the verification orders (the demo's two plus generated ones) */
  verifiers?: number;
  now?: Date;
  log?: (message: string) => void;
}

/** Surnames most frequent in Mexico come first: they get Zipf weights (García ≈ 9× the 20th). */
const COMMON_FIRST = ["García", "Hernández", "López", "Martínez", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Flores", "Gómez",
  "Torres", "Díaz", "Reyes", "Cruz", "Morales", "Gutiérrez", "Ortiz", "Chávez", "Ruiz", "Castro", "Félix", "Valenzuela"];

/** 1,000 slots filled in proportion to each surname's weight: slot = floor(random × 1000) draws with that frequency. */
function surnameSlots(): string[] {
  const ordered = [...COMMON_FIRST, ...SURNAMES.filter((s) => !COMMON_FIRST.includes(s))];
  const weights = ordered.map((_, rank) => 1 / (rank + 3));
  const total = weights.reduce((a, b) => a + b, 0);
  const slots: string[] = [];
  ordered.forEach((name, i) => {
    const n = Math.max(1, Math.round((weights[i] / total) * 1000));
    for (let k = 0; k < n && slots.length < 1000; k++) slots.push(name);
  });
  while (slots.length < 1000) slots.push(ordered[0]);
  return slots;
}

/** 100 slots of localities by weight, with the crew and the neighbourhoods of each. */
function localitySlots(localityIds: Map<string, number>, crewIds: Map<string, number>) {
  const entries = Object.entries(LOCALITY_GEO);
  const total = entries.reduce((s, [, g]) => s + g.weight, 0);
  const slots: { locality: number; crew: number; town: boolean; lat: number; lon: number }[] = [];
  for (const [name, geo] of entries) {
    const n = Math.round((geo.weight / total) * 100);
    for (let k = 0; k < n && slots.length < 100; k++) slots.push({ locality: localityIds.get(name)!, crew: crewIds.get(geo.crew)!, town: TOWNS.has(name), lat: geo.latitude, lon: geo.longitude });
  }
  while (slots.length < 100) slots.push(slots[0]);
  return slots;
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

/** Builds the dataset on an empty migrated database at `url`; returns the seconds it took. */
export async function buildCityDataset(url: string, options: CityOptions): Promise<number> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const now = options.now ?? new Date();
  const prisma = createPostgresClient(url, 2);
  try {
    // staff accounts, catalogs, crews and a demo-sized corner (its complaints and orders carry real workflow shapes)
    await seedDemo(prisma, { users: 200, now });
  } finally {
    await prisma.$disconnect();
  }
  log(`demo part (seedDemo, 200 users) in ${seconds(started)} s`);

  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SET max_parallel_workers_per_gather = 0");
    const ids = async (table: string, key: string) => new Map((await client.query(`SELECT id, ${key} AS k FROM "${table}"`)).rows.map((r) => [r.k as string, r.id as number]));
    const localities = await ids("Locality", "name");
    const crews = await ids("Crew", "name");
    const slots = localitySlots(localities, crews);
    const surnames = surnameSlots();
    const firstNames = [...MALE_NAMES, ...FEMALE_NAMES];
    // 6 bimonthly bills over the last 12 months (the first month of each bimester names it)
    const periods = billingPeriods(now, 12).filter((_, i) => i % 2 === 1);
    const params = {
      connections: options.connections,
      holders: Math.max(1, Math.round(options.connections * 0.933)),
      verifiers: options.verifiers ?? 40,
      now: now.toISOString(),
      firstNames, firstNamesNorm: firstNames.map(normalizeForSearch),
      surnames, surnamesNorm: surnames.map(normalizeForSearch),
      streets: [...STREETS], streetsNorm: STREETS.map(normalizeForSearch),
      townNeighborhoods: [...TOWN_NEIGHBORHOODS], townNeighborhoodsNorm: TOWN_NEIGHBORHOODS.map(normalizeForSearch),
      villageNeighborhoods: [...VILLAGE_NEIGHBORHOODS], villageNeighborhoodsNorm: VILLAGE_NEIGHBORHOODS.map(normalizeForSearch),
      slotLocality: slots.map((s) => s.locality), slotCrew: slots.map((s) => s.crew), slotTown: slots.map((s) => s.town),
      slotLat: slots.map((s) => s.lat), slotLon: slots.map((s) => s.lon),
      brands: METER_BRANDS.map((b) => b.brand), brandCodes: METER_BRANDS.map((b) => b.code),
      periods: periods.map((p) => p.period), billedOn: periods.map((p) => p.billedOn.toISOString()),
    };
    await client.query(`CREATE TEMP TABLE bench_params AS SELECT $1::jsonb AS p`, [JSON.stringify(params)]);
    for (const step of CITY_SQL) {
      const at = Date.now();
      const result = await client.query(step.sql);
      const rows = Array.isArray(result) ? result.reduce((s, r) => s + (r.rowCount ?? 0), 0) : result.rowCount;
      log(`${step.title}: ${rows ?? 0} rows in ${seconds(at)} s`);
    }
  } finally {
    await client.end();
  }
  return (Date.now() - started) / 1000;
}
