import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { PaymentMethod } from "$lib/graphql/generated/graphql";
import { api, hidden } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { oneOf, text, userErrorsByField } from "$lib/server/form";
import { can } from "$lib/roles";
import { PAYMENT_METHODS } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const CashDeskConnection = graphql(`
  query CashDeskConnection($controlNumber: String!) {
    serviceConnection(controlNumber: $controlNumber) {
      id
      controlNumber
      street
      exteriorNumber
      neighborhood
      status
      balance
      periodsOwed
      holder {
        fullName
      }
      locality {
        name
      }
      ledger(first: 6) {
        nodes {
          id
          kind
          period
          amount
          balanceAfter
          description
          postedAt
        }
      }
    }
  }
`);

const RecordPayment = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      payment {
        id
      }
      replayed
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ["amount", "method", "reference"] as const;

/** A receipt folio for the cash desk; the same form sent twice carries the same one, so it records once. */
const newReference = () => {
  const now = new Date(Date.now() - 7 * 3_600_000).toISOString();
  return `CAJA-${now.slice(0, 10).replaceAll("-", "")}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
};

export const load: PageServerLoad = async ({ locals, url }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "recordPayment")) error(403, "Solo Caja General registra pagos.");
  const controlNumber = url.searchParams.get("toma")?.trim() ?? "";
  if (!controlNumber) return { controlNumber, connection: null, reference: newReference(), showBalance: true };
  const result = await api(token, CashDeskConnection, { controlNumber });
  return { controlNumber, connection: result.data.serviceConnection, reference: newReference(), showBalance: !hidden(result, "serviceConnection.balance") };
};

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)])) as Record<(typeof FIELDS)[number], string>;
    const connectionId = text(form, "connectionId");
    const method = oneOf(values.method, Object.keys(PAYMENT_METHODS) as PaymentMethod[]);
    const amount = values.amount.replace(/[$,\s]/g, "");
    if (!method) return fail(400, { values, errors: { method: "Elija la forma de pago" } as Record<string, string> });
    if (!/^\d{1,10}(\.\d{1,2})?$/.test(amount)) return fail(400, { values, errors: { amount: "Escriba el importe en pesos, con hasta dos decimales (p. ej. 350.50)" } as Record<string, string> });
    const { data } = await api(token, RecordPayment, { input: { connectionId, amount, method, reference: values.reference } });
    const { payment, userErrors } = data.recordPayment;
    if (!payment || userErrors.length) return fail(400, { values, errors: userErrorsByField(userErrors, FIELDS) });
    redirect(303, `/caja/recibo/${payment.id}`);
  },
};
