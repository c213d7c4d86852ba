import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { VerificationOutcome } from "$lib/graphql/generated/graphql";
import { api, hidden } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { oneOf, text, userErrorsByField, type FieldErrors } from "$lib/server/form";
import { isVerifier } from "$lib/roles";
import { OPEN_WORK_ORDER_STATUSES, VERIFICATION_OUTCOMES } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const WorkOrderDetail = graphql(`
  query WorkOrderDetail($id: ID!) {
    node(id: $id) {
      ... on WorkOrder {
        id
        folio
        type
        status
        observations
        issuedAt
        dueAt
        overdue
        completedAt
        verificationOutcome
        excessM3
        resultNotes
        assignee {
          username
          fullName
        }
        complaint {
          folio
          category
          description
        }
        connection {
          ...ConnectionSummary
          balance
          meter {
            serialNumber
            brand
          }
        }
      }
    }
  }
`);

const CompleteVerification = graphql(`
  mutation CompleteVerification($input: CompleteVerificationInput!) {
    completeVerification(input: $input) {
      workOrder {
        id
        folio
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const FIELDS = ["outcome", "excessM3", "notes"] as const;
const OUTCOMES = Object.keys(VERIFICATION_OUTCOMES) as VerificationOutcome[];

export const load: PageServerLoad = async ({ locals, params }) => {
  const { user, token } = requireUser(locals);
  const result = await api(token, WorkOrderDetail, { id: params.id });
  const order = result.data.node;
  if (!order || !("folio" in order)) error(404, "No se encontró la orden, o no está asignada a usted.");
  const open = OPEN_WORK_ORDER_STATUSES.includes(order.status);
  return {
    order,
    mine: isVerifier(user),
    showBalance: !hidden(result, "node.connection.balance") && order.connection?.balance != null,
    canRecord: open && order.type === "VERIFICATION" && isVerifier(user) && order.assignee?.username === user.username,
  };
};

/** "12", "12.5" or "12,5" as the API's Decimal ("12.50"); null when it is not a number (the API then says what it needs). */
function decimal(value: string): string | null {
  const normalized = value.replace(",", ".");
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(normalized)) return null;
  return Number(normalized).toFixed(2);
}

export const actions: Actions = {
  default: async ({ locals, params, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = { outcome: text(form, "outcome"), excessM3: text(form, "excessM3"), notes: text(form, "notes") };
    const outcome = oneOf(values.outcome, OUTCOMES);
    const excessM3 = outcome === "METER_OVER_REGISTERING" ? decimal(values.excessM3) : null;

    // the rules on m³ and notes are the API's: its userErrors come back below
    if (!outcome) {
      const errors: FieldErrors = { outcome: "Elija el resultado de la verificación" };
      return fail(400, { values, errors });
    }

    const { data } = await api(token, CompleteVerification, { input: { workOrderId: params.id, outcome, excessM3, notes: values.notes || null } });
    const { workOrder, userErrors } = data.completeVerification;
    if (!workOrder || userErrors.length) return fail(400, { values, errors: userErrorsByField(userErrors, FIELDS) });
    setFlash(cookies, url, `Resultado registrado: orden ${workOrder.folio} solventada.`);
    redirect(303, "/ordenes");
  },
};
