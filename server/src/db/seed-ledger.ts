// Plans each demo connection's account: monthly charges priced with the tariff, payments, arrears and limitation.
import type { ConnectionType, LedgerKind } from "../generated/prisma/enums.ts";
import type { TariffDefinition } from "./catalogs.ts";
import type { Tx } from "./client.ts";
import type { DemoRandom } from "./demo-random.ts";

/** PAID: nothing owed; CURRENT: only the last bill open; DELINQUENT: 2–6 bills and over $500 owed;
 *  LIMITED: delinquent and limited by a crew; LIMITED_PAID: limited, then paid everything (ready for reconnection). */
export type Standing = "PAID" | "CURRENT" | "DELINQUENT" | "LIMITED" | "LIMITED_PAID";

export interface PlannedEntry {
  kind: LedgerKind;
  period: string | null;
  consumptionM3: string | null;
  amount: string;
  balanceAfter: string;
  description: string;
  postedAt: Date;
}

export interface LedgerPlan {
  entries: PlannedEntry[];
  balance: string;
  periodsOwed: number;
  /** when a crew limited the service, with what was owed then */
  limitation: { at: Date; owedCents: number; periods: number } | null;
  consumedM3: number;
}

export interface BillingPeriod {
  period: string;
  /** first day of the following month, when the bill is issued (UTC midnight) */
  billedOn: Date;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const DELINQUENT_MIN_CENTS = 500_00;

/** The `count` whole months before the month of `now`, oldest first. */
export function billingPeriods(now: Date, count = 6): BillingPeriod[] {
  const out: BillingPeriod[] = [];
  for (let back = count; back >= 1; back--) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const period = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, "0")}`;
    out.push({ period, billedOn: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) });
  }
  return out;
}

/** The bill for `m3` in cents: the minimum charge covers `minimumM3`, each block prices the m³ that fall inside it. */
export function chargeCents(tariff: TariffDefinition, m3: number): number {
  let cents = Math.round(tariff.minimumCharge * 100);
  for (const block of tariff.blocks) {
    const upper = block.toM3 ?? Infinity;
    const inBlock = Math.max(0, Math.min(m3, upper) - block.fromM3);
    cents += Math.round(inBlock * block.pricePerM3 * 100);
  }
  return cents;
}

export function pickStanding(rand: DemoRandom): Standing {
  return rand.weighted<Standing>({ PAID: 62, CURRENT: 23, DELINQUENT: 10, LIMITED: 4.2, LIMITED_PAID: 0.8 });
}

const MEAN_M3: Record<ConnectionType, [number, number]> = {
  DOMESTIC: [9, 32],
  COMMERCIAL: [14, 60],
  INDUSTRIAL: [60, 220],
  PUBLIC: [20, 90],
};

export const formatCents = (cents: number) => (cents / 100).toFixed(2);

/** Business hours in Sinaloa (UTC−7): 08:00–17:59 local is 15:00–00:59 UTC. */
export function duringOfficeHours(rand: DemoRandom, day: Date): Date {
  return new Date(day.getTime() + 15 * HOUR + rand.int(0, 9 * 60 + 59) * 60_000);
}

/** A whole minute during office hours between `from` and `to` (inside the interval even when it is shorter than a day). */
export function officeTimeBetween(rand: DemoRandom, from: Date, to: Date): Date {
  // always two draws, so that what follows in the random stream does not depend on `now`
  const dayRoll = rand.next();
  const officeTime = duringOfficeHours(rand, new Date(0)).getTime();
  const start = from.getTime() + 60_000;
  const end = to.getTime();
  if (end <= start) return new Date(Math.floor((from.getTime() + Math.max(end, from.getTime())) / 2));
  const firstDay = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const at = firstDay + Math.floor(dayRoll * (Math.floor((end - firstDay) / DAY) + 1)) * DAY + officeTime;
  const minute = Math.floor(Math.min(Math.max(at, start), end) / 60_000) * 60_000;
  return new Date(Math.max(minute, start));
}

export function planLedger(rand: DemoRandom, type: ConnectionType, tariff: TariffDefinition, standing: Standing, periods: BillingPeriod[], now: Date): LedgerPlan {
  const [low, high] = MEAN_M3[type];
  const mean = type === "DOMESTIC" && rand.chance(0.05) ? rand.int(3, 9) : rand.int(low, high);
  const bills = periods.map((p) => {
    const m3 = Math.max(0, Math.round(mean * rand.float(0.75, 1.3)));
    return { ...p, m3, cents: chargeCents(tariff, m3), at: duringOfficeHours(rand, new Date(p.billedOn.getTime() + rand.int(0, 2) * DAY)) };
  });

  let unpaid = 0;
  if (standing === "CURRENT") unpaid = 1;
  if (standing === "DELINQUENT" || standing === "LIMITED" || standing === "LIMITED_PAID") {
    unpaid = Math.min(bills.length, Number(rand.weighted({ 2: 40, 3: 25, 4: 15, 5: 10, 6: 10 })));
    const owed = () => bills.slice(bills.length - unpaid).reduce((sum, b) => sum + b.cents, 0);
    while (owed() <= DELINQUENT_MIN_CENTS && unpaid < bills.length) unpaid++;
  }

  const latest = now.getTime() - HOUR;
  let clock = 0;
  // keeps every entry in the past and in order, whatever `now` is
  const stamp = (at: Date) => {
    clock = Math.max(clock + 60_000, Math.min(at.getTime(), latest));
    return new Date(clock);
  };

  const entries: PlannedEntry[] = [];
  let balance = 0;
  const post = (kind: LedgerKind, cents: number, description: string, at: Date, period: string | null, m3: number | null) => {
    balance += kind === "CHARGE" ? cents : -cents;
    entries.push({
      kind, period, description, postedAt: stamp(at),
      consumptionM3: m3 === null ? null : m3.toFixed(2),
      amount: formatCents(cents),
      balanceAfter: formatCents(balance),
    });
  };

  bills.forEach((bill, i) => {
    post("CHARGE", bill.cents, `Consumo ${bill.period}`, bill.at, bill.period, bill.m3);
    if (i < bills.length - unpaid) {
      const payday = new Date(bill.at.getTime() + rand.int(3, 26) * DAY + rand.int(-3, 3) * HOUR);
      post("PAYMENT", bill.cents, `Pago del periodo ${bill.period}`, payday, bill.period, null);
    }
  });

  let limitation: LedgerPlan["limitation"] = null;
  if (standing === "LIMITED" || standing === "LIMITED_PAID") {
    const lastCharge = entries[entries.length - 1].postedAt.getTime();
    const latestVisit = Math.min(lastCharge + 19 * DAY, now.getTime() - DAY);
    const at = latestVisit > lastCharge + DAY
      ? officeTimeBetween(rand, new Date(lastCharge + DAY), new Date(latestVisit))
      : officeTimeBetween(rand, new Date(lastCharge), new Date((lastCharge + now.getTime()) / 2));
    limitation = { at, owedCents: balance, periods: unpaid };
    if (standing === "LIMITED_PAID") {
      const first = bills[bills.length - unpaid].period;
      const payday = officeTimeBetween(rand, at, new Date(Math.min(at.getTime() + 5 * DAY, now.getTime() - HOUR)));
      clock = Math.max(clock, at.getTime());
      post("PAYMENT", balance, `Pago de adeudo ${first} a ${bills[bills.length - 1].period} en Caja General`, payday, null, null);
      unpaid = 0;
    }
  }

  return {
    entries,
    balance: formatCents(balance),
    periodsOwed: unpaid,
    limitation,
    consumedM3: bills.reduce((sum, b) => sum + b.m3, 0),
  };
}

/** Makes sure the demo always has a few connections of each kind of arrears, whatever its size (never the first one). */
export function ensureStandings(rand: DemoRandom, standings: Standing[], types: ConnectionType[], minimum = 3): void {
  for (const wanted of ["DELINQUENT", "LIMITED", "LIMITED_PAID"] as const) {
    let missing = minimum - standings.filter((s) => s === wanted).length;
    const candidates = standings.map((s, i) => i).filter((i) => i > 0 && standings[i] === "PAID" && types[i] === "DOMESTIC");
    while (missing > 0 && candidates.length > 0) {
      const [index] = candidates.splice(rand.int(0, candidates.length - 1), 1);
      standings[index] = wanted;
      missing--;
    }
  }
}

/** Inserts ledger rows with one array-parameter statement per 5,000 rows: many times faster than createMany on PGlite.
 *  Rows keep their order, so within a connection the ids follow the running balance. */
export async function insertLedgerEntries(tx: Tx, rows: (PlannedEntry & { connectionId: number })[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 5000) {
    const batch = rows.slice(start, start + 5000);
    await tx.$executeRaw`
      INSERT INTO "LedgerEntry" ("connectionId", kind, period, "consumptionM3", amount, "balanceAfter", description, "postedAt")
      SELECT c, k::"LedgerKind", p, m, a, b, d, t
      FROM unnest(${batch.map((r) => r.connectionId)}::int[], ${batch.map((r) => r.kind)}::text[],
                  ${batch.map((r) => r.period)}::text[], ${batch.map((r) => r.consumptionM3)}::numeric[],
                  ${batch.map((r) => r.amount)}::numeric[], ${batch.map((r) => r.balanceAfter)}::numeric[],
                  ${batch.map((r) => r.description)}::text[], ${batch.map((r) => r.postedAt.toISOString())}::timestamp[])
        WITH ORDINALITY AS u(c, k, p, m, a, b, d, t, n)
      ORDER BY n`;
  }
}
