/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Filters for the audit log (all optional, combined with AND). */
export type AuditFilter = {
  /** An action (complaint.file), or a family of them ending in a dot (staff.). */
  action?: string | null | undefined;
  /** Username (or api:<client>) of whoever made the change. */
  actorName?: string | null | undefined;
  /** The entity's global id (or natural key), as in AuditEntry.entityId. */
  entityId?: string | null | undefined;
  /** Entity type, e.g. Complaint. */
  entityType?: string | null | undefined;
  /** Entries written at or after this instant. */
  from?: string | null | undefined;
  /** The server-made request id shared by the entries of one change. */
  requestId?: string | null | undefined;
  /** Entries written at or before this instant. */
  to?: string | null | undefined;
};

/** How the complaint arrived. */
export type Channel =
  | 'IN_PERSON'
  | 'PARTNER'
  | 'PHONE'
  | 'WEB';

/** What the complaint is about; EXCESS_CONSUMPTION and METER_MALFUNCTION issue a verification order. */
export type ComplaintCategory =
  | 'BILLING'
  | 'EXCESS_CONSUMPTION'
  | 'LOW_PRESSURE'
  | 'METER_MALFUNCTION'
  | 'NO_WATER'
  | 'OTHER'
  | 'SEWER_LEAK'
  | 'WATER_LEAK'
  | 'WATER_QUALITY';

/** Queja, denuncia or reporte de problema. */
export type ComplaintKind =
  | 'COMPLAINT'
  | 'DENUNCIATION'
  | 'PROBLEM_REPORT';

/** OPEN → IN_VERIFICATION (order issued) → VERIFIED (result back) → RESOLVED/CLOSED; a leak report OPEN (registry's queue) → FORWARDED (field report issued) → RESOLVED; or CANCELLED. */
export type ComplaintStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'FORWARDED'
  | 'IN_VERIFICATION'
  | 'OPEN'
  | 'RESOLVED'
  | 'VERIFIED';

/** ACTIVE; LIMITED (restricted for non-payment, Sinaloa law); SUSPENDED; CANCELLED. */
export type ConnectionStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'LIMITED'
  | 'SUSPENDED';

/** Tariff class of a service connection. */
export type ConnectionType =
  | 'COMMERCIAL'
  | 'DOMESTIC'
  | 'INDUSTRIAL'
  | 'PUBLIC';

/** A complaint as the customer brings it. */
export type FileComplaintInput = {
  /** What it is about; EXCESS_CONSUMPTION and METER_MALFUNCTION issue a verification order. */
  category: ComplaintCategory;
  /** How it arrived. */
  channel: Channel;
  /** The connection (required for meter and consumption complaints). */
  connectionId?: string | number | null | undefined;
  /** The customer's account of the problem (up to 2,000 characters). */
  description: string;
  /** An open leak report of the same leak (from nearbyLeakReports): this one is filed linked to it and closed at once. */
  duplicateOfId?: string | number | null | undefined;
  /** Queja, denuncia or reporte de problema. */
  kind: ComplaintKind;
  /** Latitude of the problem (WGS 84), with longitude. */
  latitude?: number | null | undefined;
  /** Locality (Locality.id) of a leak with no connection; required then. */
  localityId?: string | number | null | undefined;
  /** Where the problem is, when it is not at a connection. */
  locationText?: string | null | undefined;
  /** Longitude of the problem (WGS 84), with latitude. */
  longitude?: number | null | undefined;
  /** Who reports it; by default the holder's name. */
  reporterName?: string | null | undefined;
  /** A Mexican phone number as written ("(667) 123 4567", "+52 667 123 4567", "044 667…"); stored as its 10 digits. */
  reporterPhone?: string | null | undefined;
  /** Street of a leak with no connection (same street + locality is offered as the same leak). */
  street?: string | null | undefined;
};

/** How a payment was received: cash, card, bank transfer or cheque. */
export type PaymentMethod =
  | 'CARD'
  | 'CASH'
  | 'CHECK'
  | 'TRANSFER';

/** A billed period of a connection, from the billing system. */
export type PostChargeInput = {
  /** Global id of the connection (give this or controlNumber). */
  connectionId?: string | number | null | undefined;
  /** Consumption read, m³ (0 to 100000.00); the API prices it with the tariff. */
  consumptionM3: string;
  /** Número de control of the connection (give this or connectionId). */
  controlNumber?: string | null | undefined;
  /** Billing period, yyyy-mm (not a future one); one charge per connection and period. */
  period: string;
};

