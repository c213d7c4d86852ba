// The tablero's data, read once from the API for the page and for each of its CSV lists: the lists are the API's
// figures as they are (computed in SQL by departmentDashboard and followUpBoard), only labelled here.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { can } from "$lib/roles";
import { CSV_BOM, csvHeaders, csvLine } from "$lib/server/csv";
import type { RequestHandler } from "@sveltejs/kit";
import { AGING_BUCKET_LABELS, CHANNELS, COMPLAINT_CATEGORIES, ROLE_LABELS, VERIFICATION_OUTCOMES, WORK_ORDER_TYPES } from "$lib/labels";
import { orderHolder } from "$lib/format";

const Tablero = graphql(`
  query Tablero($year: Int, $month: Int) {
    followUpBoard {
      open
      overdue
      dueToday
      paused
      escalatedToHead
      escalatedToManager
      byAssignee {
        assignee {
          fullName
        }
        department
        open
        overdue
      }
    }
    departmentDashboard(year: $year, month: $month) {
      year
      month
      asOf
      openByTypeAndDepartment {
        type
        department
        open
        overdue
      }
      aging {
        bucket
        open
        overdue
      }
      complaintsFiled
      complaintsByCategoryAndChannel {
        category
        channel
        count
      }
      complaintsResolved
      complaintResolutionMedianHours
      ordersCompletedByType {
        type
        completed
        medianHours
        onTime
      }
      verificationsByOutcome {
        outcome
        count
      }
    }
  }
`);

/** "?mes=2026-11" → { year, month }; absent or malformed: the current month (the API's). */
export function monthParam(url: URL): { year: number | null; month: number | null } {
  const match = /^(\d{4})-(\d{2})$/.exec(url.searchParams.get("mes") ?? "");
  const month = Number(match?.[2]);
  return match && month >= 1 && month <= 12 ? { year: Number(match[1]), month } : { year: null, month: null };
}

/** The tablero's figures for the caller, who must be the head or the manager (the API checks it again). */
export async function loadDashboard(locals: App.Locals, url: URL) {
  const { user, token } = requireUser(locals);
  if (!canReadDashboard(user)) error(403, "El tablero es de la jefatura y la gerencia.");
  const { data } = await api(token, Tablero, monthParam(url));
  return { board: data.followUpBoard, dashboard: data.departmentDashboard };
}

export const canReadDashboard = (user: Parameters<typeof can>[0]) => can(user, "readDashboard");

type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;

/** Hours with one decimal in es-MX ("54.5"), or "—" when there is nothing to measure. */
export const hours = (value: number | null | undefined) => (value == null ? "—" : value.toLocaleString("es-MX", { maximumFractionDigits: 1 }));

/** Each list of the tablero as a CSV: Spanish headers, labelled rows. */
export const DASHBOARD_LISTS = {
  ordenes: {
    file: "ordenes-abiertas-por-tipo-y-departamento",
    headers: ["Tipo de orden", "Departamento", "Abiertas", "Vencidas"],
    rows: ({ dashboard }: Dashboard) => dashboard.openByTypeAndDepartment.map((r) => [WORK_ORDER_TYPES[r.type], ROLE_LABELS[r.department], r.open, r.overdue]),
  },
  antiguedad: {
    file: "antiguedad-de-ordenes-abiertas",
    headers: ["Antigüedad desde su emisión", "Abiertas", "Vencidas"],
    rows: ({ dashboard }: Dashboard) => dashboard.aging.map((r) => [AGING_BUCKET_LABELS[r.bucket], r.open, r.overdue]),
  },
  quejas: {
    file: "quejas-del-mes-por-categoria-y-canal",
    headers: ["Categoría", "Canal", "Quejas y reportes"],
    rows: ({ dashboard }: Dashboard) => dashboard.complaintsByCategoryAndChannel.map((r) => [COMPLAINT_CATEGORIES[r.category], CHANNELS[r.channel], r.count]),
  },
  resolucion: {
    file: "tiempo-para-resolver",
    headers: ["Concepto", "Resueltas o solventadas en el mes", "Mediana de horas", "A tiempo"],
    rows: ({ dashboard }: Dashboard) => [
      ["Quejas y reportes", dashboard.complaintsResolved, hours(dashboard.complaintResolutionMedianHours), ""],
      ...dashboard.ordersCompletedByType.map((r) => [`Órdenes: ${WORK_ORDER_TYPES[r.type]}`, r.completed, hours(r.medianHours), r.onTime]),
    ],
  },
  verificaciones: {
    file: "verificaciones-por-resultado",
    headers: ["Resultado", "Verificaciones"],
    rows: ({ dashboard }: Dashboard) => dashboard.verificationsByOutcome.map((r) => [VERIFICATION_OUTCOMES[r.outcome], r.count]),
  },
  responsables: {
    file: "ordenes-abiertas-por-responsable",
    headers: ["Responsable", "Abiertas", "Vencidas"],
    rows: ({ board }: Dashboard) =>
      board.byAssignee.map((r) => [orderHolder(r, { deskNote: " (sin asignar)" }), r.open, r.overdue]),
  },
} as const;

export type DashboardList = keyof typeof DASHBOARD_LISTS;

/** The GET handler of one list's CSV endpoint (UTF-8 with a byte-order mark, so that Excel reads the accents). */
export function dashboardCsv(list: DashboardList): RequestHandler {
  return async ({ locals, url }) => {
    const data = await loadDashboard(locals, url);
    const spec = DASHBOARD_LISTS[list];
    let body = CSV_BOM + csvLine([...spec.headers]);
    for (const row of spec.rows(data)) body += csvLine(row);
    const month = `${data.dashboard.year}-${String(data.dashboard.month).padStart(2, "0")}`;
    return new Response(body, { headers: csvHeaders(`${spec.file}-${month}.csv`) });
  };
}
