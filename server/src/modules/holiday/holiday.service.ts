// Days that are not business days: federal holidays (computed for any year, read-only) and the utility's closures
// (configured here). A closure in the past moved due dates already given, so only future ones may change.
import type { ActingScope } from "../../context.ts";
import { inTransaction } from "../../db/transaction.ts";
import { holidayScope } from "../../auth/policies.ts";
import { dayKey, localDay } from "../../shared/business-calendar.ts";
import { federalHolidays } from "../../shared/federal-holidays.ts";
import { assertYear } from "../../shared/input-rules.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";

/** A year's federal holidays and configured closures, by date. */
export async function holidaysOfYear(scope: ActingScope, year: number) {
  assertYear(year);
  const configured = await scope.db.holiday.findMany({
    where: { AND: [holidayScope(scope.actor), { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } }] },
    orderBy: { date: "asc" },
    take: 366,
  });
  const today = localDay(scope.clock.now());
  const federal = federalHolidays(year).map((h) => ({ id: null, ...h, editable: false }));
  const closures = configured.map((h) => ({ ...h, editable: h.kind === "CLOSURE" && h.date > today }));
  return [...federal, ...closures].sort((a, b) => a.date.getTime() - b.date.getTime() || a.kind.localeCompare(b.kind));
}

export async function createClosure(scope: ActingScope, input: { date: Date; name: string }) {
  const name = input.name.trim();
  if (!name) throw badInput("name", "Escriba el motivo del cierre");
  if (input.date <= localDay(scope.clock.now())) throw badInput("date", "Un cierre se registra con anticipación: elija una fecha futura");
  if (federalHolidays(input.date.getUTCFullYear()).some((h) => dayKey(h.date) === dayKey(input.date))) throw conflict("Ese día ya es de descanso obligatorio", "date");
  return inTransaction(scope, async (tx) => {
    if (await tx.holiday.findUnique({ where: { date: input.date } })) throw conflict("Ya hay un cierre registrado ese día", "date");
    const holiday = await tx.holiday.create({ data: { date: input.date, name, kind: "CLOSURE" } });
    await recordAudit(tx, scope, { action: "holiday.createClosure", entityType: "Holiday", entityId: holiday.id, after: holiday });
    return { holiday: { ...holiday, editable: true } };
  });
}

export async function deleteClosure(scope: ActingScope, input: { id: number }) {
  return inTransaction(scope, async (tx) => {
    const before = await tx.holiday.findFirst({ where: { AND: [holidayScope(scope.actor), { id: input.id }] } });
    if (!before || before.kind !== "CLOSURE") throw notFound("El cierre");
    if (before.date <= localDay(scope.clock.now())) throw conflict("Ese cierre ya ocurrió: los plazos contados con él no se recalculan");
    await tx.holiday.delete({ where: { id: before.id } });
    await recordAudit(tx, scope, { action: "holiday.deleteClosure", entityType: "Holiday", entityId: before.id, before });
    return { deletedId: before.id };
  });
}
