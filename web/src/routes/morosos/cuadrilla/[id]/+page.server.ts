import { error } from "@sveltejs/kit";
import { requireUser, takeFlash } from "$lib/server/session";
import { crewSheet } from "$lib/server/limitation-data";
import { can } from "$lib/roles";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readDelinquency")) error(403, "Su puesto no consulta las listas de las cuadrillas.");
  const sheet = await crewSheet(token, params.id);
  return { ...sheet, printedAt: new Date().toISOString(), flash: takeFlash(cookies, url) };
};
