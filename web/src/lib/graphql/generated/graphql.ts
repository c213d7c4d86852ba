/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How long an open order has waited since it was issued, in calendar days: UNDER_1_DAY [0, 1), DAYS_1_TO_3 [1, 3), DAYS_3_TO_7 [3, 7), DAYS_7_TO_30 [7, 30), OVER_30_DAYS [30, ∞). */
export type AgingBucket =
  | 'DAYS_1_TO_3'
  | 'DAYS_3_TO_7'
  | 'DAYS_7_TO_30'
  | 'OVER_30_DAYS'
  | 'UNDER_1_DAY';

/** Records the response delivered to the requester. */
export type AnswerInformationRequestInput = {
  /** The request. */
  id: string | number;
  /** The response delivered (or where it is and how it was delivered). */
  response: string;
};

/** Who receives the order: a person or a department, not both. */
export type AssignWorkOrderInput = {
  /** The staff member (Staff.id) who will do it; they must hold a role that receives this type of order. */
  assigneeId?: string | number | null | undefined;
  /** The department that takes it as a desk (REGISTRY, FOLLOW_UP, COLLECTIONS, by order type). */
  department?: Role | null | undefined;
  /** The order to assign (ISSUED) or reassign (ASSIGNED, IN_PROGRESS). */
  workOrderId: string | number;
};

/** HASH_MISMATCH: the entry's contents no longer give its hash (edited). PREVIOUS_HASH_MISMATCH: the entry does not point to the entry before it (an entry was replaced or re-hashed). MISSING_ENTRY: a position of the chain is missing (deleted). UNSEALED_ENTRY: an entry was written without being sealed (the trigger was bypassed). HEAD_MISMATCH: the chain's recorded end does not match its last entry. */
export type AuditChainProblem =
  | 'HASH_MISMATCH'
  | 'HEAD_MISMATCH'
  | 'MISSING_ENTRY'
  | 'PREVIOUS_HASH_MISMATCH'
  | 'UNSEALED_ENTRY';

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

/** Baja de toma. */
export type CancelServiceConnectionInput = {
  /** The connection. */
  id: string | number;
  /** Why it is cancelled. */
  reason: string;
};

/** An open order to cancel, and why. */
export type CancelWorkOrderInput = {
  /** Why it is cancelled (up to 500 characters); it enters the history. */
  reason: string;
  /** The order to cancel. */
  workOrderId: string | number;
};

