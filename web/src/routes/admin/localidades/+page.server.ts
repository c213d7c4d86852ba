import { fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { text } from "$lib/server/form";
import { errorText } from "$lib/admin";
import type { Actions, PageServerLoad } from "./$types";

const LocalitiesCatalog = graphql(`
  query LocalitiesCatalog {
    localities {
      id
      name
      municipality
    }
  }
`);

const SaveLocality = graphql(`
  mutation SaveLocality($input: LocalityInput!) {
    saveLocality(input: $input) {
      locality {
        name
      }
      userErrors {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, cookies, url }) => {
  const { token } = requireUser(locals);
  return { localities: (await api(token, LocalitiesCatalog)).data.localities, flash: takeFlash(cookies, url) };
};

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const input = { id: text(form, "id") || null, name: text(form, "name"), municipality: text(form, "municipality") || null };
    const { locality, userErrors } = (await api(token, SaveLocality, { input })).data.saveLocality;
    if (!locality) return fail(400, { id: input.id, error: errorText(userErrors, "No se pudo guardar") });
    setFlash(cookies, url, `Localidad ${locality.name} guardada.`);
    redirect(303, url.pathname);
  },
};
