import { loadDashboard, monthParam } from "$lib/server/dashboard-data";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals, url }) => {
  const { board, dashboard } = await loadDashboard(locals, url);
  const { year, month } = monthParam(url);
  // the CSV links carry the month shown
  return { board, dashboard, query: year ? `?mes=${year}-${String(month).padStart(2, "0")}` : "" };
};
