import { fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { text } from "$lib/server/form";
import { errorText } from "$lib/admin";
import type { Actions, PageServerLoad } from "./$types";

const CrewsCatalog = graphql(`
  query CrewsCatalog {
    crews {
      id
      name
      leaderName
      localities {
        id
        name
      }
    }
    localities {
      id
      name
    }
  }
`);

const SaveCrew = graphql(`
  mutation SaveCrew($input: CrewInput!) {
    saveCrew(input: $input) {
      crew {
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
  const { data } = await api(token, CrewsCatalog);
  return { crews: data.crews, localities: data.localities, flash: takeFlash(cookies, url) };
};

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const input = { id: text(form, "id") || null, name: text(form, "name"), leaderName: text(form, "leaderName"), localityIds: form.getAll("localityIds").map(String) };
    const { crew, userErrors } = (await api(token, SaveCrew, { input })).data.saveCrew;
    if (!crew) return fail(400, { error: errorText(userErrors, "No se pudo guardar la cuadrilla") });
    setFlash(cookies, url, `Cuadrilla ${crew.name} guardada.`);
    redirect(303, url.pathname);
  },
};
