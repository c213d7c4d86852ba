import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { userFieldsFrom, USER_FIELDS } from "$lib/server/register-forms";
import { DuplicateCandidates } from "$lib/server/register-documents";
import { can } from "$lib/roles";
import type { Actions, PageServerLoad } from "./$types";

const RegisterUser = graphql(`
  query RegisterUser($id: ID!) {
    user(id: $id) {
      id
      fullName
      curp
      phone
      email
      postalAddress
      discountCredentialType
      discountCredential
      mergedAt
      mergedInto {
        id
        fullName
      }
      connections {
        controlNumber
        street
        exteriorNumber
        neighborhood
        type
        status
        locality {
          name
        }
      }
    }
  }
`);

const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const MergeUsers = graphql(`
  mutation MergeUsers($input: MergeUsersInput!) {
    mergeUsers(input: $input) {
      merged {
        fullName
      }
      movedConnections
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
  const { user, token } = requireUser(locals);
  const result = await api(token, RegisterUser, { id: params.id });
  const customer = result.data.user;
  if (!customer) error(404, "El usuario no existe o no está a su alcance.");
  const manages = can(user, "manageRegister") && !customer.mergedAt;
  const duplicates = manages ? (await api(token, DuplicateCandidates, { input: { userId: customer.id } })).data.possibleDuplicates : [];
  return { customer, manages, duplicates, hidden: [...result.forbidden], flash: takeFlash(cookies, url) };
};

export const actions: Actions = {
  update: async ({ locals, request, params, cookies, url }) => {
    const { token } = requireUser(locals);
    const { values, input } = userFieldsFrom(await request.formData());
    const { data } = await api(token, UpdateUser, { input: { id: params.id, ...input } });
    const { userErrors } = data.updateUser;
    if (userErrors.length) return fail(400, { action: "update", values, errors: userErrorsByField(userErrors, USER_FIELDS) });
    setFlash(cookies, url, "Datos del usuario corregidos.");
    redirect(303, `/padron/usuarios/${params.id}`);
  },
  merge: async ({ locals, request, params, cookies, url }) => {
    const { token } = requireUser(locals);
    const mergeId = text(await request.formData(), "mergeId");
    const { data } = await api(token, MergeUsers, { input: { keepId: params.id, mergeId } });
    const { merged, movedConnections, userErrors } = data.mergeUsers;
    if (!merged || userErrors.length) return fail(400, { action: "merge", values: {}, errors: { merge: userErrors.map((e) => e.message).join(" ") } as Record<string, string> });
    setFlash(cookies, url, `Registro duplicado de ${merged.fullName} fusionado en este usuario (${movedConnections ?? 0} ${movedConnections === 1 ? "toma pasó" : "tomas pasaron"} a este registro).`);
    redirect(303, `/padron/usuarios/${params.id}`);
  },
};
