// The tablero's list as CSV (head and manager only; the same figures as the page).
import { dashboardCsv } from "$lib/server/dashboard-data";

export const GET = dashboardCsv("verificaciones");
