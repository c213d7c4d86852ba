import { error } from "@sveltejs/kit";
import { requireUser } from "$lib/server/session";
import { can } from "$lib/roles";
import type { LayoutServerLoad } from "./$types";

// The register's screens: its own staff and the administrator change; those who read customers may look.
export const load: LayoutServerLoad = ({ locals }) => {
  const { user } = requireUser(locals);
  if (!can(user, "manageRegister") && !can(user, "readUsers")) error(403, "Su puesto no consulta el padrón de usuarios.");
};
