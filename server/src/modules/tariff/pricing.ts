// Prices consumption with a tariff version, in exact decimals (never floats): the minimum charge covers the first
// `minimumM3` m³, and each block prices the m³ that fall inside it. Each block's amount is rounded to the cent
// (half up), as the printed bill shows it.
import { Prisma } from "../../generated/prisma/client.ts";
import type { ConnectionType } from "../../generated/prisma/enums.ts";
import type { Db, Tx } from "../../db/client.ts";
import { badInput } from "../../shared/errors.ts";

type Decimal = Prisma.Decimal;
type DecimalLike = Decimal | string | number;

export interface PricedBlock {
  fromM3: DecimalLike;
  toM3: DecimalLike | null;
  pricePerM3: DecimalLike;
}

export interface PricedTariff {
  minimumM3: DecimalLike;
  minimumCharge: DecimalLike;
  blocks: PricedBlock[];
}

const D = (value: DecimalLike) => new Prisma.Decimal(value);
const cents = (value: Decimal) => value.toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);

/** The bill for `m3` cubic metres under `tariff`, MXN with two decimals. */
export function charge(tariff: PricedTariff, m3: DecimalLike): Decimal {
  const volume = D(m3);
  if (volume.isNegative()) throw new RangeError("consumption cannot be negative");
  let total = D(tariff.minimumCharge);
  for (const block of tariff.blocks) {
    const from = D(block.fromM3);
    const upper = block.toM3 === null ? volume : Prisma.Decimal.min(volume, D(block.toM3));
    const inBlock = Prisma.Decimal.max(0, upper.minus(from));
    total = total.plus(cents(inBlock.times(D(block.pricePerM3))));
  }
  return cents(total);
}

/** What removing `volumeM3` from a bill of `billedM3` takes off it: charge(billed) − charge(billed − volume). */
export function adjustmentAmount(tariff: PricedTariff, billedM3: DecimalLike, volumeM3: DecimalLike): Decimal {
  const billed = D(billedM3);
  const volume = D(volumeM3);
  if (volume.gt(billed)) throw new RangeError("the adjusted volume exceeds the billed volume");
  return charge(tariff, billed).minus(charge(tariff, billed.minus(volume)));
}

/** A social discount's credit: `percentage` % of the charge for the consumption up to `capM3`. */
export function socialCredit(tariff: PricedTariff, consumptionM3: DecimalLike, percentage: DecimalLike, capM3: DecimalLike): Decimal {
  const covered = Prisma.Decimal.min(D(consumptionM3), D(capM3));
  return cents(charge(tariff, covered).times(D(percentage)).dividedBy(100));
}

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first day of a billing period "yyyy-mm" (UTC midnight, a calendar date). */
export function periodStart(period: string, field = "period"): Date {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw badInput(field, "El periodo se escribe aaaa-mm, p. ej. 2026-10");
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** The tariff version in force on the first day of `period` for the connection type, with its blocks in order. */
export async function tariffForPeriod(db: Db | Tx, connectionType: ConnectionType, period: string, field = "period") {
  const tariff = await db.tariff.findFirst({
    where: { connectionType, validFrom: { lte: periodStart(period, field) } },
    orderBy: { validFrom: "desc" },
    include: { blocks: { orderBy: { fromM3: "asc" } } },
  });
  if (!tariff) throw badInput(field, `No hay tarifa vigente en ${period} para ese tipo de toma`);
  return tariff;
}
