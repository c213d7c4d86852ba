import { error } from "@sveltejs/kit";
import { figureRows, monthTitle, type TransparencyFigures } from "$shared/transparency-figures";
import { requireUser } from "$lib/server/session";
import { canReadTransparency } from "$lib/roles";
import { monthFigures, monthParams } from "$lib/server/transparency-data";
import { CSV_BOM, csvHeaders, csvLine } from "$lib/server/csv";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ locals, params, url }) => {
  const { user, token } = requireUser(locals);
  if (!canReadTransparency(user)) error(403, "Su puesto no consulta los informes de transparencia.");
  const { year, month } = monthParams(params);
  const { snapshot, figures } = await monthFigures(token, year, month, Number(url.searchParams.get("version")) || null);
  let body = CSV_BOM + csvLine(["Sección", "Concepto", "Valor"]);
  body += csvLine(["Informe", "Mes", monthTitle(year, month)]);
  body += csvLine(["Informe", "Versión", snapshot ? snapshot.version : "preliminar"]);
  if (snapshot) body += csvLine(["Informe", "SHA-256", snapshot.sha256]);
  for (const row of figureRows(figures as TransparencyFigures)) body += csvLine([row.section, row.label, row.value]);
  const name = `transparencia-${year}-${String(month).padStart(2, "0")}${snapshot ? `-v${snapshot.version}` : "-preliminar"}.csv`;
  return new Response(body, { headers: csvHeaders(name) });
};
