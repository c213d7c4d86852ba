import { fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { hasStashedForm, rememberFormOwner } from "$lib/server/form-stash";
import { startSession } from "$lib/server/session";
import { safeNext } from "$lib/safe-next";
import type { Actions, PageServerLoad } from "./$types";

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
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

export const load: PageServerLoad = ({ locals, url, cookies }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get("next")));
  return { expired: url.searchParams.has("expirada"), keptForm: hasStashedForm(cookies) };
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const errors: Record<string, string> = {};
    if (!username) errors.username = "Escriba su usuario";
    if (!password) errors.password = "Escriba su contraseña";
    if (Object.keys(errors).length) return fail(400, { username, errors });

    const { data } = await api(null, LoginMutation, { input: { username, password } });
    const { token, expiresAt, staff, userErrors } = data.login;
    if (!token || !staff || userErrors.length) {
      return fail(400, { username, errors: { form: userErrors[0]?.message ?? "Usuario o contraseña incorrectos" } as Record<string, string> });
    }
    startSession(cookies, url, token, expiresAt);
    rememberFormOwner(cookies, url, staff.username);
    redirect(303, safeNext(url.searchParams.get("next")));
  },
};
