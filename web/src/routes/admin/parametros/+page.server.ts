import { fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { text } from "$lib/server/form";
import { errorText } from "$lib/admin";
import type { Actions, PageServerLoad } from "./$types";

const Settings = graphql(`
  query Settings {
    settings {
      key
      label
      value
      min
      max
      integer
    }
  }
`);

const UpdateSetting = graphql(`
  mutation UpdateSetting($input: UpdateSettingInput!) {
    updateSetting(input: $input) {
      setting {
        label
      }
      userErrors {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, cookies, url }) => {
  const { token } = requireUser(locals);
  return { settings: (await api(token, Settings)).data.settings, flash: takeFlash(cookies, url) };
};

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const value = Number(text(form, "value").replace(",", "."));
    if (!Number.isFinite(value)) return fail(400, { error: "Escriba un número" });
    const { setting, userErrors } = (await api(token, UpdateSetting, { input: { key: text(form, "key"), value } })).data.updateSetting;
    if (!setting) return fail(400, { error: errorText(userErrors, "No se pudo guardar") });
    setFlash(cookies, url, `${setting.label}: guardado.`);
    redirect(303, url.pathname);
  },
};
