import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { connectionFieldsFrom, CONNECTION_FIELDS } from "$lib/server/register-forms";
import { RegisterCatalogs } from "$lib/server/register-documents";
import { can } from "$lib/roles";
import type { Actions, PageServerLoad } from "./$types";

const NewConnectionHolder = graphql(`
  query NewConnectionHolder($id: ID!) {
    user(id: $id) {
      id
      fullName
      mergedAt
    }
  }
`);

const CreateServiceConnection = graphql(`
  mutation CreateServiceConnection($input: CreateServiceConnectionInput!) {
    createServiceConnection(input: $input) {
      serviceConnection {
        controlNumber
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = [...CONNECTION_FIELDS, "controlNumber", "holderId", "serialNumber", "brand", "installedAt", "initialReadingM3"];

export const load: PageServerLoad = async ({ locals, url }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "manageRegister")) error(403, "Solo el padrón de usuarios da de alta tomas.");
  const holderId = url.searchParams.get("titular");
  if (!holderId) redirect(303, "/padron/usuarios");
  const [holder, catalogs] = await Promise.all([api(token, NewConnectionHolder, { id: holderId }), api(token, RegisterCatalogs, {})]);
  if (!holder.data.user || holder.data.user.mergedAt) error(404, "El titular no existe o su registro fue fusionado con otro.");
  return { holder: holder.data.user, localities: catalogs.data.localities, crews: catalogs.data.crews };
};

export const actions: Actions = {
  default: async ({ locals, request, url, cookies }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const { values, input } = connectionFieldsFrom(form);
    const meter = { serialNumber: text(form, "serialNumber"), brand: text(form, "brand") || null, installedAt: text(form, "installedAt"), initialReadingM3: text(form, "initialReadingM3") || null };
    const shown = { ...values, ...meter, controlNumber: text(form, "controlNumber") };
    if (!input.localityId) return fail(400, { values: shown, errors: { localityId: "Elija la localidad" } as Record<string, string> });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(meter.installedAt)) return fail(400, { values: shown, errors: { installedAt: "Indique la fecha de instalación" } as Record<string, string> });
    const { data } = await api(token, CreateServiceConnection, {
      input: { ...input, localityId: input.localityId, holderId: url.searchParams.get("titular") ?? "", controlNumber: shown.controlNumber || null, meter },
    });
    const { serviceConnection, userErrors } = data.createServiceConnection;
    if (!serviceConnection || userErrors.length) return fail(400, { values: shown, errors: userErrorsByField(userErrors, FIELDS) });
    setFlash(cookies, url, `Toma ${serviceConnection.controlNumber} dada de alta.`);
    redirect(303, `/tomas/${serviceConnection.controlNumber}`);
  },
};
