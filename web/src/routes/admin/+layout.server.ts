import { error } from "@sveltejs/kit";
import { requireUser } from "$lib/server/session";
import { adminScreens } from "$lib/admin";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = ({ locals, url }) => {
  const { user } = requireUser(locals);
  const screens = adminScreens(user);
  if (!screens.length || (url.pathname !== "/admin" && !screens.some((s) => url.pathname.startsWith(s.href)))) error(403, "Su puesto no abre esta pantalla de administración.");
  return { screens };
};
