import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api, hidden } from "$lib/server/api";
import { requireUser, takeFlash } from "$lib/server/session";
import { workOrderActions } from "$lib/server/work-order-actions";
import { can, isVerifier } from "$lib/roles";
import { RECEIVING_ROLES } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const WorkOrderDetail = graphql(`
  query WorkOrderDetail($id: ID!) {
    node(id: $id) {
      ... on WorkOrder {
        id
        folio
        type
        status
        department
        observations
        issuedAt
        dueAt
        overdue
        pausedAt
        pauseReason
        pausedBusinessMinutes
        escalationLevel
        completedAt
        verificationOutcome
        excessM3
        limitationResult
        resultNotes
        availableActions
        assignee {
          id
          fullName
        }
        complaint {
          id
          folio
          kind
          category
          description
          locationText
          street
          locality {
            name
          }
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

const Assignees = graphql(`
  query Assignees($role: Role!) {
    staffMembers(first: 100, filter: { role: $role, active: true }) {
      nodes {
        id
        fullName
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
  const { user, token } = requireUser(locals);
  const result = await api(token, WorkOrderDetail, { id: params.id });
  const node = result.data.node;
  if (!node || !("folio" in node)) error(404, "No se encontró la orden, o no está asignada a usted.");
  const order = node as Extract<NonNullable<typeof node>, { folio: string }>;
  const actions = order.availableActions;
  // whom the head may turn the order to: the people and desks that receive its type
  const receiving = RECEIVING_ROLES[order.type];
  const people =
    actions.includes("assign") || actions.includes("reassign")
      ? (await Promise.all(receiving.map(async (role) => (await api(token, Assignees, { role })).data.staffMembers.nodes))).flat()
      : [];
  return {
    order,
    mine: isVerifier(user),
    showBalance: !hidden(result, "node.connection.balance") && order.connection?.balance != null,
    actions,
    people: [...new Map(people.map((p) => [p.id, p])).values()],
    desks: receiving.filter((role) => role !== "VERIFIER"),
    canSeeComplaint: can(user, "readComplaints"),
    flash: takeFlash(cookies, url),
  };
};

export const actions: Actions = workOrderActions;