/** A payment received for a connection's account. */
export type RecordPaymentInput = {
  /** Amount received (MXN): positive, two decimals, at most 500000.00. */
  amount: string;
  /** Global id of the connection (give this or controlNumber). */
  connectionId?: string | number | null | undefined;
  /** Número de control of the connection (give this or connectionId). */
  controlNumber?: string | null | undefined;
  /** How it was paid. */
  method: PaymentMethod;
  /** Receipt folio or bank reference; the same reference again records nothing and answers with the first payment. */
  reference: string;
};

/** A webhook to register. */
export type RegisterWebhookInput = {
  /** The API client it is for: required for ADMIN; a partner registers for itself (leave it out). */
  apiClientId?: string | number | null | undefined;
  /** The events to receive (at least one). complaint.status_changed: A complaint or report the partner filed changed status (forwarded, verified, resolved, closed…). work_order.completed: An order issued for a complaint the partner filed was completed (solventada) in the field. payment.applied: A payment the partner recorded was applied to the account. */
  events: Array<string>;
  /** The receiver's URL: https:// (http:// only outside production); up to 2000 characters. */
  url: string;
};

/** A delivery to send again. */
export type ReplayWebhookDeliveryInput = {
  /** A FAILED delivery (or a DELIVERED one the receiver lost). */
  id: string | number;
};

/** A folio and what proves the caller filed it: the connection's control number or the phone given when filing. */
export type TrackFolioInput = {
  /** The connection's control number (número de control). */
  controlNumber?: string | null | undefined;
  /** The complaint's folio, e.g. Q-2026-000123. */
  folio: string;
  /** The phone the report was filed with. */
  phone?: string | null | undefined;
};

/** Which deliveries to list. */
export type WebhookDeliveryFilter = {
  /** Only deliveries in this status (e.g. FAILED, to replay). */
  status?: WebhookDeliveryStatus | null | undefined;
  /** Only this webhook's. */
  webhookId?: string | number | null | undefined;
};

/** PENDING: queued or being retried; DELIVERED: the receiver answered 2xx; FAILED: every attempt failed (replayable). */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** Where the order stands. */
export type WorkOrderStatus =
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'ISSUED';

/** What the order asks for. */
export type WorkOrderType =
  | 'LEAK_REPAIR'
  | 'METER_REPLACEMENT'
  | 'RECONNECTION'
  | 'SERVICE_LIMITATION'
  | 'VERIFICATION';

