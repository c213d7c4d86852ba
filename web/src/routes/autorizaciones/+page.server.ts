import { error, fail } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api, hiddenAnywhere } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { can } from "$lib/roles";
import type { Actions, PageServerLoad } from "./$types";

const PendingDiscounts = graphql(`
  query PendingDiscounts($first: Int!) {
    discounts(first: $first, filter: { status: REQUESTED }) {
      totalCount
      nodes {
        id
        kind
        amount
        volumeM3
        percentage
        period
        reason
        requestedAt
        credentialType
        availableActions
        requestedBy {
          fullName
        }
        verificationOrder {
          folio
          excessM3
        }
        connection {
          controlNumber
          street
          exteriorNumber
          neighborhood
          holder {
            fullName
          }
        }
      }
    }
  }
`);

const AuthorizeDiscount = graphql(`
  mutation AuthorizeDiscount($input: DiscountDecisionInput!) {
    authorizeDiscount(input: $input) {
      discount {
        id
        status
      }
      workOrder {
        folio
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RejectDiscount = graphql(`
  mutation RejectDiscount($input: DiscountDecisionInput!) {
    rejectDiscount(input: $input) {
      discount {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, cookies, url }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "decideDiscount")) error(403, "Solo la Jefatura y la Gerencia Comercial autorizan descuentos.");
  const result = await api(token, PendingDiscounts, { first: 50 });
  return { discounts: result.data.discounts.nodes, total: result.data.discounts.totalCount, showAmounts: !hiddenAnywhere(result, "amount"), flash: takeFlash(cookies, url) };
};

async function decide(locals: App.Locals, request: Request, action: "authorize" | "reject") {
  const { token } = requireUser(locals);
  const form = await request.formData();
  const input = { discountId: text(form, "discountId"), reason: text(form, "reason") };
  if (action === "authorize") {
    const { data } = await api(token, AuthorizeDiscount, { input });
    const { discount, workOrder, userErrors } = data.authorizeDiscount;
    if (!discount || userErrors.length) return { failed: fail(400, { discountId: input.discountId, errors: userErrorsByField(userErrors, ["reason"]) }) };
    return { message: `Descuento autorizado y aplicado a la cuenta.${workOrder ? ` Orden ${workOrder.folio} de cambio de medidor enviada al Padrón.` : ""}` };
  }
  const { data } = await api(token, RejectDiscount, { input });
  const { discount, userErrors } = data.rejectDiscount;
  if (!discount || userErrors.length) return { failed: fail(400, { discountId: input.discountId, errors: userErrorsByField(userErrors, ["reason"]) }) };
  return { message: "Descuento rechazado." };
}

export const actions: Actions = {
  authorize: async ({ locals, request, cookies, url }) => {
    const outcome = await decide(locals, request, "authorize");
    if (outcome.failed) return outcome.failed;
    setFlash(cookies, url, outcome.message!);
    return { done: true };
  },
  reject: async ({ locals, request, cookies, url }) => {
    const outcome = await decide(locals, request, "reject");
    if (outcome.failed) return outcome.failed;
    setFlash(cookies, url, outcome.message!);
    return { done: true };
  },
};
