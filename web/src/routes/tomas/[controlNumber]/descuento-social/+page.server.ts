import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { DiscountCredentialType } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { oneOf, text, userErrorsByField } from "$lib/server/form";
import { can } from "$lib/roles";
import { CREDENTIAL_TYPES } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const SocialDiscountForm = graphql(`
  query SocialDiscountForm($controlNumber: String!) {
    serviceConnection(controlNumber: $controlNumber) {
      id
      controlNumber
      holder {
        fullName
      }
    }
    settings {
      key
      value
    }
  }
`);

const RequestSocialDiscount = graphql(`
  mutation RequestSocialDiscount($input: RequestSocialDiscountInput!) {
    requestSocialDiscount(input: $input) {
      discount {
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

const FIELDS = ["credentialType", "credentialNumber", "evidence"] as const;

export const load: PageServerLoad = async ({ locals, params }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "requestDiscount")) error(403, "Los descuentos se solicitan en Atención Personalizada.");
  const { data } = await api(token, SocialDiscountForm, { controlNumber: params.controlNumber });
  if (!data.serviceConnection) error(404, `No existe la toma con número de control ${params.controlNumber}.`);
  const setting = (key: string) => data.settings.find((s) => s.key === key)?.value;
  return { connection: data.serviceConnection, percentage: setting("socialDiscountPercentage"), capM3: setting("socialDiscountCapM3") };
};

export const actions: Actions = {
  default: async ({ locals, request, params, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)])) as Record<(typeof FIELDS)[number], string>;
    const credentialType = oneOf(values.credentialType, Object.keys(CREDENTIAL_TYPES) as DiscountCredentialType[]);
    if (!credentialType) return fail(400, { values, errors: { credentialType: "Elija el tipo de beneficiario" } as Record<string, string> });
    const input = { connectionId: text(form, "connectionId"), credentialType, credentialNumber: values.credentialNumber, evidence: values.evidence };
    const { data } = await api(token, RequestSocialDiscount, { input });
    const { discount, userErrors } = data.requestSocialDiscount;
    if (!discount || userErrors.length) return fail(400, { values, errors: userErrorsByField(userErrors, FIELDS) });
    setFlash(cookies, url, "Descuento social solicitado: queda en la bandeja de autorizaciones.");
    redirect(303, `/tomas/${params.controlNumber}`);
  },
};
