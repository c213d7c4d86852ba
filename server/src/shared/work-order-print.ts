// What a printed work order tells the person who takes it to the field: the task, by type, and what to write down.
// Shared with the portal through $lib/labels (one source of Spanish text).
import type { WorkOrderType } from "../generated/prisma/enums.ts";

/** The task, in the words a field worker reads on paper. */
export const WORK_ORDER_TASKS: Record<WorkOrderType, string> = {
  VERIFICATION: "Visitar el domicilio, revisar el medidor y la instalación, y anotar la lectura y el resultado: si el medidor registra de más (cuántos m³), si hay fuga externa o si todo está normal.",
  METER_REPLACEMENT: "Retirar el medidor actual y anotar su lectura; instalar el nuevo y anotar su número de serie y su lectura inicial.",
  RECONNECTION: "Restablecer el servicio de la toma (retirar la limitación) y comprobar que llega el agua.",
  LEAK_REPAIR: "Localizar y reparar la fuga reportada; anotar lo que se hizo y el material usado.",
  SERVICE_LIMITATION: "Limitar el servicio de la toma por adeudo (limitación, no corte total) y anotar el resultado.",
};

/** The blanks the printed order leaves for the result, by type (besides notes, date, time and signatures). */
export const WORK_ORDER_PRINT_FIELDS: Record<WorkOrderType, string[]> = {
  VERIFICATION: ["Lectura del medidor (m³)", "m³ de más (si el medidor registra de más)"],
  METER_REPLACEMENT: ["Lectura del medidor retirado (m³)", "Número de serie del medidor nuevo", "Lectura inicial del medidor nuevo (m³)"],
  RECONNECTION: ["Lectura del medidor (m³)"],
  LEAK_REPAIR: ["Material usado"],
  SERVICE_LIMITATION: ["Lectura del medidor (m³)"],
};
