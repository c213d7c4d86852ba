import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { can } from "$lib/roles";
import type { Actions, PageServerLoad } from "./$types";

const AdjustmentForm = graphql(`
  query AdjustmentForm($controlNumber: String!) {
    serviceConnection(controlNumber: $controlNumber) {
      id
      controlNumber
      type
      holder {
        fullName
      }
      consumption(periods: 12) {
        period
        consumptionM3
      }
      adjustableVerifications {
        workOrder {
          id
          folio
        }
        verifiedM3
        remainingM3
      }
    }
  }
`);

const QuoteAdjustment = graphql(`
  query QuoteAdjustment($input: MeterAdjustmentQuoteInput!) {
    meterAdjustmentQuote(input: $input) {
      quote {
        volumeM3
        period
        billedM3
        verifiedExcessM3
        remainingM3
        chargeBefore
        chargeAfter
        amount
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RequestAdjustment = graphql(`
  mutation RequestAdjustment($input: RequestDiscountInput!) {
    requestDiscount(input: $input) {
      discount {
        id
        amount
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ["verificationOrderId", "volumeM3", "period", "reason"] as const;
type Values = Record<(typeof FIELDS)[number], string>;

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "requestDiscount")) error(403, "Los ajustes se solicitan en Atención Personalizada.");
  const { data } = await api(token, AdjustmentForm, { controlNumber: params.controlNumber });
  const connection = data.serviceConnection;
  if (!connection) error(404, `No existe la toma con número de control ${params.controlNumber}.`);
  if (!connection.adjustableVerifications.length) error(409, "Esta toma no tiene una verificación solventada que pruebe que el medidor registra de más, o su exceso ya se ajustó.");
  const chosen = connection.adjustableVerifications.find((a) => a.workOrder.id === url.searchParams.get("orden")) ?? connection.adjustableVerifications[0];
  return { connection, chosen };
};

const read = async (request: Request) => {
  const form = await request.formData();
  const values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)])) as Values;
  return { values, connectionId: text(form, "connectionId"), volumeM3: values.volumeM3.replace(",", ".") };
};

const VOLUME = /^\d{1,10}(\.\d{1,2})?$/;

export const actions: Actions = {
  /** prices the adjustment with the API's own rules, before anything is requested */
  preview: async ({ locals, request }) => {
    const { token } = requireUser(locals);
    const { values, connectionId, volumeM3 } = await read(request);
    if (!VOLUME.test(volumeM3)) return fail(400, { values, errors: { volumeM3: "Escriba los m³ con hasta dos decimales (p. ej. 12.5)" } as Record<string, string> });
    const { data } = await api(token, QuoteAdjustment, { input: { connectionId, verificationOrderId: values.verificationOrderId, volumeM3, period: values.period } });
    const { quote, userErrors } = data.meterAdjustmentQuote;
    if (!quote || userErrors.length) return fail(400, { values, errors: userErrorsByField(userErrors, FIELDS) });
    return { values, quote };
  },
  request: async ({ locals, request, params, cookies, url }) => {
    const { token } = requireUser(locals);
    const { values, connectionId, volumeM3 } = await read(request);
    if (!VOLUME.test(volumeM3)) return fail(400, { values, errors: { volumeM3: "Escriba los m³ con hasta dos decimales (p. ej. 12.5)" } as Record<string, string> });
    const input = { kind: "METER_ADJUSTMENT" as const, connectionId, verificationOrderId: values.verificationOrderId, volumeM3, period: values.period, reason: values.reason };
    const { data } = await api(token, RequestAdjustment, { input });
    const { discount, userErrors } = data.requestDiscount;
    if (!discount || userErrors.length) return fail(400, { values, errors: userErrorsByField(userErrors, FIELDS) });
    setFlash(cookies, url, "Ajuste solicitado: queda en la bandeja de autorizaciones de la Jefatura y la Gerencia.");
    redirect(303, `/tomas/${params.controlNumber}`);
  },
};
