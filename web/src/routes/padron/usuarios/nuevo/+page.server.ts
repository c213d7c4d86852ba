import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { userFieldsFrom, USER_FIELDS } from "$lib/server/register-forms";
import { DuplicateCandidates, LocalityOptions } from "$lib/server/register-documents";
import { can } from "$lib/roles";
import type { Actions, PageServerLoad } from "./$types";

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        fullName
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "manageRegister")) error(403, "Solo el padrón de usuarios registra usuarios.");
  const { data } = await api(token, LocalityOptions, {});
  return { localities: data.localities };
};

export const actions: Actions = {
  // first the possible duplicates are shown; registering anyway is a second, deliberate step ("confirmed")
  default: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const { values, input } = userFieldsFrom(form);
    const address = { street: text(form, "street"), localityId: text(form, "localityId") };
    const shown = { ...values, ...address };
    if (form.get("confirmed") !== "1") {
      const { data } = await api(token, DuplicateCandidates, {
        input: { fullName: input.fullName, curp: input.curp || null, street: address.street || null, localityId: address.localityId || null },
      });
      if (data.possibleDuplicates.length) return fail(409, { values: shown, errors: {} as Record<string, string>, candidates: data.possibleDuplicates });
    }
    const { data } = await api(token, CreateUser, { input: { ...input, curp: input.curp || null, phone: input.phone || null, email: input.email || null, postalAddress: input.postalAddress || null, discountCredential: input.discountCredential || null } });
    const { user, userErrors } = data.createUser;
    if (!user || userErrors.length) return fail(400, { values: shown, errors: userErrorsByField(userErrors, USER_FIELDS), candidates: [] });
    setFlash(cookies, url, `Usuario ${user.fullName} registrado.`);
    redirect(303, `/padron/usuarios/${user.id}`);
  },
};
