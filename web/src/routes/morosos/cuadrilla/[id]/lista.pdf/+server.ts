import { error } from "@sveltejs/kit";
import { requireUser } from "$lib/server/session";
import { crewSheet } from "$lib/server/limitation-data";
import { limitationSheetPdf } from "$lib/server/limitation-pdf";
import { formatDateTime, formatMoney } from "$lib/format";
import { can } from "$lib/roles";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ locals, params }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readDelinquency")) error(403, "Su puesto no consulta las listas de las cuadrillas.");
  const { crew, orders } = await crewSheet(token, params.id);
  const pdf = await limitationSheetPdf({ crewName: crew.name, leaderName: crew.leaderName, printedAt: formatDateTime(new Date().toISOString()), rows: orders }, formatMoney);
  const name = `limitacion-${crew.name.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-")}.pdf`;
  return new Response(new Uint8Array(pdf), { headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
};
