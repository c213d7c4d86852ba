import { fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { userErrorsByField } from "$lib/server/form";
import type { Actions, PageServerLoad } from "./$types";

const ChangeOwnPassword = graphql(`
  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
    changeOwnPassword(input: $input) {
      staff {
        username
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const FIELDS = ["currentPassword", "newPassword", "confirmation"] as const;

export const load: PageServerLoad = ({ locals }) => ({ forced: requireUser(locals).user.mustChangePassword });

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    // a typing check only: whether the password is acceptable is the API's rule
    if (newPassword !== String(form.get("confirmation") ?? "")) return fail(400, { errors: { confirmation: "La confirmación no coincide con la nueva contraseña" } as Record<string, string> });
    const { data } = await api(token, ChangeOwnPassword, { input: { currentPassword, newPassword } });
    const { staff, userErrors } = data.changeOwnPassword;
    if (!staff || userErrors.length) return fail(400, { errors: userErrorsByField(userErrors, FIELDS) });
    setFlash(cookies, url, "Contraseña cambiada.");
    redirect(303, "/");
  },
};
