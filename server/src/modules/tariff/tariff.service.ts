// Tariffs are versioned by date: a new version applies from its `validFrom`; once a version is in force it has priced
// bills, so it is never edited or deleted — a change is a new version from a later date.
import type { ActingScope } from "../../context.ts";
import type { ConnectionType } from "../../generated/prisma/enums.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { tariffScope } from "../../auth/policies.ts";
import { localDay } from "../../shared/business-calendar.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";

export interface TariffBlockInput {
  fromM3: string;
  toM3?: string | null;
  pricePerM3: string;
}

export interface TariffInput {
  connectionType: ConnectionType;
  validFrom: Date;
  minimumM3: string;
  minimumCharge: string;
  blocks: TariffBlockInput[];
}

/** Whether a version is in force or was (it may have priced bills): from its first day on. */
export const inForce = (tariff: { validFrom: Date }, now: Date) => tariff.validFrom <= localDay(now);

/** Tariff versions, newest first per type (a few per type and year), with their blocks. */
export function listTariffs(scope: ActingScope, connectionType?: ConnectionType | null) {
  return scope.db.tariff.findMany({
    where: { AND: [tariffScope(scope.actor), connectionType ? { connectionType } : {}] },
    orderBy: [{ connectionType: "asc" }, { validFrom: "desc" }],
    include: { blocks: { orderBy: { fromM3: "asc" } } },
    take: 200,
  });
}

/** Blocks must start at the minimum, follow each other without gaps, and only the last may be open-ended. */
function validTariff(input: TariffInput, now: Date) {
  if (input.validFrom <= localDay(now)) throw badInput("validFrom", "Una nueva tarifa rige a partir de una fecha futura; las vigentes no se modifican");
  const decimal = (value: string, field: string) => {
    const d = new Prisma.Decimal(value);
    if (d.isNegative()) throw badInput(field, "No se admiten valores negativos");
    return d;
  };
  const minimumM3 = decimal(input.minimumM3, "minimumM3");
  const minimumCharge = decimal(input.minimumCharge, "minimumCharge");
  if (!input.blocks.length) throw badInput("blocks", "Indique al menos un bloque de consumo");
  let expectedFrom = minimumM3;
  const blocks = input.blocks.map((b, i) => {
    const fromM3 = decimal(b.fromM3, `blocks.${i}.fromM3`);
    const toM3 = b.toM3 == null || b.toM3 === "" ? null : decimal(b.toM3, `blocks.${i}.toM3`);
    const last = i === input.blocks.length - 1;
    if (!fromM3.equals(expectedFrom)) throw badInput("blocks", `El bloque ${i + 1} debe empezar en ${expectedFrom.toFixed(2)} m³ (donde termina el anterior)`);
    if (toM3 === null && !last) throw badInput("blocks", `Solo el último bloque puede quedar abierto (el ${i + 1} no tiene límite)`);
    if (toM3 === null ? !last : toM3.lte(fromM3)) throw badInput("blocks", `El bloque ${i + 1} debe terminar después de empezar`);
    if (last && toM3 !== null) throw badInput("blocks", "El último bloque debe quedar abierto (sin límite superior)");
    expectedFrom = toM3 ?? fromM3;
    return { fromM3, toM3, pricePerM3: decimal(b.pricePerM3, `blocks.${i}.pricePerM3`) };
  });
  return { connectionType: input.connectionType, validFrom: input.validFrom, minimumM3, minimumCharge, blocks };
}

export async function createTariff(scope: ActingScope, input: TariffInput) {
  const data = validTariff(input, scope.clock.now());
  return inTransaction(scope, async (tx) => {
    const clash = await tx.tariff.findUnique({ where: { connectionType_validFrom: { connectionType: data.connectionType, validFrom: data.validFrom } } });
    if (clash) throw conflict("Ya hay una tarifa de ese tipo a partir de esa fecha; modifíquela", "validFrom");
    const tariff = await tx.tariff.create({ data: { ...data, blocks: { create: data.blocks } }, include: { blocks: { orderBy: { fromM3: "asc" } } } });
    await recordAudit(tx, scope, { action: "tariff.create", entityType: "Tariff", entityId: tariff.id, after: tariff });
    return { tariff };
  });
}

/** Changes a version that is not in force yet. */
export async function updateTariff(scope: ActingScope, input: TariffInput & { id: number }) {
  const data = validTariff(input, scope.clock.now());
  return inTransaction(scope, async (tx) => {
    const before = await tx.tariff.findFirst({ where: { AND: [tariffScope(scope.actor), { id: input.id }] }, include: { blocks: { orderBy: { fromM3: "asc" } } } });
    if (!before) throw notFound("La tarifa");
    if (inForce(before, scope.clock.now())) throw conflict("Esta tarifa ya rige (o rigió): no se modifica; cree una nueva versión a partir de una fecha futura");
    const tariff = await tx.tariff.update({
      where: { id: before.id },
      data: { ...data, blocks: { deleteMany: {}, create: data.blocks } },
      include: { blocks: { orderBy: { fromM3: "asc" } } },
    });
    await recordAudit(tx, scope, { action: "tariff.update", entityType: "Tariff", entityId: tariff.id, before, after: tariff });
    return { tariff };
  });
}
