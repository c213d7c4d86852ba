// Selections that several screens share; graphql-codegen inlines them into each document that spreads them.
import { graphql } from "./generated";

/** What identifies a connection on screen: number, address, locality and holder. */
export const ConnectionSummary = graphql(`
  fragment ConnectionSummary on ServiceConnection {
    controlNumber
    street
    exteriorNumber
    neighborhood
    holder {
      fullName
    }
    locality {
      name
    }
  }
`);

/** One page of a connection's history. */
export const HistoryPage = graphql(`
  fragment HistoryPage on HistoryEventPage {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      type
      summary
      occurredAt
    }
  }
`);

/** A work order as listed under a complaint or a connection. */
export const OrderSummary = graphql(`
  fragment OrderSummary on WorkOrder {
    id
    folio
    type
    status
    dueAt
    overdue
    assignee {
      username
      fullName
    }
  }
`);
