// The bitácora in Spanish: an audit action "<entity>.<verb>" (e.g. staff.deactivate) reads "Personal: desactivación".
// The codes stay what the API returns and filters by; these labels are for people reading the log.
import { ROLE_LABELS } from "./labels.ts";

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  apiClient: "Cliente de la API", complaint: "Queja", connection: "Toma", serviceConnection: "Toma", crew: "Cuadrilla",
  discount: "Descuento", holiday: "Días inhábiles", informationRequest: "Solicitud de información", locality: "Localidad",
  meter: "Medidor", registerImport: "Importación del padrón", serviceTarget: "Meta de servicio", session: "Sesión",
  setting: "Parámetro", staff: "Personal", tariff: "Tarifa", transparencyReport: "Informe de transparencia", user: "Usuario",
  webhook: "Aviso a sistema externo", workOrder: "Orden de trabajo", ledgerEntry: "Movimiento de cuenta", payment: "Pago",
};

export const AUDIT_VERB_LABELS: Record<string, string> = {
  create: "alta", update: "cambio", deactivate: "desactivación", reactivate: "reactivación", changePassword: "cambio de contraseña",
  resetPassword: "contraseña restablecida", updateRoles: "cambio de puestos", revoke: "revocación", rotateKey: "clave nueva",
  file: "registro", forward: "turnada", pause: "pausa", resume: "reanudación", recordAdvice: "orientación registrada",
  resolve: "resolución", verify: "verificación", status: "cambio de estado", apply: "aplicación", authorize: "autorización",
  reject: "rechazo", request: "solicitud", createClosure: "día inhábil agregado", deleteClosure: "día inhábil quitado",
  answer: "respuesta", decline: "improcedencia", extend: "prórroga", receive: "recepción", start: "inicio", replace: "cambio de medidor",
  batch: "lote", dryRun: "revisión previa", cancel: "cancelación", transfer: "cambio de titular", lockedOut: "bloqueo por intentos",
  login: "inicio de sesión", loginFailed: "intento fallido", logout: "cierre de sesión", deliver: "entrega", generate: "generación",
  merge: "fusión", mergedInto: "fusionado en otro registro", register: "registro", remove: "baja", replay: "reenvío",
  assign: "asignación", complete: "conclusión", escalate: "escalamiento", issue: "emisión", reassign: "reasignación", applied: "aplicado",
};

const firstLower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "staff.deactivate" → "Personal: desactivación"; an unknown code reads as itself. */
export function auditActionLabel(action: string): string {
  const [entity, verb] = action.split(".");
  const entityLabel = AUDIT_ENTITY_LABELS[entity];
  const verbLabel = verb ? AUDIT_VERB_LABELS[verb] : undefined;
  return entityLabel && verbLabel ? `${entityLabel}: ${verbLabel}` : action;
}

/** "Staff" (an entity type) → "Personal". */
export const auditEntityLabel = (entityType: string) => AUDIT_ENTITY_LABELS[firstLower(entityType)] ?? entityType;

/** "HEAD,MANAGER" → "Jefatura, Gerencia"; a partner's key → "Sistema externo". */
export function auditActorRoleLabel(actorRole: string): string {
  if (!actorRole) return "";
  if (actorRole.startsWith("PARTNER")) return "Sistema externo";
  return actorRole.split(",").map((role) => ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role).join(", ");
}
