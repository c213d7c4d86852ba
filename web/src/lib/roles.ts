// Mirrors the API's operation gates only to decide which links and buttons to show; the API enforces them.
import type { Role } from "$lib/graphql/generated/graphql";
import type { SessionUser } from "$lib/session-user";

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

const SEARCHERS: Role[] = ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "CASHIER", "IT", "AUDITOR", "ADMIN"];
const ORDER_READERS: Role[] = ["FRONT_DESK", "HEAD", "MANAGER", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "AUDITOR"];
const COMPLAINT_READERS: Role[] = ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "FOLLOW_UP", "IT", "AUDITOR"];
const COMPLAINT_FILERS: Role[] = ["FRONT_DESK", "HEAD"];

const hasAny = (user: SessionUser | null | undefined, roles: Role[]) => !!user?.roles.some((r) => roles.includes(r));

export const canSearchConnections = (user: SessionUser | null | undefined) => hasAny(user, SEARCHERS);
export const canReadOrders = (user: SessionUser | null | undefined) => hasAny(user, ORDER_READERS);
export const canReadComplaints = (user: SessionUser | null | undefined) => hasAny(user, COMPLAINT_READERS);
export const canFileComplaint = (user: SessionUser | null | undefined) => hasAny(user, COMPLAINT_FILERS);
export const isVerifier = (user: SessionUser | null | undefined) => hasAny(user, ["VERIFIER"]);

export const roleNames = (user: SessionUser) => user.roles.map((r) => ROLE_LABELS[r]).join(", ");
