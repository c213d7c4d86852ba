import { Prisma } from "../../../generated/prisma/client.ts";
import { badInput } from "../../../shared/errors.ts";
import { formatVolume } from "../../../shared/format.ts";
import { localDay } from "../../../shared/business-calendar.ts";
import { recordAudit } from "../../audit/audit.service.ts";
import { recordHistory } from "../../history/history.service.ts";
import { notesOf, type NewMeter, type ResultHandler } from "./result-handler.ts";

export const METER_SERIAL_MAX_LENGTH = 40;

function checkedMeter(meter: NewMeter | null | undefined, now: Date) {
  if (!meter) throw badInput("newMeter", "Indique la serie, la lectura inicial y la fecha del medidor instalado");
  const serialNumber = meter.serialNumber.trim().toUpperCase();
  if (!serialNumber || serialNumber.length > METER_SERIAL_MAX_LENGTH) throw badInput("newMeter.serialNumber", `Indique la serie del medidor nuevo (hasta ${METER_SERIAL_MAX_LENGTH} caracteres)`);
  let reading: Prisma.Decimal;
  try {
    reading = new Prisma.Decimal(meter.initialReadingM3);
  } catch {
    throw badInput("newMeter.initialReadingM3", "La lectura inicial no es un número");
  }
  if (reading.isNeg() || reading.gte(100_000_000) || reading.decimalPlaces() > 2) throw badInput("newMeter.initialReadingM3", "La lectura inicial va de 0 a 99,999,999.99 m³");
  // installedOn is a calendar day (yyyy-mm-dd at 00:00 UTC), compared with the utility's today
  if (meter.installedOn > localDay(now)) throw badInput("newMeter.installedOn", "La fecha de instalación no puede ser futura");
  return { serialNumber, brand: meter.brand?.trim() || null, reading, installedOn: meter.installedOn };
}

/** Registry's meter change: the old meter is retired on the installation day and the new one starts at its reading. */
export const meterReplacementResult: ResultHandler = {
  fields: ["newMeter", "notes"],
  record(input, _order, now) {
    const meter = checkedMeter(input.newMeter, now);
    const notes = notesOf(input);
    return { data: { resultNotes: notes }, summary: `medidor ${meter.serialNumber} instalado`, details: { volumeM3: meter.reading.toFixed(2), ...(notes ? { notes } : {}) } };
  },
  async apply(tx, scope, order, input) {
    const meter = checkedMeter(input.newMeter, scope.clock.now());
    if (!order.connectionId) return {};
    if (await tx.meter.findUnique({ where: { serialNumber: meter.serialNumber } })) throw badInput("newMeter.serialNumber", `Ya hay un medidor con la serie ${meter.serialNumber}`);
    const retired = await tx.meter.findMany({ where: { connectionId: order.connectionId, removedAt: null } });
    await tx.meter.updateMany({ where: { connectionId: order.connectionId, removedAt: null }, data: { removedAt: meter.installedOn } });
    const installed = await tx.meter.create({
      data: { serialNumber: meter.serialNumber, brand: meter.brand, connectionId: order.connectionId, installedAt: meter.installedOn, lastReadingM3: meter.reading },
    });
    await recordHistory(tx, scope, {
      connectionId: order.connectionId,
      type: "METER_REPLACED",
      summary: `Medidor ${retired.map((m) => m.serialNumber).join(", ") || "(sin registro)"} retirado; instalado ${installed.serialNumber} con lectura inicial ${formatVolume(meter.reading)}`,
      details: { volumeM3: meter.reading.toFixed(2) },
      workOrderId: order.id,
    });
    await recordAudit(tx, scope, { action: "meter.replace", entityType: "Meter", entityId: installed.id, before: retired, after: installed });
    return {};
  },
};
