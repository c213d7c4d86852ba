// Spanish (es-MX) names of the API's enums and the department's categories: the one source for server messages
// and the portal (which imports this file as `$shared/labels`). Keep it free of runtime imports.
import type {
  Channel,
  ComplaintCategory,
  ComplaintKind,
  ComplaintStatus,
  ConnectionStatus,
  HolidayKind,
  InformationRequestChannel,
  InformationRequestStatus,
  ConnectionType,
  LimitationResult,
  DiscountCredentialType,
  SpecialUserKind,
  VerificationOutcome,
  WorkOrderStatus,
  WorkOrderType,
  Role,
  WebhookDeliveryStatus,
} from "../generated/prisma/enums.ts";

export const COMPLAINT_KINDS: Record<ComplaintKind, string> = {
  COMPLAINT: "Queja",
  DENUNCIATION: "Denuncia",
  PROBLEM_REPORT: "Reporte de problema",
};

/** The title of the form that takes one (the kind decides the article: "Nuevo reporte de problema"). */
export const NEW_COMPLAINT_TITLES: Record<ComplaintKind, string> = {
  COMPLAINT: "Nueva queja",
  DENUNCIATION: "Nueva denuncia",
  PROBLEM_REPORT: "Nuevo reporte de problema",
};

export const COMPLAINT_CATEGORIES: Record<ComplaintCategory, string> = {
  EXCESS_CONSUMPTION: "Consumo excesivo",
  METER_MALFUNCTION: "Medidor en mal estado",
  WATER_LEAK: "Fuga de agua",
  SEWER_LEAK: "Fuga de drenaje",
  NO_WATER: "Falta de agua",
  LOW_PRESSURE: "Baja presión",
  WATER_QUALITY: "Calidad del agua",
  BILLING: "Facturación",
  OTHER: "Otro",
};

export const CHANNELS: Record<Channel, string> = {
  IN_PERSON: "Presencial",
  PHONE: "Teléfono",
  WEB: "Página web",
  PARTNER: "Sistema externo",
};

export const COMPLAINT_STATUSES: Record<ComplaintStatus, string> = {
  OPEN: "Abierta",
  FORWARDED: "Turnada a seguimiento",
  IN_VERIFICATION: "En verificación",
  VERIFIED: "Verificada",
  RESOLVED: "Resuelta",
  CLOSED: "Cerrada",
  CANCELLED: "Cancelada",
};

export const WORK_ORDER_TYPES: Record<WorkOrderType, string> = {
  VERIFICATION: "Verificación",
  METER_REPLACEMENT: "Cambio de medidor",
  RECONNECTION: "Reconexión",
  LEAK_REPAIR: "Reparación de fuga",
  SERVICE_LIMITATION: "Limitación del servicio",
};

export const WORK_ORDER_STATUSES: Record<WorkOrderStatus, string> = {
  ISSUED: "Emitida",
  ASSIGNED: "Asignada",
  IN_PROGRESS: "En proceso",
  COMPLETED: "Solventada",
  CANCELLED: "Cancelada",
};

export const CONNECTION_TYPES: Record<ConnectionType, string> = {
  DOMESTIC: "Doméstica",
  COMMERCIAL: "Comercial",
  INDUSTRIAL: "Industrial",
  PUBLIC: "Pública",
};

export const CONNECTION_STATUSES: Record<ConnectionStatus, string> = {
  ACTIVE: "Activa",
  LIMITED: "Limitada",
  SUSPENDED: "Suspendida",
  CANCELLED: "Cancelada",
};

export const DISCOUNT_CREDENTIAL_TYPES: Record<DiscountCredentialType, string> = {
  PENSIONER: "Pensionado",
  RETIREE: "Jubilado",
  EMPLOYEE: "Empleado del organismo",
};

/** Usuarios especiales (the register follows them apart). */
export const SPECIAL_USER_KINDS: Record<SpecialUserKind, string> = {
  PUBLIC_BUILDING: "Edificio público",
  SCHOOL: "Escuela",
  LARGE_CONSUMER: "Gran consumidor",
};

/** Why possibleDuplicates names a customer. */
export const DUPLICATE_REASONS: Record<string, string> = {
  SAME_CURP: "Misma CURP",
  SIMILAR_NAME_SAME_ADDRESS: "Nombre parecido en la misma calle y localidad",
};

