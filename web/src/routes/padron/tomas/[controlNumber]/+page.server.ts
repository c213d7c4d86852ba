import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { connectionFieldsFrom, CONNECTION_FIELDS } from "$lib/server/register-forms";
import { RegisterCatalogs } from "$lib/server/register-documents";
import { can } from "$lib/roles";
import type { Actions, PageServerLoad } from "./$types";

const RegisterConnection = graphql(`
  query RegisterConnection($controlNumber: String!) {
    serviceConnection(controlNumber: $controlNumber) {
      id
      controlNumber
      street
      exteriorNumber
      neighborhood
      type
      status
      specialKind
      crewId
      latitude
      longitude
      cancelledAt
      locality {
        id
        name
      }
      holder {
        id
        fullName
      }
    }
  }
`);

const HolderCandidates = graphql(`
  query HolderCandidates($search: String!) {
    users(first: 10, filter: { search: $search }) {
      nodes {
        id
        fullName
        curp
      }
    }
  }
`);


const UpdateServiceConnection = graphql(`
  mutation UpdateServiceConnection($input: UpdateServiceConnectionInput!) {
    updateServiceConnection(input: $input) {
      ...ConnectionChangeErrors
    }
  }
`);

const TransferServiceConnection = graphql(`
  mutation TransferServiceConnection($input: TransferServiceConnectionInput!) {
    transferServiceConnection(input: $input) {
      ...ConnectionChangeErrors
    }
  }
`);

const CancelServiceConnection = graphql(`
  mutation CancelServiceConnection($input: CancelServiceConnectionInput!) {
    cancelServiceConnection(input: $input) {
      ...ConnectionChangeErrors
    }
  }
`);

async function connectionOf(token: string, controlNumber: string) {
  const { data } = await api(token, RegisterConnection, { controlNumber });
  if (!data.serviceConnection) error(404, `No existe la toma con número de control ${controlNumber}.`);
  return data.serviceConnection;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "manageRegister")) error(403, "Solo el padrón de usuarios modifica tomas.");
  const search = url.searchParams.get("titular")?.trim() ?? "";
  const [connection, catalogs, candidates] = await Promise.all([
    connectionOf(token, params.controlNumber),
    api(token, RegisterCatalogs, {}),
    search ? api(token, HolderCandidates, { search }) : null,
  ]);
  return {
    connection,
    localities: catalogs.data.localities,
    crews: catalogs.data.crews,
    search,
    candidates: (candidates?.data.users.nodes ?? []).filter((u) => u.id !== connection.holder?.id),
  };
};

type Result = { serviceConnection?: { controlNumber: string } | null; userErrors: { field?: string | null; message: string }[] };

function outcome(action: string, result: Result, values: Record<string, string>, fields: readonly string[], done: () => never) {
  if (!result.serviceConnection || result.userErrors.length) return fail(400, { action, values, errors: userErrorsByField(result.userErrors, fields) });
  return done();
}

export const actions: Actions = {
  update: async ({ locals, request, params, cookies, url }) => {
    const { token } = requireUser(locals);
    const { id } = await connectionOf(token, params.controlNumber);
    const { values, input } = connectionFieldsFrom(await request.formData());
    const { data } = await api(token, UpdateServiceConnection, { input: { ...input, id, localityId: input.localityId ?? undefined } });
    return outcome("update", data.updateServiceConnection, values, CONNECTION_FIELDS, () => {
      setFlash(cookies, url, "Datos de la toma corregidos.");
      redirect(303, `/tomas/${params.controlNumber}`);
    });
  },
  transfer: async ({ locals, request, params, cookies, url }) => {
    const { token } = requireUser(locals);
    const { id } = await connectionOf(token, params.controlNumber);
    const form = await request.formData();
    const values = { toUserId: text(form, "toUserId"), reason: text(form, "reason") };
    if (!values.toUserId) return fail(400, { action: "transfer", values, errors: { toUserId: "Busque y elija al nuevo titular" } as Record<string, string> });
    const { data } = await api(token, TransferServiceConnection, { input: { id, ...values } });
    return outcome("transfer", data.transferServiceConnection, values, ["toUserId", "reason"], () => {
      setFlash(cookies, url, "Cambio de titular registrado.");
      redirect(303, `/tomas/${params.controlNumber}`);
    });
  },
  cancel: async ({ locals, request, params, cookies, url }) => {
    const { token } = requireUser(locals);
    const { id } = await connectionOf(token, params.controlNumber);
    const values = { reason: text(await request.formData(), "reason") };
    const { data } = await api(token, CancelServiceConnection, { input: { id, ...values } });
    return outcome("cancel", data.cancelServiceConnection, values, ["reason"], () => {
      setFlash(cookies, url, "Toma dada de baja.");
      redirect(303, `/tomas/${params.controlNumber}`);
    });
  },
};
