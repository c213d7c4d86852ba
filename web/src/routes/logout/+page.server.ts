import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { forgetForms } from "$lib/server/form-stash";
import { endSession } from "$lib/server/session";
import type { Actions, PageServerLoad } from "./$types";

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const load: PageServerLoad = () => redirect(303, "/");

export const actions: Actions = {
  default: async ({ locals, cookies, url }) => {
    // the session is revoked in the API too, not only forgotten by the browser
    if (locals.token) await api(locals.token, LogoutMutation).catch(() => undefined);
    endSession(cookies, url);
    forgetForms(cookies, url);
    redirect(303, "/login");
  },
};
