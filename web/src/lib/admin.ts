// Which administration screens a staff member may open, from the API's permissions (the auditor opens them all, read-only).
import { can } from "$lib/roles";
import { ROLE_LABELS } from "$lib/labels";
import type { Role } from "$lib/graphql/generated/graphql";
import type { SessionUser } from "$lib/session-user";

export interface AdminScreen {
  href: string;
  title: string;
  summary: string;
}

export function adminScreens(user: SessionUser | null | undefined): AdminScreen[] {
  const readsCatalogsAsAdmin = can(user, "manageCatalogs") || can(user, "readApiClients");
  return [
    ...(can(user, "readStaff") && (can(user, "manageStaff") || can(user, "readApiClients")) ? [{ href: "/admin/personal", title: "Personal", summary: "Cuentas, puestos, contraseñas temporales, desactivación." }] : []),
    ...(can(user, "readApiClients") ? [{ href: "/admin/clientes-api", title: "Clientes de la API", summary: "Sistemas externos, permisos, llaves y su rotación." }] : []),
    ...(readsCatalogsAsAdmin ? [{ href: "/admin/localidades", title: "Localidades", summary: "Catálogo de localidades del municipio." }] : []),
    ...(readsCatalogsAsAdmin ? [{ href: "/admin/cuadrillas", title: "Cuadrillas", summary: "Cuadrillas de cobranza y localidades que cubren." }] : []),
    ...(readsCatalogsAsAdmin ? [{ href: "/admin/tarifas", title: "Tarifas", summary: "Versiones por tipo de toma, con sus bloques de consumo." }] : []),
    ...(readsCatalogsAsAdmin ? [{ href: "/admin/dias-inhabiles", title: "Días inhábiles", summary: "Días de descanso obligatorio y cierres del organismo." }] : []),
    ...(readsCatalogsAsAdmin || can(user, "manageServiceTargets") ? [{ href: "/admin/metas", title: "Metas de servicio", summary: "Plazos por tipo de orden y escalamiento." }] : []),
    ...(readsCatalogsAsAdmin ? [{ href: "/admin/parametros", title: "Parámetros", summary: "Descuentos, plazos legales y umbrales." }] : []),
  ];
}

/** Reads an action's mutation result: userErrors become one message for the page. */
export const errorText = (userErrors: { message: string }[], fallback: string) => userErrors.map((e) => e.message).join(" ") || fallback;

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

/** Rows of consumption blocks the tariff form offers. */
export const TARIFF_BLOCK_ROWS = 6;
