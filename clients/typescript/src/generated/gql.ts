/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuditEntries($first: Int, $after: String, $filter: AuditFilter) {\n  auditEntries(first: $first, after: $after, filter: $filter) {\n    nodes {\n      id\n      at\n      actorName\n      actorRole\n      action\n      entityType\n      entityId\n      before\n      after\n      requestId\n      chainSeq\n      hash\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.AuditEntriesDocument,
    "query ComplaintStatus($id: ID!) {\n  node(id: $id) {\n    ... on Complaint {\n      id\n      folio\n      status\n      category\n      createdAt\n    }\n  }\n}": typeof types.ComplaintStatusDocument,
    "query ConnectionBalance($controlNumber: String!) {\n  serviceConnection(controlNumber: $controlNumber) {\n    id\n    controlNumber\n    status\n    balance\n    periodsOwed\n  }\n}": typeof types.ConnectionBalanceDocument,
    "mutation FileComplaint($input: FileComplaintInput!) {\n  fileComplaint(input: $input) {\n    complaint {\n      id\n      folio\n      status\n      category\n      createdAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.FileComplaintDocument,
    "query LookupConnection($controlNumber: String!) {\n  serviceConnection(controlNumber: $controlNumber) {\n    id\n    controlNumber\n    status\n    type\n    street\n    exteriorNumber\n    neighborhood\n    locality {\n      id\n      name\n      municipality\n    }\n  }\n}": typeof types.LookupConnectionDocument,
    "mutation PostCharge($input: PostChargeInput!) {\n  postCharge(input: $input) {\n    charge {\n      id\n      amount\n      period\n      consumptionM3\n      balanceAfter\n      postedAt\n    }\n    credit {\n      id\n      amount\n    }\n    replayed\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.PostChargeDocument,
    "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    payment {\n      id\n      amount\n      reference\n      paymentMethod\n      balanceAfter\n      postedAt\n    }\n    replayed\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.RecordPaymentDocument,
    "mutation RegisterWebhook($input: RegisterWebhookInput!) {\n  registerWebhook(input: $input) {\n    webhook {\n      id\n      url\n      events\n      active\n    }\n    secret\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.RegisterWebhookDocument,
    "mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n  replayWebhookDelivery(input: $input) {\n    delivery {\n      id\n      eventId\n      status\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.ReplayWebhookDeliveryDocument,
    "query TrackFolio($input: TrackFolioInput!) {\n  trackFolio(input: $input) {\n    folio\n    kind\n    category\n    status\n    createdAt\n    resolvedAt\n    localityName\n    orders {\n      folio\n      type\n      status\n      issuedAt\n      dueAt\n      completedAt\n    }\n  }\n}": typeof types.TrackFolioDocument,
    "query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n  webhookDeliveries(first: $first, after: $after, filter: $filter) {\n    nodes {\n      id\n      eventId\n      eventType\n      status\n      attempts\n      lastStatusCode\n      lastError\n      lastAttemptAt\n      deliveredAt\n      createdAt\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.WebhookDeliveriesDocument,
};
const documents: Documents = {
    "query AuditEntries($first: Int, $after: String, $filter: AuditFilter) {\n  auditEntries(first: $first, after: $after, filter: $filter) {\n    nodes {\n      id\n      at\n      actorName\n      actorRole\n      action\n      entityType\n      entityId\n      before\n      after\n      requestId\n      chainSeq\n      hash\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.AuditEntriesDocument,
    "query ComplaintStatus($id: ID!) {\n  node(id: $id) {\n    ... on Complaint {\n      id\n      folio\n      status\n      category\n      createdAt\n    }\n  }\n}": types.ComplaintStatusDocument,
    "query ConnectionBalance($controlNumber: String!) {\n  serviceConnection(controlNumber: $controlNumber) {\n    id\n    controlNumber\n    status\n    balance\n    periodsOwed\n  }\n}": types.ConnectionBalanceDocument,
    "mutation FileComplaint($input: FileComplaintInput!) {\n  fileComplaint(input: $input) {\n    complaint {\n      id\n      folio\n      status\n      category\n      createdAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.FileComplaintDocument,
    "query LookupConnection($controlNumber: String!) {\n  serviceConnection(controlNumber: $controlNumber) {\n    id\n    controlNumber\n    status\n    type\n    street\n    exteriorNumber\n    neighborhood\n    locality {\n      id\n      name\n      municipality\n    }\n  }\n}": types.LookupConnectionDocument,
    "mutation PostCharge($input: PostChargeInput!) {\n  postCharge(input: $input) {\n    charge {\n      id\n      amount\n      period\n      consumptionM3\n      balanceAfter\n      postedAt\n    }\n    credit {\n      id\n      amount\n    }\n    replayed\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.PostChargeDocument,
    "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    payment {\n      id\n      amount\n      reference\n      paymentMethod\n      balanceAfter\n      postedAt\n    }\n    replayed\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.RecordPaymentDocument,
    "mutation RegisterWebhook($input: RegisterWebhookInput!) {\n  registerWebhook(input: $input) {\n    webhook {\n      id\n      url\n      events\n      active\n    }\n    secret\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.RegisterWebhookDocument,
    "mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n  replayWebhookDelivery(input: $input) {\n    delivery {\n      id\n      eventId\n      status\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.ReplayWebhookDeliveryDocument,
    "query TrackFolio($input: TrackFolioInput!) {\n  trackFolio(input: $input) {\n    folio\n    kind\n    category\n    status\n    createdAt\n    resolvedAt\n    localityName\n    orders {\n      folio\n      type\n      status\n      issuedAt\n      dueAt\n      completedAt\n    }\n  }\n}": types.TrackFolioDocument,
    "query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n  webhookDeliveries(first: $first, after: $after, filter: $filter) {\n    nodes {\n      id\n      eventId\n      eventType\n      status\n      attempts\n      lastStatusCode\n      lastError\n      lastAttemptAt\n      deliveredAt\n      createdAt\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.WebhookDeliveriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEntries($first: Int, $after: String, $filter: AuditFilter) {\n  auditEntries(first: $first, after: $after, filter: $filter) {\n    nodes {\n      id\n      at\n      actorName\n      actorRole\n      action\n      entityType\n      entityId\n      before\n      after\n      requestId\n      chainSeq\n      hash\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').AuditEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintStatus($id: ID!) {\n  node(id: $id) {\n    ... on Complaint {\n      id\n      folio\n      status\n      category\n      createdAt\n    }\n  }\n}"): typeof import('./graphql').ComplaintStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionBalance($controlNumber: String!) {\n  serviceConnection(controlNumber: $controlNumber) {\n    id\n    controlNumber\n    status\n    balance\n    periodsOwed\n  }\n}"): typeof import('./graphql').ConnectionBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FileComplaint($input: FileComplaintInput!) {\n  fileComplaint(input: $input) {\n    complaint {\n      id\n      folio\n      status\n      category\n      createdAt\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').FileComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LookupConnection($controlNumber: String!) {\n  serviceConnection(controlNumber: $controlNumber) {\n    id\n    controlNumber\n    status\n    type\n    street\n    exteriorNumber\n    neighborhood\n    locality {\n      id\n      name\n      municipality\n    }\n  }\n}"): typeof import('./graphql').LookupConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostCharge($input: PostChargeInput!) {\n  postCharge(input: $input) {\n    charge {\n      id\n      amount\n      period\n      consumptionM3\n      balanceAfter\n      postedAt\n    }\n    credit {\n      id\n      amount\n    }\n    replayed\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').PostChargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPayment($input: RecordPaymentInput!) {\n  recordPayment(input: $input) {\n    payment {\n      id\n      amount\n      reference\n      paymentMethod\n      balanceAfter\n      postedAt\n    }\n    replayed\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').RecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterWebhook($input: RegisterWebhookInput!) {\n  registerWebhook(input: $input) {\n    webhook {\n      id\n      url\n      events\n      active\n    }\n    secret\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').RegisterWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {\n  replayWebhookDelivery(input: $input) {\n    delivery {\n      id\n      eventId\n      status\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql').ReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackFolio($input: TrackFolioInput!) {\n  trackFolio(input: $input) {\n    folio\n    kind\n    category\n    status\n    createdAt\n    resolvedAt\n    localityName\n    orders {\n      folio\n      type\n      status\n      issuedAt\n      dueAt\n      completedAt\n    }\n  }\n}"): typeof import('./graphql').TrackFolioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {\n  webhookDeliveries(first: $first, after: $after, filter: $filter) {\n    nodes {\n      id\n      eventId\n      eventType\n      status\n      attempts\n      lastStatusCode\n      lastError\n      lastAttemptAt\n      deliveredAt\n      createdAt\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').WebhookDeliveriesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
