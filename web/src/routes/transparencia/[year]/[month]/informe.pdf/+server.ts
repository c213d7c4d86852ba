import { error } from "@sveltejs/kit";
import type { TransparencyFigures } from "$shared/transparency-figures";
import { requireUser } from "$lib/server/session";
import { canReadTransparency } from "$lib/roles";
import { formatDateTime } from "$lib/format";
import { monthFigures, monthParams } from "$lib/server/transparency-data";
import { transparencyPdf } from "$lib/server/transparency-pdf";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ locals, params, url }) => {
  const { user, token } = requireUser(locals);
  if (!canReadTransparency(user)) error(403, "Su puesto no consulta los informes de transparencia.");
  const { year, month } = monthParams(params);
  const { snapshot, figures } = await monthFigures(token, year, month, Number(url.searchParams.get("version")) || null);
  const pdf = await transparencyPdf({
    year,
    month,
    figures: figures as TransparencyFigures,
    snapshot: snapshot && { version: snapshot.version, generatedAt: formatDateTime(snapshot.generatedAt), sha256: snapshot.sha256 },
    printedAt: formatDateTime(new Date().toISOString()),
  });
  const name = `transparencia-${year}-${String(month).padStart(2, "0")}${snapshot ? `-v${snapshot.version}` : "-preliminar"}.pdf`;
  return new Response(new Uint8Array(pdf), { headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
};
