// The bitácora's filters, read once from the URL for the screen and for its CSV export.
import type { AuditFilter } from "$lib/graphql/generated/graphql";

/** A dd/mm/aaaa day typed as yyyy-mm-dd, as the instants that begin and end it in Sinaloa (UTC−7 all year). */
const dayStart = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00-07:00` : null);
const dayEnd = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T23:59:59.999-07:00` : null);

export const AUDIT_FILTER_FIELDS = ["actor", "accion", "entidad", "id", "solicitud", "desde", "hasta"] as const;

export function auditFilterFrom(url: URL): { filter: AuditFilter; values: Record<(typeof AUDIT_FILTER_FIELDS)[number], string> } {
  const values = Object.fromEntries(AUDIT_FILTER_FIELDS.map((f) => [f, url.searchParams.get(f)?.trim() ?? ""])) as Record<(typeof AUDIT_FILTER_FIELDS)[number], string>;
  const filter: AuditFilter = {
    actorName: values.actor || null,
    action: values.accion || null,
    entityType: values.entidad || null,
    entityId: values.id || null,
    requestId: values.solicitud || null,
    from: dayStart(values.desde),
    to: dayEnd(values.hasta),
  };
  return { filter, values };
}
