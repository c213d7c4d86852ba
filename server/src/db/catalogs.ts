// Catalogs every installation needs (production included): localities, service targets, holidays, settings, tariffs.
// Idempotent: rows are only created when missing, so values an administrator changed are kept.
import type { Db } from "./client.ts";
import type { ConnectionType, WorkOrderType } from "../generated/prisma/enums.ts";
import { utcDate, type HolidayDefinition } from "../shared/federal-holidays.ts";

/** Localities of the municipality of Angostura, Sinaloa; the first is the municipal seat. */
export const LOCALITY_NAMES = [
  "Angostura",
  "La Reforma",
  "Gustavo Díaz Ordaz",
  "Alhuey",
  "Colonia Agrícola México",
  "El Batallón",
  "Costa Azul",
  "La Brecha",
  "Capomos",
  "Chinitos",
  "Campo Plata",
  "Colonia Agrícola Independencia",
] as const;

export interface ServiceTargetDefinition {
  type: WorkOrderType;
  hours: number | null;
  businessDays: number | null;
  escalateToHeadAfterHours: number;
  escalateToManagerAfterHours: number;
}

export const SERVICE_TARGETS: ServiceTargetDefinition[] = [
  { type: "VERIFICATION", hours: null, businessDays: 3, escalateToHeadAfterHours: 72, escalateToManagerAfterHours: 120 },
  { type: "LEAK_REPAIR", hours: 24, businessDays: null, escalateToHeadAfterHours: 24, escalateToManagerAfterHours: 48 },
  { type: "RECONNECTION", hours: 24, businessDays: null, escalateToHeadAfterHours: 24, escalateToManagerAfterHours: 48 },
  { type: "METER_REPLACEMENT", hours: null, businessDays: 5, escalateToHeadAfterHours: 72, escalateToManagerAfterHours: 120 },
  { type: "SERVICE_LIMITATION", hours: null, businessDays: 5, escalateToHeadAfterHours: 72, escalateToManagerAfterHours: 120 },
];

export const DEFAULT_SETTINGS: Record<string, number> = {
  socialDiscountPercentage: 50,
  socialDiscountCapM3: 30,
  informationRequestBusinessDays: 20,
  informationRequestExtensionDays: 10,
  delinquencyMinBalance: 500,
  delinquencyMinPeriods: 2,
  officeOpensAtHour: 8,
  officeClosesAtHour: 15,
  controlNumberSeriesStart: 100001,
  transferRequiresZeroBalance: 0,
};

const closure = (date: Date, name: string): HolidayDefinition => ({ date, name, kind: "CLOSURE" });

/** The utility's own closures (the demo's: Holy Week); federal holidays are computed (shared/federal-holidays.ts). */
export const CLOSURES: HolidayDefinition[] = [
  closure(utcDate(2026, 4, 2), "Jueves Santo"),
  closure(utcDate(2026, 4, 3), "Viernes Santo"),
  closure(utcDate(2027, 3, 25), "Jueves Santo"),
  closure(utcDate(2027, 3, 26), "Viernes Santo"),
];

export interface TariffDefinition {
  connectionType: ConnectionType;
  validFrom: Date;
  minimumM3: number;
  /** MXN for the first `minimumM3` m³ */
  minimumCharge: number;
  /** MXN per m³ for the consumption between `fromM3` and `toM3` (open-ended when null) */
  blocks: { fromM3: number; toM3: number | null; pricePerM3: number }[];
}

const TARIFF_START = utcDate(2026, 1, 1);

export const TARIFFS: TariffDefinition[] = [
  {
    connectionType: "DOMESTIC", validFrom: TARIFF_START, minimumM3: 10, minimumCharge: 118.5,
    blocks: [
      { fromM3: 10, toM3: 20, pricePerM3: 13.4 },
      { fromM3: 20, toM3: 30, pricePerM3: 16.9 },
      { fromM3: 30, toM3: 50, pricePerM3: 22.6 },
      { fromM3: 50, toM3: null, pricePerM3: 31.8 },
    ],
  },
  {
    connectionType: "COMMERCIAL", validFrom: TARIFF_START, minimumM3: 10, minimumCharge: 245,
    blocks: [
      { fromM3: 10, toM3: 25, pricePerM3: 26.5 },
      { fromM3: 25, toM3: 50, pricePerM3: 32.8 },
      { fromM3: 50, toM3: null, pricePerM3: 41.2 },
    ],
  },
  {
    connectionType: "INDUSTRIAL", validFrom: TARIFF_START, minimumM3: 10, minimumCharge: 410,
    blocks: [
      { fromM3: 10, toM3: 50, pricePerM3: 38.9 },
      { fromM3: 50, toM3: 150, pricePerM3: 45.6 },
      { fromM3: 150, toM3: null, pricePerM3: 54.3 },
    ],
  },
  {
    connectionType: "PUBLIC", validFrom: TARIFF_START, minimumM3: 10, minimumCharge: 150,
    blocks: [
      { fromM3: 10, toM3: 30, pricePerM3: 15.8 },
      { fromM3: 30, toM3: 60, pricePerM3: 19.4 },
      { fromM3: 60, toM3: null, pricePerM3: 24.7 },
    ],
  },
];

const money = (value: number) => value.toFixed(2);

export async function seedCatalogs(db: Db): Promise<void> {
  await db.locality.createMany({ data: LOCALITY_NAMES.map((name) => ({ name })), skipDuplicates: true });
  await db.serviceTarget.createMany({ data: SERVICE_TARGETS, skipDuplicates: true });
  await db.holiday.createMany({ data: CLOSURES, skipDuplicates: true });
  await db.setting.createMany({
    data: Object.entries(DEFAULT_SETTINGS).map(([key, value]) => ({ key, value })),
    skipDuplicates: true,
  });

  const existing = await db.tariff.findMany({
    where: { OR: TARIFFS.map(({ connectionType, validFrom }) => ({ connectionType, validFrom })) },
    select: { connectionType: true, validFrom: true },
  });
  const known = new Set(existing.map((t) => `${t.connectionType}|${t.validFrom.getTime()}`));
  for (const tariff of TARIFFS) {
    if (known.has(`${tariff.connectionType}|${tariff.validFrom.getTime()}`)) continue;
    // upsert, not create: another process seeding at the same time must not make this fail
    await db.tariff.upsert({
      where: { connectionType_validFrom: { connectionType: tariff.connectionType, validFrom: tariff.validFrom } },
      update: {},
      create: {
        connectionType: tariff.connectionType,
        validFrom: tariff.validFrom,
        minimumM3: money(tariff.minimumM3),
        minimumCharge: money(tariff.minimumCharge),
        blocks: {
          create: tariff.blocks.map((b) => ({
            fromM3: money(b.fromM3),
            toM3: b.toM3 === null ? null : money(b.toM3),
            pricePerM3: money(b.pricePerM3),
          })),
        },
      },
    });
  }
}