export type AuditEntriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { nodes: Array<{ id: string, at: string, actorName: string, actorRole: string, action: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string, chainSeq: number | null, hash: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ComplaintStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintStatusQuery = { node:
    | { id: string, folio: string, status: ComplaintStatus, category: ComplaintCategory, createdAt: string }
    | Record<PropertyKey, never>
   | null };

export type ConnectionBalanceQueryVariables = Exact<{
  controlNumber: string;
}>;


export type ConnectionBalanceQuery = { serviceConnection: { id: string, controlNumber: string, status: ConnectionStatus, balance: string | null, periodsOwed: number | null } | null };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint: { complaint: { id: string, folio: string, status: ComplaintStatus, category: ComplaintCategory, createdAt: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type LookupConnectionQueryVariables = Exact<{
  controlNumber: string;
}>;


export type LookupConnectionQuery = { serviceConnection: { id: string, controlNumber: string, status: ConnectionStatus, type: ConnectionType, street: string, exteriorNumber: string | null, neighborhood: string | null, locality: { id: string, name: string, municipality: string } } | null };

export type PostChargeMutationVariables = Exact<{
  input: PostChargeInput;
}>;


export type PostChargeMutation = { postCharge: { replayed: boolean | null, charge: { id: string, amount: string, period: string | null, consumptionM3: string | null, balanceAfter: string, postedAt: string } | null, credit: { id: string, amount: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { replayed: boolean | null, payment: { id: string, amount: string, reference: string | null, paymentMethod: PaymentMethod | null, balanceAfter: string, postedAt: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type RegisterWebhookMutation = { registerWebhook: { secret: string | null, webhook: { id: string, url: string, events: Array<string>, active: boolean } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  input: ReplayWebhookDeliveryInput;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { delivery: { id: string, eventId: string, status: WebhookDeliveryStatus } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type TrackFolioQueryVariables = Exact<{
  input: TrackFolioInput;
}>;


export type TrackFolioQuery = { trackFolio: { folio: string, kind: ComplaintKind, category: ComplaintCategory, status: ComplaintStatus, createdAt: string, resolvedAt: string | null, localityName: string | null, orders: Array<{ folio: string, type: WorkOrderType, status: WorkOrderStatus, issuedAt: string, dueAt: string, completedAt: string | null }> } | null };

export type WebhookDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: WebhookDeliveryFilter | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { nodes: Array<{ id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, lastAttemptAt: string | null, deliveredAt: string | null, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AuditEntriesDocument = new TypedDocumentString(`
    query AuditEntries($first: Int, $after: String, $filter: AuditFilter) {
  auditEntries(first: $first, after: $after, filter: $filter) {
    nodes {
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
      chainSeq
      hash
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:7b3cdc8bd86c5a1e040db2fe3ae4e93c804c9d7530a87c758409650dfd057806"}) as unknown as TypedDocumentString<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const ComplaintStatusDocument = new TypedDocumentString(`
    query ComplaintStatus($id: ID!) {
  node(id: $id) {
    ... on Complaint {
      id
      folio
      status
      category
      createdAt
    }
  }
}
    `, {"hash":"sha256:97555aa592c9a3d2a2a4528a10cd3beabc86f01035d03eafa48a05138dacb15f"}) as unknown as TypedDocumentString<ComplaintStatusQuery, ComplaintStatusQueryVariables>;
export const ConnectionBalanceDocument = new TypedDocumentString(`
    query ConnectionBalance($controlNumber: String!) {
  serviceConnection(controlNumber: $controlNumber) {
    id
    controlNumber
    status
    balance
    periodsOwed
  }
}
    `, {"hash":"sha256:6a7f9ea22ddce714c7b551b3f82f0c48b819c8cd3a6678da1432373535c2c537"}) as unknown as TypedDocumentString<ConnectionBalanceQuery, ConnectionBalanceQueryVariables>;
export const FileComplaintDocument = new TypedDocumentString(`
    mutation FileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    complaint {
      id
      folio
      status
      category
      createdAt
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:7304871558ded4327a2bc2c0ffa824942cf8bc66efb92441bccf264819a3deae"}) as unknown as TypedDocumentString<FileComplaintMutation, FileComplaintMutationVariables>;
export const LookupConnectionDocument = new TypedDocumentString(`
    query LookupConnection($controlNumber: String!) {
  serviceConnection(controlNumber: $controlNumber) {
    id
    controlNumber
    status
    type
    street
    exteriorNumber
    neighborhood
    locality {
      id
      name
      municipality
    }
  }
}
    `, {"hash":"sha256:0f6ee674ebe5bea9961516b18c5b4683e3c6dc08fb9a9660c6f594a5bd9da11f"}) as unknown as TypedDocumentString<LookupConnectionQuery, LookupConnectionQueryVariables>;
export const PostChargeDocument = new TypedDocumentString(`
    mutation PostCharge($input: PostChargeInput!) {
  postCharge(input: $input) {
    charge {
      id
      amount
      period
      consumptionM3
      balanceAfter
      postedAt
    }
    credit {
      id
      amount
    }
    replayed
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:0904860aae9811c07d0b9c2a4c090929ae29430297a80e6c3506b3843fb13040"}) as unknown as TypedDocumentString<PostChargeMutation, PostChargeMutationVariables>;
export const RecordPaymentDocument = new TypedDocumentString(`
    mutation RecordPayment($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    payment {
      id
      amount
      reference
      paymentMethod
      balanceAfter
      postedAt
    }
    replayed
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:dc2f1720640f08937695e8f80a5eea45ee2795d6ad2b7c5c3754c7fd68a8cd61"}) as unknown as TypedDocumentString<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const RegisterWebhookDocument = new TypedDocumentString(`
    mutation RegisterWebhook($input: RegisterWebhookInput!) {
  registerWebhook(input: $input) {
    webhook {
      id
      url
      events
      active
    }
    secret
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:6d0ac91c90b7ba2aaae9d267894fbb92e89a0e07b769a6393d1b8c3f4d677da2"}) as unknown as TypedDocumentString<RegisterWebhookMutation, RegisterWebhookMutationVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {
  replayWebhookDelivery(input: $input) {
    delivery {
      id
      eventId
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:b9f937ec84790ddffe1d2f85968849ed4f3eea414a1fbd86675a8f9e12136389"}) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const TrackFolioDocument = new TypedDocumentString(`
    query TrackFolio($input: TrackFolioInput!) {
  trackFolio(input: $input) {
    folio
    kind
    category
    status
    createdAt
    resolvedAt
    localityName
    orders {
      folio
      type
      status
      issuedAt
      dueAt
      completedAt
    }
  }
}
    `, {"hash":"sha256:f72e2ce407a9535b184d8be9077f2765135f020868551f1bc5b3e4ede61a8c88"}) as unknown as TypedDocumentString<TrackFolioQuery, TrackFolioQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($first: Int, $after: String, $filter: WebhookDeliveryFilter) {
  webhookDeliveries(first: $first, after: $after, filter: $filter) {
    nodes {
      id
      eventId
      eventType
      status
      attempts
      lastStatusCode
      lastError
      lastAttemptAt
      deliveredAt
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:c31315a18d37574b364242434ade4dec9b0dc11fc611d525fb281118837bdfbf"}) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;