// Which links and buttons to show, from the permissions the API reports (myPermissions); the API enforces them.
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

type User = SessionUser | null | undefined;

export const canSearchConnections = (user: User) => !!user?.can.searchConnections;
export const canReadOrders = (user: User) => !!user?.can.readWorkOrders;
export const canReadComplaints = (user: User) => !!user?.can.readComplaints;
export const canFileComplaint = (user: User) => !!user?.can.fileComplaint;
/** Verifiers record results and see their own orders as "Mis órdenes". */
export const isVerifier = (user: User) => !!user?.can.completeVerification;

export const roleNames = (user: SessionUser) => user.roles.map((r) => ROLE_LABELS[r]).join(", ");
