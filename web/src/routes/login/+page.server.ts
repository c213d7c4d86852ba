import { fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { startSession } from "$lib/server/session";
import type { Actions, PageServerLoad } from "./$types";

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      userErrors {
        field
        message
      }
    }
  }
`);

/** Only paths of this portal, so that the login cannot send anyone elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get("next")));
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
    const { token, expiresAt, userErrors } = data.login;
    if (!token || userErrors.length) {
      return fail(400, { username, errors: { form: userErrors[0]?.message ?? "Usuario o contraseña incorrectos" } as Record<string, string> });
    }
    startSession(cookies, url, token, expiresAt);
    redirect(303, safeNext(url.searchParams.get("next")));
  },
};
