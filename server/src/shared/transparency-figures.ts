// The monthly transparency figures (DOMAIN.md workflow 6): their shape, and how each one reads as a row of the CSV
// and the PDF. One definition for the API, the portal's exports and the README. Keep it free of runtime imports
// of server code (the portal imports it as $shared/transparency-figures).
import type { Channel, ComplaintCategory, ComplaintStatus, VerificationOutcome, WorkOrderType } from "../generated/prisma/enums.ts";
import { CHANNELS, COMPLAINT_CATEGORIES, COMPLAINT_STATUSES, MONTH_NAMES, VERIFICATION_OUTCOMES, WORK_ORDER_TYPES } from "./labels.ts";

export interface KeyCount<K extends string = string> {
  key: K;
  count: number;
}

export interface WorkOrderTypeFigures {
  type: WorkOrderType;
  issued: number;
  completed: number;
  overdue: number;
}

export type DiscountDecision = "REQUESTED" | "AUTHORIZED" | "REJECTED";

export interface DiscountFigures {
  decision: DiscountDecision;
  count: number;
  /** MXN, exact decimal text ("1533.90") */
  amount: string;
}

/** The figures of one calendar month (America/Mazatlan). Every list holds every key, zeros included. */
export interface TransparencyFigures {
  complaintsFiled: number;
  complaintsByCategory: KeyCount<ComplaintCategory>[];
  complaintsByChannel: KeyCount<Channel>[];
  complaintsByStatus: KeyCount<ComplaintStatus>[];
  complaintsResolved: number;
  resolutionMedianHours: number | null;
  resolutionP90Hours: number | null;
  workOrdersByType: WorkOrderTypeFigures[];
  verificationsByOutcome: KeyCount<VerificationOutcome>[];
  discounts: DiscountFigures[];
  reconnectionsCompleted: number;
  reconnectionMedianHoursAfterPayment: number | null;
  reconnectionP90HoursAfterPayment: number | null;
  leakReportsFiled: number;
  leakReportsAttended: number;
  leakReportsWithinTarget: number;
}

/** What each figure means: the list the README repeats. */
export const FIGURE_DEFINITIONS = [
  ["complaintsFiled", "Quejas y reportes recibidos en el mes (fecha de registro)."],
  ["complaintsByCategory / ByChannel / ByStatus", "Las mismas, por categoría, por medio de recepción y por su estado al generar el informe."],
  ["complaintsResolved, resolutionMedianHours, resolutionP90Hours", "Quejas resueltas en el mes (fecha de resolución) y la mediana y el percentil 90 de las horas entre su registro y su resolución."],
  ["workOrdersByType.issued", "Órdenes emitidas en el mes, por tipo."],
  ["workOrdersByType.completed", "Órdenes solventadas en el mes, por tipo."],
  ["workOrdersByType.overdue", "Órdenes cuya fecha límite cayó en el mes y que no se solventaron a tiempo (siguen abiertas o se solventaron después); las canceladas no cuentan."],
  ["verificationsByOutcome", "Verificaciones solventadas en el mes, por resultado."],
  ["discounts", "Descuentos solicitados en el mes (fecha de solicitud) y autorizados o rechazados en el mes (fecha de decisión), con su número e importe."],
  ["reconnectionsCompleted, reconnectionMedian/P90HoursAfterPayment", "Reconexiones solventadas en el mes, y la mediana y el percentil 90 de las horas entre el último pago anterior a la orden y la reconexión."],
  ["leakReportsFiled / Attended / WithinTarget", "Reportes de fuga (agua o drenaje) recibidos en el mes; de ellos, los que tienen su orden de reparación solventada, y los solventados dentro de su fecha límite."],
] as const;

export const DISCOUNT_DECISIONS: Record<DiscountDecision, string> = {
  REQUESTED: "Solicitados",
  AUTHORIZED: "Autorizados",
  REJECTED: "Rechazados",
};

export interface FigureRow {
  section: string;
  label: string;
  value: string;
}

const hours = (value: number | null) => (value === null ? "—" : value.toFixed(1));

/** "octubre de 2026" */
export const monthTitle = (year: number, month: number) => `${MONTH_NAMES[month - 1]} de ${year}`;

/** The figures as (section, concept, value) rows, in the order the CSV and the PDF show them. */
export function figureRows(f: TransparencyFigures): FigureRow[] {
  const rows: FigureRow[] = [];
  const add = (section: string, label: string, value: string | number) => rows.push({ section, label, value: String(value) });
  add("Quejas y reportes", "Recibidos en el mes", f.complaintsFiled);
  for (const c of f.complaintsByCategory) add("Quejas por categoría", COMPLAINT_CATEGORIES[c.key], c.count);
  for (const c of f.complaintsByChannel) add("Quejas por medio de recepción", CHANNELS[c.key], c.count);
  for (const c of f.complaintsByStatus) add("Quejas registradas en el mes, por estado al generar el informe", COMPLAINT_STATUSES[c.key], c.count);
  add("Tiempo de resolución", "Quejas resueltas en el mes (por fecha de resolución, incluidas las registradas antes)", f.complaintsResolved);
  add("Tiempo de resolución", "Mediana (horas)", hours(f.resolutionMedianHours));
  add("Tiempo de resolución", "Percentil 90 (horas)", hours(f.resolutionP90Hours));
  for (const o of f.workOrdersByType) {
    add("Órdenes de trabajo", `${WORK_ORDER_TYPES[o.type]}: emitidas`, o.issued);
    add("Órdenes de trabajo", `${WORK_ORDER_TYPES[o.type]}: atendidas en el mes`, o.completed);
    add("Órdenes de trabajo", `${WORK_ORDER_TYPES[o.type]}: vencidas`, o.overdue);
  }
  for (const v of f.verificationsByOutcome) add("Verificaciones por resultado", VERIFICATION_OUTCOMES[v.key], v.count);
  for (const d of f.discounts) {
    add("Descuentos", `${DISCOUNT_DECISIONS[d.decision]}: número`, d.count);
    add("Descuentos", `${DISCOUNT_DECISIONS[d.decision]}: importe (MXN)`, d.amount);
  }
  add("Reconexiones", "Solventadas en el mes", f.reconnectionsCompleted);
  add("Reconexiones", "Mediana de horas después del pago", hours(f.reconnectionMedianHoursAfterPayment));
  add("Reconexiones", "Percentil 90 de horas después del pago", hours(f.reconnectionP90HoursAfterPayment));
  add("Reportes de fuga", "Recibidos en el mes", f.leakReportsFiled);
  add("Reportes de fuga", "De los recibidos en el mes, con su reparación atendida", f.leakReportsAttended);
  add("Reportes de fuga", "De los recibidos en el mes, atendidos dentro de la meta", f.leakReportsWithinTarget);
  return rows;
}
