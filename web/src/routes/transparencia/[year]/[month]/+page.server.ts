import { error } from "@sveltejs/kit";
import { requireUser, takeFlash } from "$lib/server/session";
import { canReadTransparency } from "$lib/roles";
import { monthFigures, monthParams } from "$lib/server/transparency-data";
import { transparencyActions } from "$lib/server/transparency-actions";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, params, url, cookies }) => {
  const { user, token } = requireUser(locals);
  if (!canReadTransparency(user)) error(403, "Su puesto no consulta los informes de transparencia.");
  const { year, month } = monthParams(params);
  const version = Number(url.searchParams.get("version")) || null;
  return { year, ...(await monthFigures(token, year, month, version)), flash: takeFlash(cookies, url) };
};

export const actions = transparencyActions;