/** The caller's own password change. */
export type ChangeOwnPasswordInput = {
  /** The current (or temporary) password. */
  currentPassword: string;
  /** The new password (see the rule in the error message when refused). */
  newPassword: string;
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

/** The verifier's field result. */
export type CompleteVerificationInput = {
  /** Excess m³ measured; required (> 0) for METER_OVER_REGISTERING. */
  excessM3?: string | null | undefined;
  /** The verifier's notes (up to 2,000 characters). */
  notes?: string | null | undefined;
  /** What the verifier found. */
  outcome: VerificationOutcome;
  /** The verification order, assigned to the caller. */
  workOrderId: string | number;
};

/** The result of an order, typed by the order's type: give only the fields of that type. */
export type CompleteWorkOrderInput = {
  /** SERVICE_LIMITATION: the crew's result; LIMITED marks the connection LIMITED. */
  limitationResult?: LimitationResult | null | undefined;
  /** METER_REPLACEMENT: the meter installed (required). */
  newMeter?: NewMeterInput | null | undefined;
  /** The result's note (up to 2,000 characters): required for LEAK_REPAIR (it resolves the complaint); optional for the others. */
  notes?: string | null | undefined;
  /** The order (not a VERIFICATION: those use completeVerification), held by the caller. */
  workOrderId: string | number;
};

/** Filters for the connection list; all are optional and combine with AND. */
export type ConnectionFilter = {
  /** Only connections in this locality (its global id, from localities). */
  localityId?: string | number | null | undefined;
  /** Control number or holder name (accents and case ignored), or part of the address. */
  search?: string | null | undefined;
  /** Only connections in this service status. */
  status?: ConnectionStatus | null | undefined;
};

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

/** A new partner client. */
export type CreateApiClientInput = {
  /** What the system is and who answers for it. */
  description?: string | null | undefined;
  /** Unique name: lower-case letters, digits and hyphens. */
  name: string;
  /** Its scopes (at least one). connections:read: Look a connection up by control number (status, address, locality; no personal data). complaints:read: Read the complaints and reports this client filed. complaints:write: File complaints and leak reports (they are the client's own). payments:write: Record payments received by the partner (e.g. the billing system or a bank). billing:read: Read balances and discounts in force of the connections it looks up. billing:write: Post charges (billed periods) to connections. */
  scopes: Array<string>;
};

/** A day the utility closes. */
export type CreateClosureInput = {
  /** The day (a future date). */
  date: string;
  /** Why it closes, e.g. Jueves Santo. */
  name: string;
};

/** Opens a connection (alta de toma). */
export type CreateServiceConnectionInput = {
  /** Control number; omit to take the next of the configured series (Setting controlNumberSeriesStart). */
  controlNumber?: string | null | undefined;
  /** Collection crew (id from crews); null on update takes it off any crew. */
  crewId?: string | number | null | undefined;
  /** Exterior number. */
  exteriorNumber?: string | null | undefined;
  /** The holder (titular): a customer's global id. */
  holderId: string | number;
  /** Latitude (WGS 84), with longitude. */
  latitude?: number | null | undefined;
  /** Locality (id from localities). */
  localityId: string | number;
  /** Longitude (WGS 84), with latitude. */
  longitude?: number | null | undefined;
  /** The meter installed. */
  meter: FirstMeterInput;
  /** Colonia. */
  neighborhood?: string | null | undefined;
  /** Usuario especial; null makes it an ordinary connection. */
  specialKind?: SpecialUserKind | null | undefined;
  /** Street (required to open). */
  street?: string | null | undefined;
  /** Tariff class (DOMESTIC when opening without one). */
  type?: ConnectionType | null | undefined;
};

/** A new staff account. */
export type CreateStaffInput = {
  /** Full name as it appears on orders and documents. */
  fullName: string;
  /** The roles (puestos) of the account; at least one. */
  roles: Array<Role>;
  /** Login name: lower-case letters, digits, dot or underscore (3–40), starting with a letter. */
  username: string;
};

/** Registers a customer. */
export type CreateUserInput = {
  /** CURP: 18 characters, checked by its structure and check digit; unique. */
  curp?: string | null | undefined;
  /** Pensioner/retiree key or employee number. */
  discountCredential?: string | null | undefined;
  /** Kind of social-discount credential (with discountCredential). */
  discountCredentialType?: DiscountCredentialType | null | undefined;
  /** Contact e-mail. */
  email?: string | null | undefined;
  /** Full name (required to create). */
  fullName?: string | null | undefined;
  /** Contact phone as written; stored as the 10-digit national number. */
  phone?: string | null | undefined;
  /** Postal address (where mail reaches the customer). */
  postalAddress?: string | null | undefined;
};

/** A crew to create (without id) or change. */
export type CrewInput = {
  /** The crew to change; omit to create one. */
  id?: string | number | null | undefined;
  /** The crew leader's name. */
  leaderName: string;
  /** The localities it covers (replaces the current list). */
  localityIds: Array<string | number>;
  /** Its name, unique. */
  name: string;
};

/** Declines a request, with the reason. */
export type DeclineInformationRequestInput = {
  /** The request. */
  id: string | number;
  /** Why it is declined (e.g. not the utility's information; referred to another body). */
  reason: string;
};

/** A future closure to remove. */
export type DeleteClosureInput = {
  /** The closure. */
  id: string | number;
};

/** Which overdue connections to list; thresholds default to the settings. */
export type DelinquencyFilter = {
  /** Only this crew's connections. */
  crewId?: string | number | null | undefined;
  /** Include connections already LIMITED (left out by default: they need no new order). */
  includeLimited?: boolean | null | undefined;
  /** Only this locality's connections. */
  localityId?: string | number | null | undefined;
  /** Owing at least this much (MXN); default: setting delinquencyMinBalance. */
  minBalance?: string | null | undefined;
  /** Owing at least this many periods; default: setting delinquencyMinPeriods. */
  minPeriodsOwed?: number | null | undefined;
};

/** Pensioner, retiree or employee key (social discounts). */
export type DiscountCredentialType =
  | 'EMPLOYEE'
  | 'PENSIONER'
  | 'RETIREE';

/** A decision on a pending discount. */
export type DiscountDecisionInput = {
  /** Global id of the discount. */
  discountId: string | number;
  /** Why (required to reject; optional to authorize). */
  reason: string;
};

/** SOCIAL (pensioner, retiree, employee) or METER_ADJUSTMENT. */
export type DiscountKind =
  | 'METER_ADJUSTMENT'
  | 'SOCIAL';

/** REQUESTED → AUTHORIZED → APPLIED, or REJECTED. */
export type DiscountStatus =
  | 'APPLIED'
  | 'AUTHORIZED'
  | 'REJECTED'
  | 'REQUESTED';

/** Extends a request's term once, with its reason. */
export type ExtendInformationRequestInput = {
  /** The request. */
  id: string | number;
  /** Why the term is extended (the law requires a reason). */
  reason: string;
};

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

/** The meter installed when the connection is opened. */
export type FirstMeterInput = {
  /** Maker. */
  brand?: string | null | undefined;
  /** Reading at installation, m³ (0 when absent; never negative). */
  initialReadingM3?: string | null | undefined;
  /** Day of installation (not in the future). */
  installedAt: string;
  /** Serial number printed on the meter (unique). */
  serialNumber: string;
};

/** A leak report in the registry's queue, to hand to FOLLOW_UP. */
export type ForwardLeakReportInput = {
  /** An OPEN WATER_LEAK or SEWER_LEAK complaint. */
  complaintId: string | number;
  /** Instructions for the field crew (up to 500 characters). */
  instructions?: string | null | undefined;
};

/** The month whose figures to freeze (it must have ended). */
export type GenerateTransparencyReportInput = {
  /** Month (1–12). */
  month: number;
  /** Year. */
  year: number;
};

/** Kind of entry in a connection's history. */
export type HistoryEventType =
  | 'ADVICE_GIVEN'
  | 'COMPLAINT_FILED'
  | 'CONNECTION_CREATED'
  | 'CONNECTION_UPDATED'
  | 'DISCOUNT_DECIDED'
  | 'DISCOUNT_REQUESTED'
  | 'HOLDER_CHANGED'
  | 'METER_REPLACED'
  | 'NOTE'
  | 'PAYMENT_RECORDED'
  | 'STATUS_CHANGED'
  | 'WORK_ORDER_CANCELLED'
  | 'WORK_ORDER_COMPLETED'
  | 'WORK_ORDER_ISSUED';

/** FEDERAL (computed, mandatory rest day) or CLOSURE (configured by the utility). */
export type HolidayKind =
  | 'CLOSURE'
  | 'FEDERAL';

/** How an information request arrived. */
export type InformationRequestChannel =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'MAIL'
  | 'NATIONAL_PLATFORM';

/** Filters for the information requests list. */
export type InformationRequestFilter = {
  /** Only pending requests (received, in progress, extended). */
  open?: boolean | null | undefined;
  /** Folio, requester or subject contains this text. */
  search?: string | null | undefined;
  /** Only this status. */
  status?: InformationRequestStatus | null | undefined;
};

/** RECEIVED → IN_PROGRESS (turned to the responsible area) → EXTENDED (once) → ANSWERED; or DECLINED with a reason. */
export type InformationRequestStatus =
  | 'ANSWERED'
  | 'DECLINED'
  | 'EXTENDED'
  | 'IN_PROGRESS'
  | 'RECEIVED';

/** Limitation orders to issue to a crew, one per connection. */
export type IssueLimitationOrdersInput = {
  /** The connections (global ids), at most 100. */
  connectionIds: Array<string | number>;
  /** The crew that will visit them. */
  crewId: string | number;
};

/** Where a leak is, to find open reports of the same leak before filing. */
export type LeakPlaceInput = {
  /** The connection, when the leak is at one (its street, locality and coordinates are used). */
  connectionId?: string | number | null | undefined;
  /** Latitude (WGS 84). */
  latitude?: number | null | undefined;
  /** Locality (Locality.id). */
  localityId?: string | number | null | undefined;
  /** Longitude (WGS 84). */
  longitude?: number | null | undefined;
  /** Street. */
  street?: string | null | undefined;
};

/** CHARGE raises the balance; PAYMENT and CREDIT lower it. */
export type LedgerKind =
  | 'CHARGE'
  | 'CREDIT'
  | 'PAYMENT';

/** A collection crew's result at a delinquent connection. */
export type LimitationResult =
  | 'LIMITED'
  | 'NOT_FOUND'
  | 'PAID_ON_SITE'
  | 'REFUSED';

/** The result a crew brought back for one limitation order. */
export type LimitationResultInput = {
  /** What the crew noted (up to 2,000 characters). */
  notes?: string | null | undefined;
  /** LIMITED marks the connection LIMITED (with history); NOT_FOUND, PAID_ON_SITE and REFUSED leave it as it is. */
  result: LimitationResult;
  /** The SERVICE_LIMITATION order (held by the caller, open and not paused). */
  workOrderId: string | number;
};

/** A locality of the catalog. */
export type LocalityInput = {
  /** The locality to change; omit to create one. */
  id?: string | number | null | undefined;
  /** Its municipality (Angostura when omitted). */
  municipality?: string | null | undefined;
  /** Its name, unique. */
  name: string;
};

/** A staff member's credentials. */
export type LoginInput = {
  /** The staff member's password. */
  password: string;
  /** The staff member's login name. */
  username: string;
};

/** The snapshot delivered. */
export type MarkTransparencyReportDeliveredInput = {
  /** The snapshot (the month's latest version). */
  id: string | number;
};

/** Merges a duplicate record into the one kept. */
export type MergeUsersInput = {
  /** The record kept: it receives the duplicate's connections (with their history, ledger and discounts). */
  keepId: string | number;
  /** The duplicate: kept, marked as merged, never deleted. */
  mergeId: string | number;
};

/** A meter adjustment to price (before requesting it). */
export type MeterAdjustmentQuoteInput = {
  /** Global id of the connection whose bill it reduces. */
  connectionId: string | number;
  /** The billing period adjusted, yyyy-mm (it must have been billed). */
  period: string;
  /** Global id of the COMPLETED VERIFICATION of that connection that found the meter over-registering. */
  verificationOrderId: string | number;
  /** m³ to take off the bill: at most what the verification proved, less earlier adjustments. */
  volumeM3: string;
};

/** The meter installed by a METER_REPLACEMENT order; the one in place is retired that day. */
export type NewMeterInput = {
  /** Brand of the new meter. */
  brand?: string | null | undefined;
  /** Its reading when installed, m³ (0 or more). */
  initialReadingM3: string;
  /** The day it was installed (yyyy-mm-dd, not in the future). */
  installedOn: string;
  /** Serial number of the new meter (unique, up to 40 characters). */
  serialNumber: string;
};

/** Narrows the open-work inbox; the filters add up (AND). Absent or null: no narrowing. */
export type OpenWorkFilter = {
  /** Only orders assigned to this staff member. */
  assigneeId?: string | number | null | undefined;
  /** Only orders held by this department (sent to it, or of a type it receives and sent to no other desk). */
  department?: Role | null | undefined;
  /** true: only orders escalated to the head or the manager; false: only those not escalated. */
  escalated?: boolean | null | undefined;
  /** Only orders assigned to the caller by name (bandeja: mías). */
  mine?: boolean | null | undefined;
  /** Only orders of the caller's department(s); the head and the manager answer for the whole department. */
  myDepartment?: boolean | null | undefined;
  /** true: only orders past their due date; false: only those not yet due. */
  overdue?: boolean | null | undefined;
  /** Only orders of this type. */
  type?: WorkOrderType | null | undefined;
};

/** An access rule of the API (server/src/auth/policies.ts `Operations`): one or more queries or mutations that share who may call them. */
export type Operation =
  | 'assignWorkOrder'
  | 'cancelWorkOrder'
  | 'changeOwnPassword'
  | 'completeVerification'
  | 'decideDiscount'
  | 'deliverTransparencyReport'
  | 'fileComplaint'
  | 'forwardLeakReport'
  | 'generateTransparencyReport'
  | 'issueLimitationOrders'
  | 'logout'
  | 'lookupConnection'
  | 'manageApiClients'
  | 'manageCatalogs'
  | 'manageInformationRequests'
  | 'manageRegister'
  | 'manageServiceTargets'
  | 'manageStaff'
  | 'manageWebhooks'
  | 'me'
  | 'pauseComplaints'
  | 'pauseWorkOrders'
  | 'postCharge'
  | 'readAny'
  | 'readApiClients'
  | 'readAudit'
  | 'readCatalogs'
  | 'readComplaints'
  | 'readConnections'
  | 'readDashboard'
  | 'readDelinquency'
  | 'readDiscounts'
  | 'readFollowUp'
  | 'readInformationRequests'
  | 'readLedger'
  | 'readLocalities'
  | 'readOpenWork'
  | 'readRegisterImports'
  | 'readStaff'
  | 'readTransparency'
  | 'readUsers'
  | 'readWebhooks'
  | 'readWorkOrders'
  | 'recordAdvice'
  | 'recordLimitationResults'
  | 'recordPayment'
  | 'requestDiscount'
  | 'requestReconnection'
  | 'verifyAuditChain'
  | 'workOnWorkOrder';

/** Stops a complaint's clock while it waits on the customer. */
export type PauseComplaintInput = {
  /** An open complaint. */
  complaintId: string | number;
  /** What is expected from the customer (up to 500 characters; shown in the history). */
  reason: string;
};

/** Stops an order's clock while it waits on the customer. */
export type PauseWorkOrderInput = {
  /** What is expected from the customer (shown in the history). */
  reason: string;
  /** The order. */
  workOrderId: string | number;
};

/** How a payment was received: cash, card, bank transfer or cheque. */
export type PaymentMethod =
  | 'CARD'
  | 'CASH'
  | 'CHECK'
  | 'TRANSFER';

/** Whom to compare: an existing customer, or the data of one about to be registered. */
export type PossibleDuplicatesInput = {
  /** CURP of the candidate. */
  curp?: string | null | undefined;
  /** Full name of the candidate. */
  fullName?: string | null | undefined;
  /** Locality of the candidate's address. */
  localityId?: string | number | null | undefined;
  /** Street of the candidate's address. */
  street?: string | null | undefined;
  /** An existing customer (its own name, CURP and first connection's address are used). */
  userId?: string | number | null | undefined;
};

/** A request as it was received. */
export type ReceiveInformationRequestInput = {
  /** How it arrived. */
  channel: InformationRequestChannel;
  /** When it was received (not in the future). */
  receivedAt: string;
  /** Who asks; omit for an anonymous request. */
  requesterName?: string | null | undefined;
  /** The area that holds the information. */
  responsibleArea: string;
  /** The information requested. */
  subject: string;
};

/** The advice given to the customer of a complaint whose verification came back NORMAL. */
export type RecordAdviceInput = {
  /** The advice given, e.g. check indoor leaks, ration water, watch the meter (up to 2,000 characters). */
  advice: string;
  /** The VERIFIED complaint (verification outcome NORMAL). */
  complaintId: string | number;
};

/** A crew's list of results: each row is recorded in its own transaction. */
export type RecordLimitationResultsInput = {
  /** One row per order, at most 100. */
  results: Array<LimitationResultInput>;
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

/** A webhook to remove. */
export type RemoveWebhookInput = {
  /** The webhook. */
  id: string | number;
};

/** A delivery to send again. */
export type ReplayWebhookDeliveryInput = {
  /** A FAILED delivery (or a DELIVERED one the receiver lost). */
  id: string | number;
};

/** A discount request. Only METER_ADJUSTMENT here; social discounts have requestSocialDiscount. */
export type RequestDiscountInput = {
  /** Global id of the connection whose bill it reduces. */
  connectionId: string | number;
  /** METER_ADJUSTMENT. */
  kind: DiscountKind;
  /** The billing period adjusted, yyyy-mm (it must have been billed). */
  period: string;
  /** Why it is requested (what the customer reported, what the verification found). */
  reason: string;
  /** Global id of the COMPLETED VERIFICATION of that connection that found the meter over-registering. */
  verificationOrderId: string | number;
  /** m³ to take off the bill: at most what the verification proved, less earlier adjustments. */
  volumeM3: string;
};

/** The connection to reconnect. */
export type RequestReconnectionInput = {
  /** A LIMITED connection with a balance of 0 or less. */
  connectionId: string | number;
};

/** A social discount for a pensioner, retiree or employee (Sinaloa water law art. 50). */
export type RequestSocialDiscountInput = {
  /** Global id of the beneficiary's connection. */
  connectionId: string | number;
  /** The credential's number (clave de pensionado/jubilado, no. de empleado). */
  credentialNumber: string;
  /** Pensioner, retiree or employee. */
  credentialType: DiscountCredentialType;
  /** The document shown (credential, pay stub, certificate) and what it says. */
  evidence: string;
};

/** Starts a paused complaint's clock again. */
export type ResumeComplaintInput = {
  /** A paused complaint. */
  complaintId: string | number;
};

/** Starts a paused order's clock again. */
export type ResumeWorkOrderInput = {
  /** The order. */
  workOrderId: string | number;
};

/** A client to revoke. */
export type RevokeApiClientInput = {
  /** The client. */
  id: string | number;
};

/** A staff role (see DOMAIN.md). */
export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'CASHIER'
  | 'COLLECTIONS'
  | 'FOLLOW_UP'
  | 'FRONT_DESK'
  | 'HEAD'
  | 'IT'
  | 'MANAGER'
  | 'REGISTRY'
  | 'VERIFIER';

/** A client's key to replace. */
export type RotateApiClientKeyInput = {
  /** Hours the old key keeps working (0–720; 24 when omitted). */
  graceHours?: number | null | undefined;
  /** The client. */
  id: string | number;
};

/** Usuarios especiales: PUBLIC_BUILDING, SCHOOL, LARGE_CONSUMER. */
export type SpecialUserKind =
  | 'LARGE_CONSUMER'
  | 'PUBLIC_BUILDING'
  | 'SCHOOL';

/** Filters for the staff list. */
export type StaffFilter = {
  /** Only active (true) or inactive (false) accounts. */
  active?: boolean | null | undefined;
  /** Holds this role. */
  role?: Role | null | undefined;
  /** Username or name contains this text. */
  search?: string | null | undefined;
};

/** An account to act on. */
export type StaffIdInput = {
  /** The staff member's id. */
  id: string | number;
};

/** Turns a received request to its responsible area. */
export type StartInformationRequestInput = {
  /** The request. */
  id: string | number;
};

/** The order whose work starts. */
export type StartWorkOrderInput = {
  /** An ASSIGNED order the caller holds. */
  workOrderId: string | number;
};

/** A consumption block. */
export type TariffBlockInput = {
  /** Where the block starts, m³ (where the previous one ends). */
  fromM3: string;
  /** MXN per m³. */
  pricePerM3: string;
  /** Where it ends, m³; omit for the last, open-ended block. */
  toM3?: string | null | undefined;
};

/** A tariff version: new (without id) or not yet in force. */
export type TariffInput = {
  /** The blocks, in order, the last one open-ended. */
  blocks: Array<TariffBlockInput>;
  /** The connection type it prices. */
  connectionType: ConnectionType;
  /** The version to change (only before its first day); omit to create one. */
  id?: string | number | null | undefined;
  /** MXN for consumption up to minimumM3. */
  minimumCharge: string;
  /** m³ covered by the minimum charge. */
  minimumM3: string;
  /** First day it applies: a future date. */
  validFrom: string;
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

/** Cambio de titular. */
export type TransferServiceConnectionInput = {
  /** The connection. */
  id: string | number;
  /** Why (e.g. compraventa, herencia), as on the paperwork. */
  reason: string;
  /** The new holder: a customer's global id. */
  toUserId: string | number;
};

/** Corrects a connection's data; only the fields given change. */
export type UpdateServiceConnectionInput = {
  /** Collection crew (id from crews); null on update takes it off any crew. */
  crewId?: string | number | null | undefined;
  /** Exterior number. */
  exteriorNumber?: string | null | undefined;
  /** The connection. */
  id: string | number;
  /** Latitude (WGS 84), with longitude. */
  latitude?: number | null | undefined;
  /** Locality (id from localities). */
  localityId?: string | number | null | undefined;
  /** Longitude (WGS 84), with latitude. */
  longitude?: number | null | undefined;
  /** Colonia. */
  neighborhood?: string | null | undefined;
  /** Usuario especial; null makes it an ordinary connection. */
  specialKind?: SpecialUserKind | null | undefined;
  /** Street (required to open). */
  street?: string | null | undefined;
  /** Tariff class (DOMESTIC when opening without one). */
  type?: ConnectionType | null | undefined;
};

/** A new target for an order type (hours or business days, one of them). */
export type UpdateServiceTargetInput = {
  /** Business days (1–60), or omit to use hours. */
  businessDays?: number | null | undefined;
  /** Hours until escalation to the head. */
  escalateToHeadAfterHours: number;
  /** Hours until escalation to the manager (more than to the head). */
  escalateToManagerAfterHours: number;
  /** Hours (1–720), or omit to use business days. */
  hours?: number | null | undefined;
  /** The order type. */
  type: WorkOrderType;
};

/** A setting's new value. */
export type UpdateSettingInput = {
  /** The setting's key. */
  key: string;
  /** The new value, within the setting's bounds. */
  value: number;
};

/** The roles an account holds from now on. */
export type UpdateStaffRolesInput = {
  /** The staff member's id. */
  id: string | number;
  /** The new roles; at least one. */
  roles: Array<Role>;
};

/** Corrects a customer's data. */
export type UpdateUserInput = {
  /** CURP: 18 characters, checked by its structure and check digit; unique. */
  curp?: string | null | undefined;
  /** Pensioner/retiree key or employee number. */
  discountCredential?: string | null | undefined;
  /** Kind of social-discount credential (with discountCredential). */
  discountCredentialType?: DiscountCredentialType | null | undefined;
  /** Contact e-mail. */
  email?: string | null | undefined;
  /** Full name (required to create). */
  fullName?: string | null | undefined;
  /** The customer. */
  id: string | number;
  /** Contact phone as written; stored as the 10-digit national number. */
  phone?: string | null | undefined;
  /** Postal address (where mail reaches the customer). */
  postalAddress?: string | null | undefined;
};

/** Filters for the customer list. */
export type UserFilter = {
  /** Include records merged into another as duplicates (left out by default). */
  includeMerged?: boolean | null | undefined;
  /** Name (accents and case ignored). */
  search?: string | null | undefined;
};

/** METER_OVER_REGISTERING (with the excess m³), EXTERNAL_LEAK, or NORMAL. */
export type VerificationOutcome =
  | 'EXTERNAL_LEAK'
  | 'METER_OVER_REGISTERING'
  | 'NORMAL';

/** PENDING: queued or being retried; DELIVERED: the receiver answered 2xx; FAILED: every attempt failed (replayable). */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** Filters for the work-order list. */
export type WorkOrderFilter = {
  /** Only the orders assigned to the caller. */
  assignedToMe?: boolean | null | undefined;
  /** Only orders not yet completed or cancelled (ISSUED, ASSIGNED, IN_PROGRESS). */
  open?: boolean | null | undefined;
  /** Only orders in this status. */
  status?: WorkOrderStatus | null | undefined;
  /** Only orders of this type. */
  type?: WorkOrderType | null | undefined;
};

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { myPermissions: Array<Operation>, me: { username: string, fullName: string, roles: Array<Role> | null, mustChangePassword: boolean | null } | null };

export type ConnectionSummaryFragment = { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, holder: { fullName: string } | null, locality: { name: string } };

export type HistoryPageFragment = { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, type: HistoryEventType, summary: string, notes: string | null, occurredAt: string, actor: { fullName: string } | null }> };

export type OrderSummaryFragment = { id: string, folio: string, type: WorkOrderType, status: WorkOrderStatus, department: Role | null, dueAt: string, overdue: boolean, assignee: { fullName: string } | null };

export type TransparencySnapshotSummaryFragment = { id: string, version: number, generatedAt: string, sha256: string, deliveredAt: string | null, availableActions: Array<string>, generatedBy: { fullName: string } | null, deliveredBy: { fullName: string } | null };

export type TransparencyFiguresAllFragment = { complaintsFiled: number, complaintsResolved: number, resolutionMedianHours: number | null, resolutionP90Hours: number | null, reconnectionsCompleted: number, reconnectionMedianHoursAfterPayment: number | null, reconnectionP90HoursAfterPayment: number | null, leakReportsFiled: number, leakReportsAttended: number, leakReportsWithinTarget: number, complaintsByCategory: Array<{ key: string, count: number }>, complaintsByChannel: Array<{ key: string, count: number }>, complaintsByStatus: Array<{ key: string, count: number }>, workOrdersByType: Array<{ type: WorkOrderType, issued: number, completed: number, overdue: number }>, verificationsByOutcome: Array<{ key: string, count: number }>, discounts: Array<{ decision: string, count: number, amount: string }> };

export type AuditEntryRowFragment = { id: string, at: string, actorName: string, actorRole: string, action: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string, correlationId: string | null, chainSeq: number | null, hash: string | null };

export type DeadlineFieldsFragment = { dueOn: string, daysLeft: number, businessDaysLeft: number, overdue: boolean };

export type TransparencyMonthStatusFragment = { year: number, month: number, delivered: boolean, availableActions: Array<string>, deadline: { dueOn: string, daysLeft: number, businessDaysLeft: number, overdue: boolean } };

export type InformationRequestChangeFragment = { informationRequest: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> };

export type TransparencyReportChangeFragment = { report: { version: number } | null, userErrors: Array<{ field: string | null, message: string }> };

export type RequestReconnectionMutationVariables = Exact<{
  input: RequestReconnectionInput;
}>;


export type RequestReconnectionMutation = { requestReconnection: { workOrder: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type RecordAdviceMutationVariables = Exact<{
  input: RecordAdviceInput;
}>;


export type RecordAdviceMutation = { recordAdvice: { complaint: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type PauseComplaintMutationVariables = Exact<{
  input: PauseComplaintInput;
}>;


export type PauseComplaintMutation = { pauseComplaint: { complaint: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type ResumeComplaintMutationVariables = Exact<{
  input: ResumeComplaintInput;
}>;


export type ResumeComplaintMutation = { resumeComplaint: { complaint: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type ConnectionMoneyQueryVariables = Exact<{
  controlNumber: string;
}>;


export type ConnectionMoneyQuery = { serviceConnection: { consumption: Array<{ period: string, consumptionM3: string }> | null, adjustableVerifications: Array<{ verifiedM3: string, remainingM3: string, workOrder: { id: string, folio: string, completedAt: string | null } }>, socialDiscount: { id: string, status: DiscountStatus, percentage: string | null, volumeM3: string | null, validUntil: string | null, credentialType: DiscountCredentialType | null } | null } | null };

export type TableroQueryVariables = Exact<{
  year?: number | null | undefined;
  month?: number | null | undefined;
}>;


export type TableroQuery = { followUpBoard: { open: number, overdue: number, dueToday: number, paused: number, escalatedToHead: number, escalatedToManager: number, byAssignee: Array<{ department: Role | null, open: number, overdue: number, assignee: { fullName: string } | null }> }, departmentDashboard: { year: number, month: number, asOf: string, complaintsFiled: number, complaintsResolved: number, complaintResolutionMedianHours: number | null, openByTypeAndDepartment: Array<{ type: WorkOrderType, department: Role, open: number, overdue: number }>, aging: Array<{ bucket: AgingBucket, open: number, overdue: number }>, complaintsByCategoryAndChannel: Array<{ category: ComplaintCategory, channel: Channel, count: number }>, ordersCompletedByType: Array<{ type: WorkOrderType, completed: number, medianHours: number | null, onTime: number }>, verificationsByOutcome: Array<{ outcome: VerificationOutcome, count: number }> } };

export type CrewLimitationSheetQueryVariables = Exact<{
  crewId: string | number;
  after?: string | null | undefined;
}>;


export type CrewLimitationSheetQuery = { crews: Array<{ id: string, name: string, leaderName: string }>, crewLimitationOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, folio: string, status: WorkOrderStatus, issuedAt: string, dueAt: string, pausedAt: string | null, availableActions: Array<string>, connection: { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, balance: string | null, periodsOwed: number | null, holder: { fullName: string } | null, locality: { name: string } } | null }> } };

export type DuplicateCandidatesQueryVariables = Exact<{
  input: PossibleDuplicatesInput;
}>;


export type DuplicateCandidatesQuery = { possibleDuplicates: Array<{ reasons: Array<string>, nameSimilarity: number, user: { id: string, fullName: string, curp: string | null, connections: Array<{ controlNumber: string, street: string, exteriorNumber: string | null, locality: { name: string } }> } }> };

export type LocalityOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalityOptionsQuery = { localities: Array<{ id: string, name: string }> };

export type RegisterCatalogsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterCatalogsQuery = { localities: Array<{ id: string, name: string }>, crews: Array<{ id: string, name: string }> };

export type ConnectionChangeErrorsFragment = { serviceConnection: { controlNumber: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type GenerateTransparencyReportMutationVariables = Exact<{
  input: GenerateTransparencyReportInput;
}>;


export type GenerateTransparencyReportMutation = { generateTransparencyReport: { report: { version: number } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type MarkTransparencyReportDeliveredMutationVariables = Exact<{
  input: MarkTransparencyReportDeliveredInput;
}>;


export type MarkTransparencyReportDeliveredMutation = { markTransparencyReportDelivered: { report: { version: number } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type TransparencyMonthDetailQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type TransparencyMonthDetailQuery = { transparencyMonth: { year: number, month: number, delivered: boolean, availableActions: Array<string>, reports: Array<{ id: string, version: number, generatedAt: string, sha256: string, deliveredAt: string | null, availableActions: Array<string>, generatedBy: { fullName: string } | null, deliveredBy: { fullName: string } | null }>, deadline: { dueOn: string, daysLeft: number, businessDaysLeft: number, overdue: boolean } } };

export type SnapshotFiguresQueryVariables = Exact<{
  id: string | number;
}>;


export type SnapshotFiguresQuery = { node:
    | { figures: { complaintsFiled: number, complaintsResolved: number, resolutionMedianHours: number | null, resolutionP90Hours: number | null, reconnectionsCompleted: number, reconnectionMedianHoursAfterPayment: number | null, reconnectionP90HoursAfterPayment: number | null, leakReportsFiled: number, leakReportsAttended: number, leakReportsWithinTarget: number, complaintsByCategory: Array<{ key: string, count: number }>, complaintsByChannel: Array<{ key: string, count: number }>, complaintsByStatus: Array<{ key: string, count: number }>, workOrdersByType: Array<{ type: WorkOrderType, issued: number, completed: number, overdue: number }>, verificationsByOutcome: Array<{ key: string, count: number }>, discounts: Array<{ decision: string, count: number, amount: string }> } }
    | Record<PropertyKey, never>
   | null };

export type LiveFiguresQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type LiveFiguresQuery = { transparencyReport: { complaintsFiled: number, complaintsResolved: number, resolutionMedianHours: number | null, resolutionP90Hours: number | null, reconnectionsCompleted: number, reconnectionMedianHoursAfterPayment: number | null, reconnectionP90HoursAfterPayment: number | null, leakReportsFiled: number, leakReportsAttended: number, leakReportsWithinTarget: number, complaintsByCategory: Array<{ key: string, count: number }>, complaintsByChannel: Array<{ key: string, count: number }>, complaintsByStatus: Array<{ key: string, count: number }>, workOrdersByType: Array<{ type: WorkOrderType, issued: number, completed: number, overdue: number }>, verificationsByOutcome: Array<{ key: string, count: number }>, discounts: Array<{ decision: string, count: number, amount: string }> } };

export type AssignWorkOrderMutationVariables = Exact<{
  input: AssignWorkOrderInput;
}>;


export type AssignWorkOrderMutation = { assignWorkOrder: { workOrder: { id: string, folio: string, status: WorkOrderStatus } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type StartWorkOrderMutationVariables = Exact<{
  input: StartWorkOrderInput;
}>;


export type StartWorkOrderMutation = { startWorkOrder: { workOrder: { id: string, folio: string, status: WorkOrderStatus } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type CompleteWorkOrderMutationVariables = Exact<{
  input: CompleteWorkOrderInput;
}>;


export type CompleteWorkOrderMutation = { completeWorkOrder: { workOrder: { id: string, folio: string, status: WorkOrderStatus } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type CancelWorkOrderMutationVariables = Exact<{
  input: CancelWorkOrderInput;
}>;


export type CancelWorkOrderMutation = { cancelWorkOrder: { workOrder: { id: string, folio: string, status: WorkOrderStatus } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type PauseWorkOrderMutationVariables = Exact<{
  input: PauseWorkOrderInput;
}>;


export type PauseWorkOrderMutation = { pauseWorkOrder: { workOrder: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type ResumeWorkOrderMutationVariables = Exact<{
  input: ResumeWorkOrderInput;
}>;


export type ResumeWorkOrderMutation = { resumeWorkOrder: { workOrder: { id: string, folio: string, dueAt: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type CompleteVerificationMutationVariables = Exact<{
  input: CompleteVerificationInput;
}>;


export type CompleteVerificationMutation = { completeVerification: { workOrder: { id: string, folio: string, status: WorkOrderStatus } | null, followUpOrder: { folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type SearchConnectionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ConnectionFilter | null | undefined;
}>;


export type SearchConnectionsQuery = { serviceConnections: { totalCount: number, totalCountIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, status: ConnectionStatus, balance: string | null, holder: { fullName: string } | null, locality: { name: string } } }> } };

export type ApiClientsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ApiClientsQuery = { apiScopes: Array<{ name: string, description: string }>, apiClients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, description: string, keyPrefix: string, scopes: Array<string>, active: boolean, createdAt: string, rotatedAt: string | null, previousKeyExpiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null }> } };

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type CreateApiClientMutation = { createApiClient: { key: string | null, apiClient: { name: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type RotateApiClientKeyMutationVariables = Exact<{
  input: RotateApiClientKeyInput;
}>;


export type RotateApiClientKeyMutation = { rotateApiClientKey: { key: string | null, apiClient: { name: string, previousKeyExpiresAt: string | null } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type RevokeApiClientMutationVariables = Exact<{
  input: RevokeApiClientInput;
}>;


export type RevokeApiClientMutation = { revokeApiClient: { apiClient: { name: string } | null, userErrors: Array<{ message: string }> } };

export type ClientWebhooksQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientWebhooksQuery = { node:
    | { id: string, name: string, description: string, active: boolean }
    | Record<PropertyKey, never>
   | null, webhookEvents: Array<{ name: string, description: string }>, webhooks: { nodes: Array<{ id: string, url: string, events: Array<string>, createdAt: string, deliveries: { totalCount: number, nodes: Array<{ id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null, replayedAt: string | null, createdAt: string }> } }> } };

export type RegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type RegisterWebhookMutation = { registerWebhook: { secret: string | null, webhook: { url: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type RemoveWebhookMutationVariables = Exact<{
  input: RemoveWebhookInput;
}>;


export type RemoveWebhookMutation = { removeWebhook: { webhook: { url: string } | null, userErrors: Array<{ message: string }> } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  input: ReplayWebhookDeliveryInput;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { delivery: { eventId: string } | null, userErrors: Array<{ message: string }> } };

export type CrewsCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CrewsCatalogQuery = { crews: Array<{ id: string, name: string, leaderName: string, localities: Array<{ id: string, name: string }> }>, localities: Array<{ id: string, name: string }> };

export type SaveCrewMutationVariables = Exact<{
  input: CrewInput;
}>;


export type SaveCrewMutation = { saveCrew: { crew: { name: string } | null, userErrors: Array<{ message: string }> } };

export type HolidaysQueryVariables = Exact<{
  year: number;
}>;


export type HolidaysQuery = { holidays: Array<{ id: string | null, date: string, name: string, kind: HolidayKind, editable: boolean }> };

export type CreateClosureMutationVariables = Exact<{
  input: CreateClosureInput;
}>;


export type CreateClosureMutation = { createClosure: { holiday: { date: string } | null, userErrors: Array<{ message: string }> } };

export type DeleteClosureMutationVariables = Exact<{
  input: DeleteClosureInput;
}>;


export type DeleteClosureMutation = { deleteClosure: { deletedId: string | null, userErrors: Array<{ message: string }> } };

export type LocalitiesCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalitiesCatalogQuery = { localities: Array<{ id: string, name: string, municipality: string }> };

export type SaveLocalityMutationVariables = Exact<{
  input: LocalityInput;
}>;


export type SaveLocalityMutation = { saveLocality: { locality: { name: string } | null, userErrors: Array<{ message: string }> } };

export type ServiceTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceTargetsQuery = { serviceTargets: Array<{ type: WorkOrderType, hours: number | null, businessDays: number | null, escalateToHeadAfterHours: number, escalateToManagerAfterHours: number }> };

export type UpdateServiceTargetMutationVariables = Exact<{
  input: UpdateServiceTargetInput;
}>;


export type UpdateServiceTargetMutation = { updateServiceTarget: { serviceTarget: { type: WorkOrderType } | null, userErrors: Array<{ message: string }> } };

export type SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsQuery = { settings: Array<{ key: string, label: string, value: number, min: number, max: number, integer: boolean }> };

export type UpdateSettingMutationVariables = Exact<{
  input: UpdateSettingInput;
}>;


export type UpdateSettingMutation = { updateSetting: { setting: { label: string } | null, userErrors: Array<{ message: string }> } };

export type StaffListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: StaffFilter | null | undefined;
}>;


export type StaffListQuery = { staffMembers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, username: string, fullName: string, active: boolean, roles: Array<Role> | null, lastLoginAt: string | null, mustChangePassword: boolean | null }> } };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff: { temporaryPassword: string | null, staff: { id: string, username: string, fullName: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type StaffMemberQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffMemberQuery = { staffMember: { id: string, username: string, fullName: string, active: boolean, roles: Array<Role> | null, lastLoginAt: string | null, mustChangePassword: boolean | null, createdAt: string | null, deactivatedAt: string | null } | null };

export type UpdateStaffRolesMutationVariables = Exact<{
  input: UpdateStaffRolesInput;
}>;


export type UpdateStaffRolesMutation = { updateStaffRoles: { staff: { id: string } | null, userErrors: Array<{ message: string }> } };

export type DeactivateStaffMutationVariables = Exact<{
  input: StaffIdInput;
}>;


export type DeactivateStaffMutation = { deactivateStaff: { staff: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ReactivateStaffMutationVariables = Exact<{
  input: StaffIdInput;
}>;


export type ReactivateStaffMutation = { reactivateStaff: { staff: { id: string } | null, userErrors: Array<{ message: string }> } };

export type ResetStaffPasswordMutationVariables = Exact<{
  input: StaffIdInput;
}>;


export type ResetStaffPasswordMutation = { resetStaffPassword: { temporaryPassword: string | null, staff: { fullName: string } | null, userErrors: Array<{ message: string }> } };

export type TariffsCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type TariffsCatalogQuery = { tariffs: Array<{ id: string, connectionType: ConnectionType, validFrom: string, minimumM3: string, minimumCharge: string, inForce: boolean, blocks: Array<{ fromM3: string, toM3: string | null, pricePerM3: string }> }> };

export type SaveTariffMutationVariables = Exact<{
  input: TariffInput;
}>;


export type SaveTariffMutation = { saveTariff: { tariff: { connectionType: ConnectionType, validFrom: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type PendingDiscountsQueryVariables = Exact<{
  first: number;
}>;


export type PendingDiscountsQuery = { discounts: { totalCount: number, nodes: Array<{ id: string, kind: DiscountKind, amount: string | null, volumeM3: string | null, percentage: string | null, period: string | null, reason: string, requestedAt: string, credentialType: DiscountCredentialType | null, availableActions: Array<string>, requestedBy: { fullName: string }, verificationOrder: { folio: string, excessM3: string | null } | null, connection: { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, holder: { fullName: string } | null } }> } };

export type AuthorizeDiscountMutationVariables = Exact<{
  input: DiscountDecisionInput;
}>;


export type AuthorizeDiscountMutation = { authorizeDiscount: { discount: { id: string, status: DiscountStatus } | null, workOrder: { folio: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RejectDiscountMutationVariables = Exact<{
  input: DiscountDecisionInput;
}>;


export type RejectDiscountMutation = { rejectDiscount: { discount: { id: string, status: DiscountStatus } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type BandejaQueryVariables = Exact<{
  filter?: OpenWorkFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type BandejaQuery = { openWork: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, folio: string, type: WorkOrderType, status: WorkOrderStatus, department: Role | null, dueAt: string, escalationLevel: number, pauseReason: string | null, availableActions: Array<string>, dueCountdown: { businessMinutes: number, overdue: boolean, paused: boolean, text: string } | null, assignee: { fullName: string } | null, complaint: { locationText: string | null, locality: { name: string } | null } | null, connection: { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, holder: { fullName: string } | null, locality: { name: string } } | null }> }, mine: { totalCount: number }, department: { totalCount: number }, overdue: { totalCount: number }, escalated: { totalCount: number } };

export type InboxStartWorkOrderMutationVariables = Exact<{
  input: StartWorkOrderInput;
}>;


export type InboxStartWorkOrderMutation = { startWorkOrder: { workOrder: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type InboxResumeWorkOrderMutationVariables = Exact<{
  input: ResumeWorkOrderInput;
}>;


export type InboxResumeWorkOrderMutation = { resumeWorkOrder: { workOrder: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditLogQuery = { auditEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, actorName: string, actorRole: string, action: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string, correlationId: string | null, chainSeq: number | null, hash: string | null }> } };

export type VerifyAuditChainQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { intact: boolean, checkedEntries: number, firstSeq: number | null, lastSeq: number | null, headSeq: number, headHash: string, verifiedAt: string, brokenLink: { seq: number | null, entryId: string | null, problem: AuditChainProblem, expected: string | null, found: string | null } | null } };

export type AuditExportPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditExportPageQuery = { auditEntries: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ previousHash: string | null, id: string, at: string, actorName: string, actorRole: string, action: string, entityType: string, entityId: string, before: unknown, after: unknown, requestId: string, correlationId: string | null, chainSeq: number | null, hash: string | null }> } };

export type CashDeskConnectionQueryVariables = Exact<{
  controlNumber: string;
}>;


export type CashDeskConnectionQuery = { serviceConnection: { id: string, controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, status: ConnectionStatus, balance: string | null, periodsOwed: number | null, holder: { fullName: string } | null, locality: { name: string }, ledger: { nodes: Array<{ id: string, kind: LedgerKind, period: string | null, amount: string, balanceAfter: string, description: string, postedAt: string }> } | null } | null };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { replayed: boolean | null, payment: { id: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type PaymentReceiptQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentReceiptQuery = { ledgerEntry: { id: string, kind: LedgerKind, amount: string, balanceAfter: string, description: string, reference: string | null, paymentMethod: PaymentMethod | null, postedAt: string, postedBy: { fullName: string } | null, connection: { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, holder: { fullName: string } | null, locality: { name: string, municipality: string } } | null } | null };

export type TrackFolioQueryVariables = Exact<{
  input: TrackFolioInput;
}>;


export type TrackFolioQuery = { trackFolio: { folio: string, kind: ComplaintKind, category: ComplaintCategory, status: ComplaintStatus, createdAt: string, resolvedAt: string | null, localityName: string | null, orders: Array<{ folio: string, type: WorkOrderType, status: WorkOrderStatus, issuedAt: string, dueAt: string, completedAt: string | null }> } | null };

export type ChangeOwnPasswordMutationVariables = Exact<{
  input: ChangeOwnPasswordInput;
}>;


export type ChangeOwnPasswordMutation = { changeOwnPassword: { staff: { username: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string | null, expiresAt: string | null, staff: { username: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type DelinquencyPageQueryVariables = Exact<{
  filter?: DelinquencyFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DelinquencyPageQuery = { delinquencyList: { minBalance: string, minPeriodsOwed: number, crews: Array<{ connections: number, totalBalance: string, crew: { id: string, name: string, leaderName: string } | null }>, connections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ connectionId: string, controlNumber: string, holderName: string, address: string, localityName: string, status: ConnectionStatus, balance: string, periodsOwed: number, lastPaymentAt: string | null, crew: { id: string, name: string } | null, openLimitationOrder: { id: string, folio: string } | null }> } }, crews: Array<{ id: string, name: string, leaderName: string }>, localities: Array<{ id: string, name: string }> };

export type IssueLimitationOrdersMutationVariables = Exact<{
  input: IssueLimitationOrdersInput;
}>;


export type IssueLimitationOrdersMutation = { issueLimitationOrders: { orders: Array<{ folio: string }>, skipped: Array<{ message: string }>, userErrors: Array<{ field: string | null, message: string }> } };

export type RecordLimitationResultsMutationVariables = Exact<{
  input: RecordLimitationResultsInput;
}>;


export type RecordLimitationResultsMutation = { recordLimitationResults: { recorded: number, failed: number, results: Array<{ index: number, ok: boolean, workOrder: { folio: string, limitationResult: LimitationResult | null } | null, error: { field: string | null, message: string } | null }>, userErrors: Array<{ field: string | null, message: string }> } };

export type WorkOrderListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: WorkOrderFilter | null | undefined;
}>;


export type WorkOrderListQuery = { workOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, folio: string, type: WorkOrderType, status: WorkOrderStatus, dueAt: string, overdue: boolean, pausedAt: string | null, department: Role | null, assignee: { username: string, fullName: string } | null, complaint: { locationText: string | null } | null, connection: { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, meter: { serialNumber: string } | null, holder: { fullName: string } | null, locality: { name: string } } | null }> } };

export type WorkOrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkOrderDetailQuery = { node:
    | { id: string, folio: string, type: WorkOrderType, status: WorkOrderStatus, department: Role | null, observations: string | null, issuedAt: string, dueAt: string, overdue: boolean, pausedAt: string | null, pauseReason: string | null, pausedBusinessMinutes: number, escalationLevel: number, completedAt: string | null, verificationOutcome: VerificationOutcome | null, excessM3: string | null, limitationResult: LimitationResult | null, resultNotes: string | null, availableActions: Array<string>, assignee: { id: string, fullName: string } | null, complaint: { id: string, folio: string, kind: ComplaintKind, category: ComplaintCategory, description: string, locationText: string | null, street: string | null, locality: { name: string } | null } | null, connection: { balance: string | null, controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, meter: { serialNumber: string, brand: string | null } | null, holder: { fullName: string } | null, locality: { name: string } } | null }
    | Record<PropertyKey, never>
   | null };

export type AssigneesQueryVariables = Exact<{
  role: Role;
}>;


export type AssigneesQuery = { staffMembers: { nodes: Array<{ id: string, fullName: string }> } };

export type RegistryQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistryQueueQuery = { complaints: { totalCount: number, nodes: Array<{ id: string, folio: string, kind: ComplaintKind, category: ComplaintCategory, channel: Channel, description: string, reporterName: string, locationText: string | null, street: string | null, createdAt: string, availableActions: Array<string>, locality: { name: string } | null, connection: { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, holder: { fullName: string } | null, locality: { name: string } } | null }> }, workOrders: { totalCount: number, nodes: Array<{ id: string, folio: string, type: WorkOrderType, status: WorkOrderStatus, dueAt: string, overdue: boolean, observations: string | null, connection: { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, holder: { fullName: string } | null, locality: { name: string } } | null }> } };

export type ForwardLeakReportMutationVariables = Exact<{
  input: ForwardLeakReportInput;
}>;


export type ForwardLeakReportMutation = { forwardLeakReport: { workOrder: { folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type RegisterImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterImportsQuery = { registerImports: { nodes: Array<{ id: string, fileName: string, format: string, apply: boolean, status: string, uploaded: boolean, dryRunId: string | null, totalRows: number | null, checkpointRow: number, accepted: number, warnings: number, rejected: number, created: number, updated: number, unchanged: number, startedAt: string, finishedAt: string | null }> } };

export type RegisterImportRunQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisterImportRunQuery = { registerImport: { id: string, fileName: string, format: string, apply: boolean, status: string, uploaded: boolean, dryRunId: string | null, error: string | null, totalRows: number | null, checkpointRow: number, accepted: number, warnings: number, rejected: number, created: number, updated: number, unchanged: number, rowsPerSecond: number | null, etaSeconds: number | null, startedAt: string, finishedAt: string | null, issues: { totalCount: number, nodes: Array<{ rowNumber: number, severity: string, field: string | null, message: string }> } } | null, registerImports: { nodes: Array<{ id: string, apply: boolean, dryRunId: string | null, status: string }> } };

export type ApplyRegisterImportMutationVariables = Exact<{
  id: string | number;
}>;


export type ApplyRegisterImportMutation = { applyRegisterImport: { registerImport: { id: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RegisterImportReportQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RegisterImportReportQuery = { registerImport: { fileName: string, checkpointRow: number, issues: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ rowNumber: number, severity: string, field: string | null, message: string }> } } | null };

export type RegisterConnectionQueryVariables = Exact<{
  controlNumber: string;
}>;


export type RegisterConnectionQuery = { serviceConnection: { id: string, controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, type: ConnectionType, status: ConnectionStatus, specialKind: SpecialUserKind | null, crewId: string | null, latitude: number | null, longitude: number | null, cancelledAt: string | null, locality: { id: string, name: string }, holder: { id: string, fullName: string } | null } | null };

export type HolderCandidatesQueryVariables = Exact<{
  search: string;
}>;


export type HolderCandidatesQuery = { users: { nodes: Array<{ id: string, fullName: string, curp: string | null }> } };

export type UpdateServiceConnectionMutationVariables = Exact<{
  input: UpdateServiceConnectionInput;
}>;


export type UpdateServiceConnectionMutation = { updateServiceConnection: { serviceConnection: { controlNumber: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type TransferServiceConnectionMutationVariables = Exact<{
  input: TransferServiceConnectionInput;
}>;


export type TransferServiceConnectionMutation = { transferServiceConnection: { serviceConnection: { controlNumber: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type CancelServiceConnectionMutationVariables = Exact<{
  input: CancelServiceConnectionInput;
}>;


export type CancelServiceConnectionMutation = { cancelServiceConnection: { serviceConnection: { controlNumber: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type NewConnectionHolderQueryVariables = Exact<{
  id: string | number;
}>;


export type NewConnectionHolderQuery = { user: { id: string, fullName: string, mergedAt: string | null } | null };

export type CreateServiceConnectionMutationVariables = Exact<{
  input: CreateServiceConnectionInput;
}>;


export type CreateServiceConnectionMutation = { createServiceConnection: { serviceConnection: { controlNumber: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RegisterUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type RegisterUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, fullName: string, curp: string | null, phone: string | null, connections: Array<{ controlNumber: string, status: ConnectionStatus }> }> } };

export type RegisterUserQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisterUserQuery = { user: { id: string, fullName: string, curp: string | null, phone: string | null, email: string | null, postalAddress: string | null, discountCredentialType: DiscountCredentialType | null, discountCredential: string | null, mergedAt: string | null, mergedInto: { id: string, fullName: string } | null, connections: Array<{ controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, type: ConnectionType, status: ConnectionStatus, locality: { name: string } }> } | null };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { user: { id: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type MergeUsersMutationVariables = Exact<{
  input: MergeUsersInput;
}>;


export type MergeUsersMutation = { mergeUsers: { movedConnections: number | null, merged: { fullName: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, fullName: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type PendingWorkListQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingWorkListQuery = { pendingWork: { totalCount: number, items: Array<{ kind: string, subjectId: string, folio: string, title: string, orderType: WorkOrderType | null, dueAt: string, overdue: boolean, escalationLevel: number, paused: boolean, workOrder: { department: Role | null, dueCountdown: { text: string } | null, assignee: { fullName: string } | null } | null }> } };

export type ComplaintDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintDetailQuery = { node:
    | { id: string, folio: string, kind: ComplaintKind, category: ComplaintCategory, channel: Channel, status: ComplaintStatus, description: string, reporterName: string, createdAt: string, resolvedAt: string | null, resolution: string | null, locationText: string | null, street: string | null, availableActions: Array<string>, pausedAt: string | null, pauseReason: string | null, pausedBusinessMinutes: number, locality: { name: string } | null, duplicateOf: { id: string, folio: string } | null, connection: { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, holder: { fullName: string } | null, locality: { name: string } } | null, workOrders: Array<{ verificationOutcome: VerificationOutcome | null, excessM3: string | null, resultNotes: string | null, completedAt: string | null, id: string, folio: string, type: WorkOrderType, status: WorkOrderStatus, department: Role | null, dueAt: string, overdue: boolean, assignee: { fullName: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type LeakLocalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LeakLocalitiesQuery = { localities: Array<{ id: string, name: string }> };

export type NearbyLeaksQueryVariables = Exact<{
  place: LeakPlaceInput;
}>;


export type NearbyLeaksQuery = { nearbyLeakReports: Array<{ id: string, folio: string, status: ComplaintStatus, category: ComplaintCategory, locationText: string | null, street: string | null, createdAt: string }> };

export type FileLeakMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileLeakMutation = { fileComplaint: { complaint: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type LeakWorkQueryVariables = Exact<{
  open?: boolean | null | undefined;
}>;


export type LeakWorkQuery = { workOrders: { totalCount: number, nodes: Array<{ id: string, folio: string, type: WorkOrderType, status: WorkOrderStatus, dueAt: string, overdue: boolean, observations: string | null, complaint: { locationText: string | null, street: string | null, locality: { name: string } | null } | null, connection: { controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, holder: { fullName: string } | null, locality: { name: string } } | null }> } };

export type InformationRequestListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: InformationRequestFilter | null | undefined;
}>;


export type InformationRequestListQuery = { informationRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, folio: string, receivedAt: string, requesterName: string | null, subject: string, responsibleArea: string, status: InformationRequestStatus, deadline: { dueOn: string, daysLeft: number, businessDaysLeft: number, overdue: boolean } }> } };

export type InformationRequestDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InformationRequestDetailQuery = { node:
    | { id: string, folio: string, receivedAt: string, channel: InformationRequestChannel, requesterName: string | null, subject: string, responsibleArea: string, status: InformationRequestStatus, dueAt: string, originalDueAt: string, extendedAt: string | null, extensionReason: string | null, response: string | null, declineReason: string | null, respondedAt: string | null, availableActions: Array<string>, deadline: { dueOn: string, daysLeft: number, businessDaysLeft: number, overdue: boolean } }
    | Record<PropertyKey, never>
   | null };

export type StartInformationRequestMutationVariables = Exact<{
  input: StartInformationRequestInput;
}>;


export type StartInformationRequestMutation = { startInformationRequest: { informationRequest: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type ExtendInformationRequestMutationVariables = Exact<{
  input: ExtendInformationRequestInput;
}>;


export type ExtendInformationRequestMutation = { extendInformationRequest: { informationRequest: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type AnswerInformationRequestMutationVariables = Exact<{
  input: AnswerInformationRequestInput;
}>;


export type AnswerInformationRequestMutation = { answerInformationRequest: { informationRequest: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type DeclineInformationRequestMutationVariables = Exact<{
  input: DeclineInformationRequestInput;
}>;


export type DeclineInformationRequestMutation = { declineInformationRequest: { informationRequest: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type ReceiveInformationRequestMutationVariables = Exact<{
  input: ReceiveInformationRequestInput;
}>;


export type ReceiveInformationRequestMutation = { receiveInformationRequest: { informationRequest: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type ConnectionCardQueryVariables = Exact<{
  controlNumber: string;
  historyFirst: number;
}>;


export type ConnectionCardQuery = { serviceConnection: { id: string, controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, type: ConnectionType, status: ConnectionStatus, specialKind: SpecialUserKind | null, cancelledAt: string | null, balance: string | null, periodsOwed: number | null, holder: { fullName: string, curp: string | null, phone: string | null, email: string | null } | null, locality: { name: string, municipality: string }, meter: { serialNumber: string, brand: string | null, installedAt: string, lastReadingM3: string } | null, meters: Array<{ serialNumber: string, brand: string | null, installedAt: string, removedAt: string | null, lastReadingM3: string }>, openComplaints: Array<{ id: string, folio: string, kind: ComplaintKind, category: ComplaintCategory, status: ComplaintStatus, createdAt: string, availableActions: Array<string> }>, openWorkOrders: Array<{ id: string, folio: string, type: WorkOrderType, status: WorkOrderStatus, department: Role | null, dueAt: string, overdue: boolean, assignee: { fullName: string } | null }>, history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, type: HistoryEventType, summary: string, notes: string | null, occurredAt: string, actor: { fullName: string } | null }> } | null } | null };

export type MoreHistoryQueryVariables = Exact<{
  controlNumber: string;
  first: number;
  after?: string | null | undefined;
}>;


export type MoreHistoryQuery = { serviceConnection: { history: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, type: HistoryEventType, summary: string, notes: string | null, occurredAt: string, actor: { fullName: string } | null }> } | null } | null };

export type AdjustmentFormQueryVariables = Exact<{
  controlNumber: string;
}>;


export type AdjustmentFormQuery = { serviceConnection: { id: string, controlNumber: string, type: ConnectionType, holder: { fullName: string } | null, consumption: Array<{ period: string, consumptionM3: string }> | null, adjustableVerifications: Array<{ verifiedM3: string, remainingM3: string, workOrder: { id: string, folio: string } }> } | null };

export type QuoteAdjustmentQueryVariables = Exact<{
  input: MeterAdjustmentQuoteInput;
}>;


export type QuoteAdjustmentQuery = { meterAdjustmentQuote: { quote: { volumeM3: string, period: string, billedM3: string, verifiedExcessM3: string, remainingM3: string, chargeBefore: string, chargeAfter: string, amount: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RequestAdjustmentMutationVariables = Exact<{
  input: RequestDiscountInput;
}>;


export type RequestAdjustmentMutation = { requestDiscount: { discount: { id: string, amount: string | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SocialDiscountFormQueryVariables = Exact<{
  controlNumber: string;
}>;


export type SocialDiscountFormQuery = { serviceConnection: { id: string, controlNumber: string, holder: { fullName: string } | null } | null, settings: Array<{ key: string, value: number }> };

export type RequestSocialDiscountMutationVariables = Exact<{
  input: RequestSocialDiscountInput;
}>;


export type RequestSocialDiscountMutation = { requestSocialDiscount: { discount: { id: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ComplaintTargetQueryVariables = Exact<{
  controlNumber: string;
}>;


export type ComplaintTargetQuery = { serviceConnection: { id: string, controlNumber: string, street: string, exteriorNumber: string | null, neighborhood: string | null, holder: { fullName: string } | null, locality: { name: string } } | null };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint: { complaint: { id: string, folio: string } | null, userErrors: Array<{ field: string | null, message: string }> } };

export type TransparencyMonthsQueryVariables = Exact<{
  count: number;
}>;


export type TransparencyMonthsQuery = { transparencyMonths: Array<{ year: number, month: number, delivered: boolean, availableActions: Array<string>, reports: Array<{ id: string, version: number, generatedAt: string, sha256: string, deliveredAt: string | null, availableActions: Array<string>, generatedBy: { fullName: string } | null, deliveredBy: { fullName: string } | null }>, deadline: { dueOn: string, daysLeft: number, businessDaysLeft: number, overdue: boolean } }> };

export const ConnectionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConnectionSummaryFragment, unknown>;
export const HistoryPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<HistoryPageFragment, unknown>;
export const OrderSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<OrderSummaryFragment, unknown>;
export const TransparencySnapshotSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencySnapshotSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<TransparencySnapshotSummaryFragment, unknown>;
export const TransparencyFiguresAllFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencyFiguresAll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsResolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMedianHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionP90Hours"}},{"kind":"Field","name":{"kind":"Name","value":"workOrdersByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationsByOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconnectionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectionMedianHoursAfterPayment"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectionP90HoursAfterPayment"}},{"kind":"Field","name":{"kind":"Name","value":"leakReportsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"leakReportsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"leakReportsWithinTarget"}}]}}]} as unknown as DocumentNode<TransparencyFiguresAllFragment, unknown>;
export const AuditEntryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]} as unknown as DocumentNode<AuditEntryRowFragment, unknown>;
export const DeadlineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<DeadlineFieldsFragment, unknown>;
export const TransparencyMonthStatusFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencyMonthStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyMonth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<TransparencyMonthStatusFragment, unknown>;
export const InformationRequestChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<InformationRequestChangeFragment, unknown>;
export const TransparencyReportChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencyReportChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyReportPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TransparencyReportChangeFragment, unknown>;
export const ConnectionChangeErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionChangeErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ConnectionChangeErrorsFragment, unknown>;
export const MeDocument = {"__meta__":{"hash":"sha256:99085e7df7350e05fef656ef970f9e4577561eb2f0b1c9bfcbb1c030e8290ed7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPermissions"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RequestReconnectionDocument = {"__meta__":{"hash":"sha256:045fa8fe0a056baf9e2662c4f24aaa06f30f682e4bc789fb2fa925e3833fa57e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReconnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReconnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReconnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestReconnectionMutation, RequestReconnectionMutationVariables>;
export const RecordAdviceDocument = {"__meta__":{"hash":"sha256:a47cf8cc959b638b9e5fbb9a8cdf4af9064b6fa85ee78794bb4f3c5d2b294a07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAdvice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAdviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAdvice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAdviceMutation, RecordAdviceMutationVariables>;
export const PauseComplaintDocument = {"__meta__":{"hash":"sha256:07a1375cdb0770759954d0e15c993aabb8bc2ea193235810273ecb3f54163b49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PauseComplaintMutation, PauseComplaintMutationVariables>;
export const ResumeComplaintDocument = {"__meta__":{"hash":"sha256:cb1e73a4cae03fd157e32f4e7bdb7947545ff414f6a40d25728bbee25c133329"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeComplaintMutation, ResumeComplaintMutationVariables>;
export const ConnectionMoneyDocument = {"__meta__":{"hash":"sha256:88b00413b27ec113d29376a216bf63a6100613858c2543b534b3994ddde5f061"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controlNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionM3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustableVerifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedM3"}},{"kind":"Field","name":{"kind":"Name","value":"remainingM3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"volumeM3"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionMoneyQuery, ConnectionMoneyQueryVariables>;
export const TableroDocument = {"__meta__":{"hash":"sha256:84ff779fa13f48c13fb4623765ef4252b028760ae55d65e9aa3b7894617019fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tablero"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToHead"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToManager"}},{"kind":"Field","name":{"kind":"Name","value":"byAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"openByTypeAndDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByCategoryAndChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsResolved"}},{"kind":"Field","name":{"kind":"Name","value":"complaintResolutionMedianHours"}},{"kind":"Field","name":{"kind":"Name","value":"ordersCompletedByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"medianHours"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationsByOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<TableroQuery, TableroQueryVariables>;
export const CrewLimitationSheetDocument = {"__meta__":{"hash":"sha256:58d03c81ea0cd12eabda95003319a13c105fe67fc5062cdae96f063cb073afe6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrewLimitationSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crewLimitationOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"periodsOwed"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrewLimitationSheetQuery, CrewLimitationSheetQueryVariables>;
export const DuplicateCandidatesDocument = {"__meta__":{"hash":"sha256:2d8aecc03e75b674f3cdc8072ecfa8178f9a2cb26a1147f9169083d7038bd0de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PossibleDuplicatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"nameSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"curp"}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const LocalityOptionsDocument = {"__meta__":{"hash":"sha256:81bb812f2d82614e9b9db52fbff81740a777d4466572d752ea758a33c1a1e2e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalityOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LocalityOptionsQuery, LocalityOptionsQueryVariables>;
export const RegisterCatalogsDocument = {"__meta__":{"hash":"sha256:cce039de9bc299db1c91e944a790e1577b0c6a9a5aea8970dbedfdf09a3216be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterCatalogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterCatalogsQuery, RegisterCatalogsQueryVariables>;
export const GenerateTransparencyReportDocument = {"__meta__":{"hash":"sha256:a5086d56768752336c52a2c7d7f217e1f205ed3106588ffc469afdd956ce4966"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateTransparencyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateTransparencyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateTransparencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransparencyReportChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencyReportChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyReportPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<GenerateTransparencyReportMutation, GenerateTransparencyReportMutationVariables>;
export const MarkTransparencyReportDeliveredDocument = {"__meta__":{"hash":"sha256:2e1a65cf935d2420639d50666f61de65a90ed6fba6dceca336958544e97398d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTransparencyReportDelivered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkTransparencyReportDeliveredInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTransparencyReportDelivered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransparencyReportChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencyReportChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyReportPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MarkTransparencyReportDeliveredMutation, MarkTransparencyReportDeliveredMutationVariables>;
export const TransparencyMonthDetailDocument = {"__meta__":{"hash":"sha256:0a44e48f91be3e56b08f55c2c94e5fab82029ff605e8365683b88291ffff4440"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransparencyMonthDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transparencyMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransparencyMonthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransparencySnapshotSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencyMonthStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyMonth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencySnapshotSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<TransparencyMonthDetailQuery, TransparencyMonthDetailQueryVariables>;
export const SnapshotFiguresDocument = {"__meta__":{"hash":"sha256:454be2d4d380742367bc4a52d36fb7413cc6da2c3f2a699c2e57549e001ff297"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SnapshotFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransparencyFiguresAll"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencyFiguresAll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsResolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMedianHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionP90Hours"}},{"kind":"Field","name":{"kind":"Name","value":"workOrdersByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationsByOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconnectionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectionMedianHoursAfterPayment"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectionP90HoursAfterPayment"}},{"kind":"Field","name":{"kind":"Name","value":"leakReportsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"leakReportsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"leakReportsWithinTarget"}}]}}]} as unknown as DocumentNode<SnapshotFiguresQuery, SnapshotFiguresQueryVariables>;
export const LiveFiguresDocument = {"__meta__":{"hash":"sha256:26f26c1405d6d5486793ddfad335f9227ce15d2c79e5ed5b090857a4f2f9f3a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transparencyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransparencyFiguresAll"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencyFiguresAll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintsResolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMedianHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionP90Hours"}},{"kind":"Field","name":{"kind":"Name","value":"workOrdersByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationsByOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconnectionsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectionMedianHoursAfterPayment"}},{"kind":"Field","name":{"kind":"Name","value":"reconnectionP90HoursAfterPayment"}},{"kind":"Field","name":{"kind":"Name","value":"leakReportsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"leakReportsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"leakReportsWithinTarget"}}]}}]} as unknown as DocumentNode<LiveFiguresQuery, LiveFiguresQueryVariables>;
export const AssignWorkOrderDocument = {"__meta__":{"hash":"sha256:337b4c9e6e4d6fb40a2784fbdbc1ed8e7ad806a056b438b970814aa33421f117"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignWorkOrderMutation, AssignWorkOrderMutationVariables>;
export const StartWorkOrderDocument = {"__meta__":{"hash":"sha256:29506754ca5d273325bb602ebd057f9eaac838eb9f384308ad143670ad29b7ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartWorkOrderMutation, StartWorkOrderMutationVariables>;
export const CompleteWorkOrderDocument = {"__meta__":{"hash":"sha256:3cc11991366db367bcf7198f731e659c37ead95761094d86669154fb53fb12be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteWorkOrderMutation, CompleteWorkOrderMutationVariables>;
export const CancelWorkOrderDocument = {"__meta__":{"hash":"sha256:91f434d1f19e9ca897da78c7f753bbf41e99dc3f6f1fa6224be25bafb719edc8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelWorkOrderMutation, CancelWorkOrderMutationVariables>;
export const PauseWorkOrderDocument = {"__meta__":{"hash":"sha256:616b3585256a5390c8267197f1914582b7e211e75b75d67355c7a145317d9030"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PauseWorkOrderMutation, PauseWorkOrderMutationVariables>;
export const ResumeWorkOrderDocument = {"__meta__":{"hash":"sha256:356a0cbb3f9c968ab4f86623f5db87fa7b430b6080291d0d1548ef508278dc59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeWorkOrderMutation, ResumeWorkOrderMutationVariables>;
export const CompleteVerificationDocument = {"__meta__":{"hash":"sha256:f164c5b5e319a62354d31178f2be3f096ffdd113a9ffcf177809d3ac62f4b5ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteVerificationMutation, CompleteVerificationMutationVariables>;
export const SearchConnectionsDocument = {"__meta__":{"hash":"sha256:1e325fad63034081cc226ee054d9e3f306bd584fad30775caeba90dfb553c558"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchConnections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchConnectionsQuery, SearchConnectionsQueryVariables>;
export const ApiClientsDocument = {"__meta__":{"hash":"sha256:0a86043620e2f98596149a8d523610de0893c410a1a24388f57a4aa984744943"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousKeyExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiClientsQuery, ApiClientsQueryVariables>;
export const CreateApiClientDocument = {"__meta__":{"hash":"sha256:3d997a2094182020b5d5b4e66d0f9afd487d0b0bea75132fc7e1c1eb4786609a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const RotateApiClientKeyDocument = {"__meta__":{"hash":"sha256:812a2a4712335eb2d402cdcfb3e63b1603c8c69f3c4c025e7308a06064d72740"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiClientKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateApiClientKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiClientKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"previousKeyExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RotateApiClientKeyMutation, RotateApiClientKeyMutationVariables>;
export const RevokeApiClientDocument = {"__meta__":{"hash":"sha256:0982ac13e5eee3c199cd54636a94d630056ae27b9ac90de2140f0a2e20c32900"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const ClientWebhooksDocument = {"__meta__":{"hash":"sha256:d44e0320055fa9a66417d3787f7fb8c90f0802a80ce25c47d71fb9356d530641"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientWebhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"apiClientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"replayedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientWebhooksQuery, ClientWebhooksQueryVariables>;
export const RegisterWebhookDocument = {"__meta__":{"hash":"sha256:e01cf6f9be029d9e0519c5bde75c6ed3a747b70a9e715049785580269147e604"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWebhookMutation, RegisterWebhookMutationVariables>;
export const RemoveWebhookDocument = {"__meta__":{"hash":"sha256:4da82ed1a207143c05cb299ec9a99a7c42b26bd70ebfe94720df2ff020c59698"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveWebhookMutation, RemoveWebhookMutationVariables>;
export const ReplayWebhookDeliveryDocument = {"__meta__":{"hash":"sha256:a2c7bf15c58639071012c9c8b48bff2fb3d066275a84bd89d5d81cbda9e9c7bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayWebhookDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const CrewsCatalogDocument = {"__meta__":{"hash":"sha256:f261fb6e373dda8bc65ef264374021ce2c43bd38e0accdd3c6cb4d4561268836"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrewsCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"localities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CrewsCatalogQuery, CrewsCatalogQueryVariables>;
export const SaveCrewDocument = {"__meta__":{"hash":"sha256:dd14a0a78c01cfc0762a10d3be8d0678c2d903371824afdbdbdeb148cc3bec65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCrew"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCrew"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveCrewMutation, SaveCrewMutationVariables>;
export const HolidaysDocument = {"__meta__":{"hash":"sha256:39e97b18505b4be62a82f9b52641f85f810688641611161b0c671b6149894583"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Holidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]}}]} as unknown as DocumentNode<HolidaysQuery, HolidaysQueryVariables>;
export const CreateClosureDocument = {"__meta__":{"hash":"sha256:29d9145c9ef105a5d2daeafc7b194d0eb9958d5ce864091b20fff8a31c7bdae2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateClosureMutation, CreateClosureMutationVariables>;
export const DeleteClosureDocument = {"__meta__":{"hash":"sha256:1b511cf840383c6d886ad6d24af06efd3c608ec6ace98cb2b286311f9a06f7d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteClosureMutation, DeleteClosureMutationVariables>;
export const LocalitiesCatalogDocument = {"__meta__":{"hash":"sha256:00d755b71603c98429599a4ccc631fc37df5a6237b6cc33e1e9e9bf401469210"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalitiesCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}}]}}]} as unknown as DocumentNode<LocalitiesCatalogQuery, LocalitiesCatalogQueryVariables>;
export const SaveLocalityDocument = {"__meta__":{"hash":"sha256:ba9b5ff123a9847da467c5a8c5333deae8f3dbfa260e08e7a9c7de7e0b286429"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLocality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveLocality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveLocalityMutation, SaveLocalityMutationVariables>;
export const ServiceTargetsDocument = {"__meta__":{"hash":"sha256:e9e97c2bcc08589e14cf017317908dbdad636316e7108993f7fdc995d2ea746d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"businessDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalateToHeadAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"escalateToManagerAfterHours"}}]}}]}}]} as unknown as DocumentNode<ServiceTargetsQuery, ServiceTargetsQueryVariables>;
export const UpdateServiceTargetDocument = {"__meta__":{"hash":"sha256:6d24c9e28daf5ea4cb5f40969c2e1960461a0fe009a36d99bf3802cac5554cf7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateServiceTargetMutation, UpdateServiceTargetMutationVariables>;
export const SettingsDocument = {"__meta__":{"hash":"sha256:24e2fef9eace56fc629fc57c611488d54322c2dc3509a9d81b649a6dedfe0d10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}}]}}]}}]} as unknown as DocumentNode<SettingsQuery, SettingsQueryVariables>;
export const UpdateSettingDocument = {"__meta__":{"hash":"sha256:cc0ae0b9229479f58c4b98765deb9f4d8f93a79f432bbb67bb1d398ed4de2326"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSetting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSettingMutation, UpdateSettingMutationVariables>;
export const StaffListDocument = {"__meta__":{"hash":"sha256:cf756f1ce34f6fdee336330d95fc85beb722b42e1adeba39bc49607d826c92e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<StaffListQuery, StaffListQueryVariables>;
export const CreateStaffDocument = {"__meta__":{"hash":"sha256:a4605a86f48fecabd9a01a46b42506c684021ed1236d12e001539d185c568c5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;
export const StaffMemberDocument = {"__meta__":{"hash":"sha256:2af12c7002b8ad463488cc83fbbc5ba7c21af64c2c8fdd591d55c3f8600a7414"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]} as unknown as DocumentNode<StaffMemberQuery, StaffMemberQueryVariables>;
export const UpdateStaffRolesDocument = {"__meta__":{"hash":"sha256:e2581dbbbe3ebbba88cc4e18bc64b6c86abe61608572eba2f5b21ab3778aedff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaffRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStaffRolesMutation, UpdateStaffRolesMutationVariables>;
export const DeactivateStaffDocument = {"__meta__":{"hash":"sha256:92f15b29b8065c3ce8b9431de5ad18318eafed2ecfb148e33bbe5df230063488"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateStaffMutation, DeactivateStaffMutationVariables>;
export const ReactivateStaffDocument = {"__meta__":{"hash":"sha256:1c98a7a82314c412e762d72194b866c335b963611e71037b4e571975a2cc78c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReactivateStaffMutation, ReactivateStaffMutationVariables>;
export const ResetStaffPasswordDocument = {"__meta__":{"hash":"sha256:93fe201d338d773127a52fd481f2381e5115eba2e11069d9097b61b950c14a9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const TariffsCatalogDocument = {"__meta__":{"hash":"sha256:7cebdcafb6659259d9adcc04c0ffe9faa6d064869695dbde26822e06f1b9ec25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TariffsCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectionType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minimumM3"}},{"kind":"Field","name":{"kind":"Name","value":"minimumCharge"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromM3"}},{"kind":"Field","name":{"kind":"Name","value":"toM3"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerM3"}}]}}]}}]}}]} as unknown as DocumentNode<TariffsCatalogQuery, TariffsCatalogQueryVariables>;
export const SaveTariffDocument = {"__meta__":{"hash":"sha256:6f75ac76fea9ef98536d3d90af7abaa1decc744cbc3cfc1ba10215f6c6acb9b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveTariffMutation, SaveTariffMutationVariables>;
export const PendingDiscountsDocument = {"__meta__":{"hash":"sha256:edcbf7e253cd66b78ef30557d104b0a6e5f620b80bf33dc86015a9a1be3ff81c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingDiscounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"volumeM3"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"credentialType"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"excessM3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingDiscountsQuery, PendingDiscountsQueryVariables>;
export const AuthorizeDiscountDocument = {"__meta__":{"hash":"sha256:fb650a3427227e713411b08e14c233699242dc7739bc451472def59d6447cc0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizeDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizeDiscountMutation, AuthorizeDiscountMutationVariables>;
export const RejectDiscountDocument = {"__meta__":{"hash":"sha256:265632bd67f7b7d97abc801c4da6be134777c8407dbb95bef6460e18d8d62e71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RejectDiscountMutation, RejectDiscountMutationVariables>;
export const BandejaDocument = {"__meta__":{"hash":"sha256:f54d1eb334d693c49acc06ce387bea33cf0e432484150751cde1adc939004e41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bandeja"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenWorkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"dueCountdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationText"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummary"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"openWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"department"},"name":{"kind":"Name","value":"openWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"myDepartment"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"openWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"myDepartment"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"escalated"},"name":{"kind":"Name","value":"openWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"myDepartment"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"escalated"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BandejaQuery, BandejaQueryVariables>;
export const InboxStartWorkOrderDocument = {"__meta__":{"hash":"sha256:391cd16a9d54b500ef3109a0c1cb4d397de6f5ce24734befcc1fb57bd2a9e192"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxStartWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InboxStartWorkOrderMutation, InboxStartWorkOrderMutationVariables>;
export const InboxResumeWorkOrderDocument = {"__meta__":{"hash":"sha256:8eec675dfac7ecc70921eb8c3609377bc1a68de04812d7c291fd707c8e647676"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxResumeWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InboxResumeWorkOrderMutation, InboxResumeWorkOrderMutationVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:0fd8881ab8f3e00a605dee2c6102cb6ea365a99d5095048eb05f929a42336ce1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const VerifyAuditChainDocument = {"__meta__":{"hash":"sha256:7ebee73536a24a0f8620f120cf2c30f5171376384242a03507e0069c81a99039"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"checkedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"brokenLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"found"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const AuditExportPageDocument = {"__meta__":{"hash":"sha256:222fb1cf91b245ee74afb0c9565a4589a6b44dcb9c25ca409144a95a12d17f49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditExportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryRow"}},{"kind":"Field","name":{"kind":"Name","value":"previousHash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]} as unknown as DocumentNode<AuditExportPageQuery, AuditExportPageQueryVariables>;
export const CashDeskConnectionDocument = {"__meta__":{"hash":"sha256:fad03144c819e4e06c809a11bba44c1659f88dcf89616dc190d785fa16d39075"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CashDeskConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controlNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"periodsOwed"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CashDeskConnectionQuery, CashDeskConnectionQueryVariables>;
export const RecordPaymentDocument = {"__meta__":{"hash":"sha256:d8c2400d100894ce37cacb2703421c353b879d09581fa4f73cdd86d53d854d8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const PaymentReceiptDocument = {"__meta__":{"hash":"sha256:c7f76f66b04b3e36f673c12c539a83c57d604bba5f0175782f16415974e5e109"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"postedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentReceiptQuery, PaymentReceiptQueryVariables>;
export const TrackFolioDocument = {"__meta__":{"hash":"sha256:f72e2ce407a9535b184d8be9077f2765135f020868551f1bc5b3e4ede61a8c88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackFolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrackFolioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackFolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"localityName"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TrackFolioQuery, TrackFolioQueryVariables>;
export const ChangeOwnPasswordDocument = {"__meta__":{"hash":"sha256:2417beb495f8e889ed0a9691a0dd2492b35536a8ff51b51858e7f489ef482116"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOwnPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOwnPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOwnPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:ad581ea3905050429140b39547cea74e94684e131cf53b6b91bb486dc8d4651a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const DelinquencyPageDocument = {"__meta__":{"hash":"sha256:00d551a706e9dea4119880ac29b323a400582a258147774458956bf1be0878c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelinquencyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DelinquencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delinquencyList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minBalance"}},{"kind":"Field","name":{"kind":"Name","value":"minPeriodsOwed"}},{"kind":"Field","name":{"kind":"Name","value":"crews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"}},{"kind":"Field","name":{"kind":"Name","value":"totalBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"localityName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"periodsOwed"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaymentAt"}},{"kind":"Field","name":{"kind":"Name","value":"crew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openLimitationOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DelinquencyPageQuery, DelinquencyPageQueryVariables>;
export const IssueLimitationOrdersDocument = {"__meta__":{"hash":"sha256:3d95d9d019537ceb2852c27ae28847f3f2b77b816f2a427f2d5d9c555e11426e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueLimitationOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueLimitationOrdersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueLimitationOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IssueLimitationOrdersMutation, IssueLimitationOrdersMutationVariables>;
export const RecordLimitationResultsDocument = {"__meta__":{"hash":"sha256:ae9550e562c66d8d827f43d247148114f67fd7fb61315524eea0afc8a532e2cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLimitationResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLimitationResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLimitationResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"limitationResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLimitationResultsMutation, RecordLimitationResultsMutationVariables>;
export const WorkOrderListDocument = {"__meta__":{"hash":"sha256:aaa0f0d8222e998ed674b13e28982938b8941f2a8ccd3e6dd58c50ed47ecd915"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"meter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkOrderListQuery, WorkOrderListQueryVariables>;
export const WorkOrderDetailDocument = {"__meta__":{"hash":"sha256:1ad311df9ba6f58b2d6bf88024b3a525073c6daeea92731ad1b2868e58f1744b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedBusinessMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"excessM3"}},{"kind":"Field","name":{"kind":"Name","value":"limitationResult"}},{"kind":"Field","name":{"kind":"Name","value":"resultNotes"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"locationText"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"meter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkOrderDetailQuery, WorkOrderDetailQueryVariables>;
export const AssigneesDocument = {"__meta__":{"hash":"sha256:2a1c86ebebb07ca4097a884bf048666db1b1609b9158c0ae68a341b99242ca00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assignees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AssigneesQuery, AssigneesQueryVariables>;
export const RegistryQueueDocument = {"__meta__":{"hash":"sha256:eb507045d5bd256a4985a23a101005a151e6b64db603ba5f0c303617852b96fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"categories"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"WATER_LEAK"},{"kind":"EnumValue","value":"SEWER_LEAK"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"locationText"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"METER_REPLACEMENT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegistryQueueQuery, RegistryQueueQueryVariables>;
export const ForwardLeakReportDocument = {"__meta__":{"hash":"sha256:17a2eb15d205353c4758873e3a485272340cc95905599cdcefe03e67f002b822"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardLeakReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForwardLeakReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardLeakReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ForwardLeakReportMutation, ForwardLeakReportMutationVariables>;
export const RegisterImportsDocument = {"__meta__":{"hash":"sha256:b96f7fb221a0a9efb7d7fea7d876e71797385b1f989819fe3c106a62ca1a0727"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"apply"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"uploaded"}},{"kind":"Field","name":{"kind":"Name","value":"dryRunId"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointRow"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterImportsQuery, RegisterImportsQueryVariables>;
export const RegisterImportRunDocument = {"__meta__":{"hash":"sha256:971e10826d8094e0b653d2bf69cc37e92062d35aa652a4d4a7a8b83affbe6952"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterImportRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"apply"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"uploaded"}},{"kind":"Field","name":{"kind":"Name","value":"dryRunId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointRow"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registerImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apply"}},{"kind":"Field","name":{"kind":"Name","value":"dryRunId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterImportRunQuery, RegisterImportRunQueryVariables>;
export const ApplyRegisterImportDocument = {"__meta__":{"hash":"sha256:e7bf0340edea481a1025c64ef48710dfdda95818cd7ec9823c846b4bb997721d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyRegisterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyRegisterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyRegisterImportMutation, ApplyRegisterImportMutationVariables>;
export const RegisterImportReportDocument = {"__meta__":{"hash":"sha256:c3399aca1ea42f8fb2c72989a0575e996fe0586388043e8d21505c98bfca74c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterImportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointRow"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterImportReportQuery, RegisterImportReportQueryVariables>;
export const RegisterConnectionDocument = {"__meta__":{"hash":"sha256:44dcc27b54a7e9e2089fc00e83fe173def88e7efffadf5a27eac3bea2c84018f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controlNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialKind"}},{"kind":"Field","name":{"kind":"Name","value":"crewId"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterConnectionQuery, RegisterConnectionQueryVariables>;
export const HolderCandidatesDocument = {"__meta__":{"hash":"sha256:83b3014d4e75f017386037e4ba7ca2e4e5c5a272779778d69e5966c762c93339"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolderCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"curp"}}]}}]}}]}}]} as unknown as DocumentNode<HolderCandidatesQuery, HolderCandidatesQueryVariables>;
export const UpdateServiceConnectionDocument = {"__meta__":{"hash":"sha256:238f041c7178a76902fcd408942746323a9df8e4f576f57d742bb9ff3ab11643"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionChangeErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionChangeErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceConnectionMutation, UpdateServiceConnectionMutationVariables>;
export const TransferServiceConnectionDocument = {"__meta__":{"hash":"sha256:8882b9b8deab9cd12640afa0792ffa56eac0d56015c85a121e43eb1948de3ec8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferServiceConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferServiceConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferServiceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionChangeErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionChangeErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TransferServiceConnectionMutation, TransferServiceConnectionMutationVariables>;
export const CancelServiceConnectionDocument = {"__meta__":{"hash":"sha256:9bc8c908d4c1c5dae0601667c01439936729e3d13ff5f1173212e4688d0b33ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelServiceConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelServiceConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelServiceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionChangeErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionChangeErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CancelServiceConnectionMutation, CancelServiceConnectionMutationVariables>;
export const NewConnectionHolderDocument = {"__meta__":{"hash":"sha256:d87c5e888cee4469f5b43c3f2cb651b0b828bf8ce87405d0f40d59435aed39c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewConnectionHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}}]}}]}}]} as unknown as DocumentNode<NewConnectionHolderQuery, NewConnectionHolderQueryVariables>;
export const CreateServiceConnectionDocument = {"__meta__":{"hash":"sha256:d0712f6de5aa397b3e7346ec39867261f8e635d7f6c1ecce8d870ae0724df095"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateServiceConnectionMutation, CreateServiceConnectionMutationVariables>;
export const RegisterUsersDocument = {"__meta__":{"hash":"sha256:fa38e33cb96f8aaed2d86a71e26066f0addb8df2a0549078e7638dd3d5f3ea89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"curp"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterUsersQuery, RegisterUsersQueryVariables>;
export const RegisterUserDocument = {"__meta__":{"hash":"sha256:b805e185e1d317de742f762e6713fabb814a4df5301956e0d452d82e98f19c14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"curp"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"discountCredentialType"}},{"kind":"Field","name":{"kind":"Name","value":"discountCredential"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterUserQuery, RegisterUserQueryVariables>;
export const UpdateUserDocument = {"__meta__":{"hash":"sha256:7a5f5e94705000c258f0031186323b75d15ca45c5453dec234875721f1add719"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const MergeUsersDocument = {"__meta__":{"hash":"sha256:c405084489b46343fccd21e72223d89d75a52a4de590127837403fab6e35b8f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedConnections"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MergeUsersMutation, MergeUsersMutationVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"sha256:4a2031a7e14e84e5253f396f4a22e5368ea0c87a0248f0a928b15bfac660cea0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const PendingWorkListDocument = {"__meta__":{"hash":"sha256:fd09f26d059e77ecabe2b655a28aa4c5ffeace4c8e71d689b3071aea66405ed6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingWorkList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"dueCountdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingWorkListQuery, PendingWorkListQueryVariables>;
export const ComplaintDetailDocument = {"__meta__":{"hash":"sha256:5a6adc05d941b859d9037efcc9d690a4228db61174b3f909cc2f8ef008f031a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"locationText"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedBusinessMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}},{"kind":"Field","name":{"kind":"Name","value":"verificationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"excessM3"}},{"kind":"Field","name":{"kind":"Name","value":"resultNotes"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ComplaintDetailQuery, ComplaintDetailQueryVariables>;
export const LeakLocalitiesDocument = {"__meta__":{"hash":"sha256:0d2ff0488ed0477d43c1b5cdb5881abc3b082f7d168fc7c08de52848825031b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeakLocalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeakLocalitiesQuery, LeakLocalitiesQueryVariables>;
export const NearbyLeaksDocument = {"__meta__":{"hash":"sha256:e7260f009d8b48dbaf258ef0ecd366fa5617aee15590df68cac60b0f2f49e2d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearbyLeaks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeakPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearbyLeakReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"place"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"locationText"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NearbyLeaksQuery, NearbyLeaksQueryVariables>;
export const FileLeakDocument = {"__meta__":{"hash":"sha256:e3a12cacac37cda7e4dffd7779c8f4f95b3f03f6824fb1271fb379287d4baa1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileLeak"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FileLeakMutation, FileLeakMutationVariables>;
export const LeakWorkDocument = {"__meta__":{"hash":"sha256:f7205ff6acef2ace68c98a0bb571bf40013d60e9b0ea37b5c3338514aac0499b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeakWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"LEAK_REPAIR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationText"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeakWorkQuery, LeakWorkQueryVariables>;
export const InformationRequestListDocument = {"__meta__":{"hash":"sha256:14a0ad86f45cf1d1545f55ff3d2a7ddde5c52ad5b26282da69c8ec90040679f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationRequestList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<InformationRequestListQuery, InformationRequestListQueryVariables>;
export const InformationRequestDetailDocument = {"__meta__":{"hash":"sha256:0c55f0d3031604558a61c34b72b64896e44984299dd50ff1ed075ea7664915d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationRequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleArea"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<InformationRequestDetailQuery, InformationRequestDetailQueryVariables>;
export const StartInformationRequestDocument = {"__meta__":{"hash":"sha256:c476dcc66467003e8fbcbf1d39b27af2c47cccf4f5c080496505c6967d6488e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRequestChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StartInformationRequestMutation, StartInformationRequestMutationVariables>;
export const ExtendInformationRequestDocument = {"__meta__":{"hash":"sha256:31a8df08c22f5338d5a45e5ed9cbcf79bc3202230570e8aecb3da417e9e0561c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRequestChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ExtendInformationRequestMutation, ExtendInformationRequestMutationVariables>;
export const AnswerInformationRequestDocument = {"__meta__":{"hash":"sha256:1340afe9cb83c617be00bbe85c1a3c539288d442ade9e25e987801b9ead9a3ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRequestChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AnswerInformationRequestMutation, AnswerInformationRequestMutationVariables>;
export const DeclineInformationRequestDocument = {"__meta__":{"hash":"sha256:d916136f4dfb993553456e3b077e338f6d982e4a6011aff88aa1ad575e16108e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRequestChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DeclineInformationRequestMutation, DeclineInformationRequestMutationVariables>;
export const ReceiveInformationRequestDocument = {"__meta__":{"hash":"sha256:18c2d6db67b00a1ee70e51c289268645011175f22b706635d8df207f164ee64a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InformationRequestChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InformationRequestChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InformationRequestPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ReceiveInformationRequestMutation, ReceiveInformationRequestMutationVariables>;
export const ConnectionCardDocument = {"__meta__":{"hash":"sha256:a9313df96a745d04322b1eb00a2d9a494a89ff0e83d6ddce9824f258643c5652"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"historyFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controlNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialKind"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"periodsOwed"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"curp"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingM3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingM3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openWorkOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"historyFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionCardQuery, ConnectionCardQueryVariables>;
export const MoreHistoryDocument = {"__meta__":{"hash":"sha256:98351c4c9b01e3c32b243f310714d8442665c9f47e3bb954355327d00bcd10e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoreHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controlNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<MoreHistoryQuery, MoreHistoryQueryVariables>;
export const AdjustmentFormDocument = {"__meta__":{"hash":"sha256:d0a76f42abdfe31c714692088006047d30b4fad0478e83cb221ee7653c3571bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdjustmentForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controlNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consumption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionM3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustableVerifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifiedM3"}},{"kind":"Field","name":{"kind":"Name","value":"remainingM3"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustmentFormQuery, AdjustmentFormQueryVariables>;
export const QuoteAdjustmentDocument = {"__meta__":{"hash":"sha256:2c7a1d7ce727ab30441d877cd3fe1bebc712f1da87d51adc5df101cbec29fa61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteAdjustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterAdjustmentQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterAdjustmentQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volumeM3"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"billedM3"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedExcessM3"}},{"kind":"Field","name":{"kind":"Name","value":"remainingM3"}},{"kind":"Field","name":{"kind":"Name","value":"chargeBefore"}},{"kind":"Field","name":{"kind":"Name","value":"chargeAfter"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<QuoteAdjustmentQuery, QuoteAdjustmentQueryVariables>;
export const RequestAdjustmentDocument = {"__meta__":{"hash":"sha256:7bb1e1eb6e1168e624db31127794f752b578360c1552155af1fb0759f18bb0ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAdjustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDiscountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RequestAdjustmentMutation, RequestAdjustmentMutationVariables>;
export const SocialDiscountFormDocument = {"__meta__":{"hash":"sha256:78e881131babf037e181d0f404d577903aa94d072d8732a4028c693181ad636d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialDiscountForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controlNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SocialDiscountFormQuery, SocialDiscountFormQueryVariables>;
export const RequestSocialDiscountDocument = {"__meta__":{"hash":"sha256:fc314dd266cce00a1945bda3a5f8bda20ee3de918836053b793c37ee831a5750"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSocialDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSocialDiscountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSocialDiscount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RequestSocialDiscountMutation, RequestSocialDiscountMutationVariables>;
export const ComplaintTargetDocument = {"__meta__":{"hash":"sha256:c38210092736c4826d4a214a9f803207ecb8f8a7e9a8ed09092c5bccb9beec66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"controlNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"controlNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"exteriorNumber"}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ComplaintTargetQuery, ComplaintTargetQueryVariables>;
export const FileComplaintDocument = {"__meta__":{"hash":"sha256:16b259c5db6843d92a3ee8656ef2e48fa3d440821ba6002e88d6bf95b837522f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FileComplaintMutation, FileComplaintMutationVariables>;
export const TransparencyMonthsDocument = {"__meta__":{"hash":"sha256:6115355c11b8a56bd47a3e46b62f7be0d0f2a4851aab7fce45e3e616d85eb09d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransparencyMonths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transparencyMonths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransparencyMonthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransparencySnapshotSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"businessDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencyMonthStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyMonth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransparencySnapshotSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransparencyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<TransparencyMonthsQuery, TransparencyMonthsQueryVariables>;