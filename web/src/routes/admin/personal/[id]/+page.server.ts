import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { Role } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { ALL_ROLES, errorText } from "$lib/admin";
import type { Actions, PageServerLoad } from "./$types";

const StaffMember = graphql(`
  query StaffMember($id: ID!) {
    staffMember(id: $id) {
      id
      username
      fullName
      active
      roles
      lastLoginAt
      mustChangePassword
      createdAt
      deactivatedAt
    }
  }
`);

const UpdateStaffRoles = graphql(`
  mutation UpdateStaffRoles($input: UpdateStaffRolesInput!) {
    updateStaffRoles(input: $input) {
      staff {
        id
      }
      userErrors {
        message
      }
    }
  }
`);
const DeactivateStaff = graphql(`
  mutation DeactivateStaff($input: StaffIdInput!) {
    deactivateStaff(input: $input) {
      staff {
        id
      }
      userErrors {
        message
      }
    }
  }
`);
const ReactivateStaff = graphql(`
  mutation ReactivateStaff($input: StaffIdInput!) {
    reactivateStaff(input: $input) {
      staff {
        id
      }
      userErrors {
        message
      }
    }
  }
`);
const ResetStaffPassword = graphql(`
  mutation ResetStaffPassword($input: StaffIdInput!) {
    resetStaffPassword(input: $input) {
      staff {
        fullName
      }
      temporaryPassword
      userErrors {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
  const { token } = requireUser(locals);
  const { data } = await api(token, StaffMember, { id: params.id });
  if (!data.staffMember) error(404, "No existe esa cuenta.");
  return { staff: data.staffMember, flash: takeFlash(cookies, url) };
};

type Result = { staff?: unknown; userErrors: { message: string }[] };
function done(result: Result, message: string, cookies: Parameters<typeof setFlash>[0], url: URL) {
  if (!result.staff || result.userErrors.length) return fail(400, { error: errorText(result.userErrors, "No se pudo hacer el cambio") });
  setFlash(cookies, url, message);
  redirect(303, url.pathname);
}

export const actions: Actions = {
  roles: async ({ locals, params, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const roles = (await request.formData()).getAll("roles").map(String).filter((r): r is Role => ALL_ROLES.includes(r as Role));
    return done((await api(token, UpdateStaffRoles, { input: { id: params.id, roles } })).data.updateStaffRoles, "Puestos actualizados.", cookies, url);
  },
  deactivate: async ({ locals, params, cookies, url }) => {
    const { token } = requireUser(locals);
    return done((await api(token, DeactivateStaff, { input: { id: params.id } })).data.deactivateStaff, "Cuenta desactivada: sus sesiones terminaron.", cookies, url);
  },
  reactivate: async ({ locals, params, cookies, url }) => {
    const { token } = requireUser(locals);
    return done((await api(token, ReactivateStaff, { input: { id: params.id } })).data.reactivateStaff, "Cuenta reactivada.", cookies, url);
  },
  // answers with the page itself: the temporary password is shown once, in this response only
  reset: async ({ locals, params }) => {
    const { token } = requireUser(locals);
    const { staff, temporaryPassword, userErrors } = (await api(token, ResetStaffPassword, { input: { id: params.id } })).data.resetStaffPassword;
    if (!staff || !temporaryPassword) return fail(400, { error: errorText(userErrors, "No se pudo restablecer la contraseña") });
    return { reset: { fullName: staff.fullName, temporaryPassword } };
  },
};
