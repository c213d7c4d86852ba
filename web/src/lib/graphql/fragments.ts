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
      notes
      occurredAt
      actor {
        fullName
      }
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
    department
    dueAt
    overdue
    assignee {
      fullName
    }
  }
`);

/** A frozen version of a month's transparency figures, as listed. */
export const TransparencySnapshotSummary = graphql(`
  fragment TransparencySnapshotSummary on TransparencyReport {
    id
    version
    generatedAt
    sha256
    deliveredAt
    availableActions
    generatedBy {
      fullName
    }
    deliveredBy {
      fullName
    }
  }
`);

/** Every transparency figure of a month. */
export const TransparencyFiguresAll = graphql(`
  fragment TransparencyFiguresAll on TransparencyFigures {
    complaintsFiled
    complaintsByCategory {
      key
      count
    }
    complaintsByChannel {
      key
      count
    }
    complaintsByStatus {
      key
      count
    }
    complaintsResolved
    resolutionMedianHours
    resolutionP90Hours
    workOrdersByType {
      type
      issued
      completed
      overdue
    }
    verificationsByOutcome {
      key
      count
    }
    discounts {
      decision
      count
      amount
    }
    reconnectionsCompleted
    reconnectionMedianHoursAfterPayment
    reconnectionP90HoursAfterPayment
    leakReportsFiled
    leakReportsAttended
    leakReportsWithinTarget
  }
`);

/** One entry of the audit log, as the bitácora and its export show it. */
export const AuditEntryRow = graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    at
    actorName
    actorRole
    action
    entityType
    entityId
    before
    after
    requestId
    correlationId
    chainSeq
    hash
  }
`);

/** Where a deadline stands today (days left, of them business days). */
export const DeadlineFields = graphql(`
  fragment DeadlineFields on Deadline {
    dueOn
    daysLeft
    businessDaysLeft
    overdue
  }
`);

/** A transparency month's delivery status and what the caller may do with it. */
export const TransparencyMonthStatus = graphql(`
  fragment TransparencyMonthStatus on TransparencyMonth {
    year
    month
    delivered
    availableActions
    deadline {
      ...DeadlineFields
    }
  }
`);

/** The answer of a change to an information request. */
export const InformationRequestChange = graphql(`
  fragment InformationRequestChange on InformationRequestPayload {
    informationRequest {
      id
      folio
    }
    userErrors {
      field
      message
    }
  }
`);

/** The answer of a change to a transparency snapshot. */
export const TransparencyReportChange = graphql(`
  fragment TransparencyReportChange on TransparencyReportPayload {
    report {
      version
    }
    userErrors {
      field
      message
    }
  }
`);