export const VERIFICATION_OUTCOMES: Record<VerificationOutcome, string> = {
  METER_OVER_REGISTERING: "El medidor registra de más",
  EXTERNAL_LEAK: "Fuga externa",
  NORMAL: "Normal",
};

export const LIMITATION_RESULTS: Record<LimitationResult, string> = {
  LIMITED: "Servicio limitado",
  NOT_FOUND: "Domicilio no localizado",
  PAID_ON_SITE: "Pagó en el momento",
  REFUSED: "No se permitió la limitación",
};

/** What a work order's action is called on screen (the API names them in availableActions). */
export const WORK_ORDER_ACTIONS = {
  assign: "Asignar",
  reassign: "Reasignar",
  start: "Iniciar",
  pause: "Pausar",
  resume: "Reanudar",
  complete: "Registrar resultado",
  cancel: "Cancelar orden",
} as const;

/** Whom an order's escalation level has reached (escalationLevel 1 and 2). */
export const ESCALATION_LEVELS: Record<1 | 2, string> = {
  1: "A la jefatura del departamento",
  2: "A la gerencia comercial",
};

/** A span of business minutes as it reads: "2 h 30 min", "45 min", "0 min". */
export function formatBusinessMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ""}` : `${m} min`;
}

/** The tablero's aging buckets of open orders (workflow-facts.ts AGING_BUCKETS). */
export const AGING_BUCKET_LABELS: Record<"UNDER_1_DAY" | "DAYS_1_TO_3" | "DAYS_3_TO_7" | "DAYS_7_TO_30" | "OVER_30_DAYS", string> = {
  UNDER_1_DAY: "Menos de 1 día",
  DAYS_1_TO_3: "De 1 a 3 días",
  DAYS_3_TO_7: "De 3 a 7 días",
  DAYS_7_TO_30: "De 7 a 30 días",
  OVER_30_DAYS: "Más de 30 días",
};

/** The badge of an escalated order in lists (escalationLevel 1 and 2). */
export const ESCALATION_BADGES: Record<1 | 2, string> = {
  1: "Escalada a la jefatura",
  2: "Escalada a la gerencia",
};

/** What a complaint's action is called on screen (the API names them in availableActions). */
export const COMPLAINT_ACTIONS = {
  forward: "Turnar a seguimiento",
  recordAdvice: "Registrar asesoría",
  pause: "Pausar",
  resume: "Reanudar",
} as const;

/** The department or office each staff role stands for. */
export const ROLE_LABELS: Record<Role, string> = {
  FRONT_DESK: "Atención personalizada",
  HEAD: "Jefatura del departamento",
  MANAGER: "Gerencia comercial",
  VERIFIER: "Verificación",
  REGISTRY: "Padrón de usuarios",
  FOLLOW_UP: "Seguimiento de servicios",
  COLLECTIONS: "Cobranza",
  CASHIER: "Caja general",
  IT: "Informática",
  AUDITOR: "Auditoría interna",
  ADMIN: "Administración del sistema",
};

export const INFORMATION_REQUEST_STATUSES: Record<InformationRequestStatus, string> = {
  RECEIVED: "Recibida",
  IN_PROGRESS: "En trámite",
  EXTENDED: "Prorrogada",
  ANSWERED: "Respondida",
  DECLINED: "Improcedente",
};

export const INFORMATION_REQUEST_CHANNELS: Record<InformationRequestChannel, string> = {
  IN_PERSON: "Escrito presentado en ventanilla",
  EMAIL: "Correo electrónico",
  MAIL: "Correo postal",
  NATIONAL_PLATFORM: "Plataforma Nacional de Transparencia",
};

/** What an information request's action is called on screen (the API names them in availableActions). */
export const INFORMATION_REQUEST_ACTIONS = {
  start: "Turnar al área responsable",
  extend: "Prorrogar",
  answer: "Registrar respuesta",
  decline: "Declarar improcedente",
} as const;

export const HOLIDAY_KINDS: Record<HolidayKind, string> = {
  FEDERAL: "Día de descanso obligatorio (federal)",
  CLOSURE: "Cierre del organismo",
};

export const MONTH_NAMES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"] as const;

/** Why a connection got no limitation order in a batch (issueLimitationOrders' `skipped`). */
export const LIMITATION_SKIP_REASONS: Record<"ALREADY_LIMITED" | "OPEN_LIMITATION_ORDER" | "NOT_ACTIVE", string> = {
  ALREADY_LIMITED: "ya está limitada",
  OPEN_LIMITATION_ORDER: "ya tiene una orden de limitación abierta",
  NOT_ACTIVE: "no está en servicio (suspendida o cancelada)",
};

/**
 * The Open311 GeoReport v2 services (one per complaint category): what a 311 app shows a citizen. The name is
 * COMPLAINT_CATEGORIES'; these are the description, group and keywords of each.
 */
export const OPEN311_SERVICE_TEXTS: Record<ComplaintCategory, { description: string; group: string; keywords: string }> = {
  WATER_LEAK: { description: "Fuga de agua potable en la calle, la banqueta o la toma. Se atiende en campo en 24 horas.", group: "Fugas", keywords: "fuga, agua, tubería, toma, calle" },
  SEWER_LEAK: { description: "Fuga o derrame de drenaje (aguas negras) en la calle o un registro. Se atiende en campo en 24 horas.", group: "Fugas", keywords: "drenaje, aguas negras, alcantarilla, registro, derrame" },
  NO_WATER: { description: "No llega agua a la toma o a la colonia.", group: "Servicio", keywords: "sin agua, falta de agua, corte" },
  LOW_PRESSURE: { description: "El agua llega con poca presión.", group: "Servicio", keywords: "presión, poca agua" },
  WATER_QUALITY: { description: "El agua llega turbia, con olor, color o sabor extraño.", group: "Servicio", keywords: "calidad, turbia, olor, color, sabor" },
  EXCESS_CONSUMPTION: { description: "El recibo marca un consumo mayor al real. Se envía un verificador a revisar el medidor; requiere el número de control de la toma.", group: "Medidor y consumo", keywords: "consumo, recibo alto, medidor, cobro excesivo" },
  METER_MALFUNCTION: { description: "El medidor no funciona, está dañado o no se puede leer. Se envía un verificador; requiere el número de control de la toma.", group: "Medidor y consumo", keywords: "medidor, dañado, descompuesto, lectura" },
  BILLING: { description: "Aclaración del recibo o de un cobro; requiere el número de control de la toma.", group: "Facturación", keywords: "recibo, cobro, factura, adeudo" },
  OTHER: { description: "Otro problema con el servicio de agua o drenaje.", group: "Otros", keywords: "otro" },
};

/** The Open311 attribute a request may carry (GeoReport v2 service definition). */
export const OPEN311_ATTRIBUTE_TEXTS = {
  control_number: "Número de control de la toma (aparece en el recibo)",
} as const;

/** What the utility tells the citizen on filing (Open311 `service_notice`) and who attends each request. */
export const OPEN311_NOTICES = {
  filed: "Conserve su folio para dar seguimiento a su reporte",
  verification: "Un verificador visitará la toma para revisar el medidor",
  agency: "Departamento de Asistencia al Usuario",
  followUp: "Área de Seguimiento de Servicios",
} as const;

/** Where a webhook delivery stands (the delivery log). */
export const WEBHOOK_DELIVERY_STATUSES: Record<WebhookDeliveryStatus, string> = {
  PENDING: "En cola",
  DELIVERED: "Entregada",
  FAILED: "Fallida",
};

/** The webhook events, as the administration screens name them (their meaning is in the API's webhookEvents). */
export const WEBHOOK_EVENT_LABELS: Record<string, string> = {
  "complaint.status_changed": "Cambio de estado de una queja o reporte",
  "work_order.completed": "Orden solventada",
  "payment.applied": "Pago aplicado",
};

/** A register import run's status (RegisterImport.status). */
export const REGISTER_IMPORT_STATUS: Record<"QUEUED" | "RUNNING" | "DONE" | "FAILED", string> = {
  QUEUED: "En cola",
  RUNNING: "En curso",
  DONE: "Terminada",
  FAILED: "Falló",
};

/** A line of a register import's report, by severity (none: the row was accepted as it was). */
export const REGISTER_IMPORT_ROW_OUTCOME = { ACCEPTED: "aceptada", WARNING: "aceptada con advertencia", ERROR: "rechazada" } as const;
