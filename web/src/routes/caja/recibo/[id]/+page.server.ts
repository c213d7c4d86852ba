import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import type { PageServerLoad } from "./$types";

const PaymentReceipt = graphql(`
  query PaymentReceipt($id: ID!) {
    ledgerEntry(id: $id) {
      id
      kind
      amount
      balanceAfter
      description
      reference
      paymentMethod
      postedAt
      postedBy {
        fullName
      }
      connection {
        controlNumber
        street
        exteriorNumber
        neighborhood
        holder {
          fullName
        }
        locality {
          name
          municipality
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params }) => {
  const { token } = requireUser(locals);
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(params.id)) error(404, "No existe ese recibo.");
  const { data } = await api(token, PaymentReceipt, { id: params.id });
  const payment = data.ledgerEntry;
  if (!payment || payment.kind !== "PAYMENT") error(404, "No existe ese recibo.");
  return { payment };
};
