// Every access rule of Ventanilla, in one place. Operation gates and field readers are lists of roles and
// partner scopes (`scope:<name>`); row rules are switches that deny whatever they do not list.
import type { Role } from "../generated/prisma/enums.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Actor } from "./actor.ts";

/** A role, a partner scope, or "self": the object read is the caller's own staff record. */
export type Grant = Role | `scope:${string}` | "self";
export const scope = (name: string): Grant => `scope:${name}`;

const ALL_STAFF: Role[] = ["FRONT_DESK", "HEAD", "MANAGER", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "CASHIER", "IT", "AUDITOR", "ADMIN"];
/** Offices that look up connections and their holders (the verifier only sees what its orders carry). */
const OFFICE: Role[] = ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "CASHIER", "IT", "AUDITOR", "ADMIN"];

/** Any partner key, whatever its scopes (what concerns only the partner's own integration, e.g. its webhooks). */
const PARTNER_KEYS: Grant[] = ["connections:read", "complaints:read", "complaints:write", "payments:write", "billing:read", "billing:write"].map(scope);

/** Who may call each query and mutation. AUDITOR is in no mutation list: it reads everything and changes nothing. */
export const Operations = {
  me: [] as Grant[], // any authenticated caller
  logout: ALL_STAFF as Grant[],
  /** partners may look a connection up by control number (no personal data), but not list or search them */
  lookupConnection: [...OFFICE, scope("connections:read")] as Grant[],
  readConnections: OFFICE as Grant[],
  readUsers: OFFICE as Grant[],
  /** the register (padrón): customers, connections, duplicates and merges, the import of an existing register */
  manageRegister: ["REGISTRY", "ADMIN"] as Grant[],
  /** the register imports' progress and reports */
  readRegisterImports: ["REGISTRY", "ADMIN", "AUDITOR"] as Grant[],
  readLocalities: [...ALL_STAFF, scope("connections:read"), scope("complaints:write")] as Grant[],
  readComplaints: ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "FOLLOW_UP", "IT", "AUDITOR", scope("complaints:read"), scope("complaints:write")] as Grant[],
  fileComplaint: ["FRONT_DESK", "HEAD", scope("complaints:write")] as Grant[],
  readWorkOrders: ["FRONT_DESK", "HEAD", "MANAGER", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "AUDITOR"] as Grant[],
  completeVerification: ["VERIFIER"] as Grant[],
  /** assign or reassign an order to a person or a department (workflow 5) */
  assignWorkOrder: ["HEAD", "MANAGER"] as Grant[],
  /** start and complete an order: the field offices; the transitions table narrows it to whoever holds the order */
  workOnWorkOrder: ["VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS"] as Grant[],
  cancelWorkOrder: ["HEAD", "MANAGER"] as Grant[],
  /** the counter closes a NORMAL meter complaint with the advice given (workflow 1) */
  recordAdvice: ["FRONT_DESK", "HEAD"] as Grant[],
  requestReconnection: ["FRONT_DESK", "HEAD"] as Grant[],
  /** the registry hands a leak report to FOLLOW_UP as a field report (workflow 3) */
  forwardLeakReport: ["REGISTRY"] as Grant[],
  readDiscounts: ["FRONT_DESK", "HEAD", "MANAGER", "CASHIER", "AUDITOR"] as Grant[],
  /** meter adjustments and social discounts are requested at the counter */
  requestDiscount: ["FRONT_DESK", "HEAD"] as Grant[],
  /** never the requester: the service refuses a decision on one's own request */
  decideDiscount: ["HEAD", "MANAGER"] as Grant[],
  /** account movements and payment receipts: the readers of balances */
  readLedger: ["FRONT_DESK", "HEAD", "MANAGER", "COLLECTIONS", "CASHIER", "AUDITOR", scope("billing:read")] as Grant[],
  /** Caja General, or a partner that receives payments (a bank, the billing system) */
  recordPayment: ["CASHIER", scope("payments:write")] as Grant[],
  /** billed periods come from the billing system only */
  postCharge: [scope("billing:write")] as Grant[],
  readAudit: ["AUDITOR", "ADMIN"] as Grant[],
  /** recomputing the audit log's hash chain is the internal auditor's check */
  verifyAuditChain: ["AUDITOR"] as Grant[],
  /** the monthly transparency figures and their frozen snapshots (workflow 6) */
  readTransparency: ["IT", "HEAD", "MANAGER", "AUDITOR"] as Grant[],
  generateTransparencyReport: ["IT", "HEAD"] as Grant[],
  /** delivery to the transparency unit is recorded by IT (Informática y Acceso a la Información) */
  deliverTransparencyReport: ["IT"] as Grant[],
  /** public information requests (workflow 7): IT receives and answers them; the head follows their deadlines */
  readInformationRequests: ["IT", "HEAD", "MANAGER", "AUDITOR"] as Grant[],
  manageInformationRequests: ["IT"] as Grant[],
  /** the staff list with roles and last logins */
  readStaff: ["ADMIN", "AUDITOR", "HEAD", "MANAGER"] as Grant[],
  manageStaff: ["ADMIN"] as Grant[],
  /** one's own password: a credential, not a record of the department, so the auditor may change its own too */
  changeOwnPassword: ALL_STAFF as Grant[],
  readApiClients: ["ADMIN", "AUDITOR"] as Grant[],
  manageApiClients: ["ADMIN"] as Grant[],
  /** crews, tariffs, holidays and closures, service targets, settings */
  readCatalogs: ALL_STAFF as Grant[],
  manageCatalogs: ["ADMIN"] as Grant[],
  /** due-date targets per order type: the head answers for them (issue 7), the administrator keeps the catalog */
  manageServiceTargets: ["HEAD", "ADMIN"] as Grant[],
  /** the delinquency list per crew and the crews' limitation orders (workflow 4) */
  readDelinquency: ["COLLECTIONS", "HEAD", "MANAGER", "AUDITOR"] as Grant[],
  issueLimitationOrders: ["COLLECTIONS"] as Grant[],
  /**
   * a crew's results in one go: whoever completeWorkOrder lets complete a limitation order (the collections office
   * that holds it, RECEIVING_ROLES.SERVICE_LIMITATION); a test keeps the two equal
   */
  recordLimitationResults: ["COLLECTIONS"] as Grant[],
  /** stopping an order's clock while it waits on the customer: whoever works the order (row scope decides which) */
  pauseWorkOrders: ["FRONT_DESK", "HEAD", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS"] as Grant[],
  /** stopping a complaint's clock while it waits on the customer: the counter and the head, who deal with the customer */
  pauseComplaints: ["FRONT_DESK", "HEAD"] as Grant[],
  /** the department at a glance and the open work lists (workflow 5) */
  readFollowUp: ["HEAD", "MANAGER", "AUDITOR"] as Grant[],
  /** the tablero's figures and their CSV lists: the head and the manager, who answer for the department (issue 7) */
  readDashboard: ["HEAD", "MANAGER"] as Grant[],
  /** the work inbox (bandeja): whoever receives orders, the head and the manager (escalations), the auditor (reads all) */
  readOpenWork: ["HEAD", "MANAGER", "VERIFIER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "AUDITOR"] as Grant[],
  readAny: [...ALL_STAFF, scope("connections:read"), scope("complaints:read"), scope("complaints:write")] as Grant[],
  /** a partner's webhooks and their delivery log: the partner itself (any key), ADMIN for any client, AUDITOR reads */
  readWebhooks: ["ADMIN", "AUDITOR", ...PARTNER_KEYS] as Grant[],
  /** register or remove a webhook, replay a delivery: ADMIN for a client, or the partner for itself */
  manageWebhooks: ["ADMIN", ...PARTNER_KEYS] as Grant[],
};

/**
 * The scopes a partner API client may hold, with their meaning: the one registry (the admin screens list it, the
 * `apiScopes` query documents it, createApiClient refuses any other name).
 */
export const API_SCOPES = {
  "connections:read": "Look a connection up by control number (status, address, locality; no personal data).",
  "complaints:read": "Read the complaints and reports this client filed.",
  "complaints:write": "File complaints and leak reports (they are the client's own).",
  "payments:write": "Record payments received by the partner (e.g. the billing system or a bank).",
  "billing:read": "Read balances and discounts in force of the connections it looks up.",
  "billing:write": "Post charges (billed periods) to connections.",
} as const;
export type ApiScope = keyof typeof API_SCOPES;

/** Who may read each sensitive field; everyone else gets null and a FORBIDDEN error at that path. */
export const FieldReaders = {
  userIdentity: ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "AUDITOR", "ADMIN"] as Grant[],
  userPhone: ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "COLLECTIONS", "AUDITOR", "ADMIN"] as Grant[],
  discountCredential: ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "AUDITOR"] as Grant[],
  balance: ["FRONT_DESK", "HEAD", "MANAGER", "COLLECTIONS", "CASHIER", "AUDITOR", scope("billing:read")] as Grant[],
  discountAmount: ["FRONT_DESK", "HEAD", "MANAGER", "CASHIER", "AUDITOR"] as Grant[],
  staffAdministration: ["ADMIN", "AUDITOR", "HEAD", "MANAGER", "self"] as Grant[],
  /** the holder (a person) is never shown to partner systems */
  holder: ALL_STAFF as Grant[],
  history: ["FRONT_DESK", "HEAD", "MANAGER", "REGISTRY", "FOLLOW_UP", "COLLECTIONS", "CASHIER", "AUDITOR"] as Grant[],
};

/** Whether the actor holds one of the grants for `target` (the object read). An empty list: any authenticated caller. */
export function isGranted(actor: Actor, grants: readonly Grant[], target?: unknown): boolean {
  if (grants.length === 0) return true;
  if (grants.includes("self") && actor.kind === "staff" && (target as { id?: unknown } | undefined)?.id === actor.id && isStaffRow(target)) return true;
  if (actor.kind === "staff") return actor.roles.some((role) => grants.includes(role));
  return actor.scopes.some((name) => grants.includes(scope(name)));
}

const isStaffRow = (row: unknown) => typeof row === "object" && row !== null && "username" in row;

/** A filter no row matches: what a caller sees of an entity its roles do not list. */
const NOTHING = { id: -1 } as const;

const staffRoles = (actor: Actor): Role[] => (actor.kind === "staff" ? actor.roles : []);
const holdsAny = (actor: Actor, grants: readonly Grant[]) => isGranted(actor, grants);
/** Whether a filter lets every row through (an empty where). */
export const isUnrestricted = (where: object) => Object.keys(where).length === 0;
/** The rows of a child entity whose connection the actor may see. */
const throughConnection = (actor: Actor) => {
  const connections = connectionScope(actor);
  return isUnrestricted(connections) ? {} : { connection: connections };
};

// Readable-rows filters: one per entity, used by every root field, nested field, loader and service read of it.
// Each is a switch over the caller's roles that denies whatever it does not list.

/** Which service connections the actor may see. */
export function connectionScope(actor: Actor): Prisma.ServiceConnectionWhereInput {
  // a partner with connections:read looks connections up by control number (no personal data is shown to it);
  // any other partner sees only the connections of complaints its own key filed
  if (actor.kind === "partner") return actor.scopes.includes("connections:read") ? {} : { complaints: { some: { apiClientId: actor.id } } };
  const visible: Prisma.ServiceConnectionWhereInput[] = [];
  for (const role of actor.roles) {
    switch (role) {
      case "FRONT_DESK":
      case "HEAD":
      case "MANAGER":
      case "REGISTRY":
      case "FOLLOW_UP":
      case "COLLECTIONS":
      case "CASHIER":
      case "IT":
      case "AUDITOR":
      case "ADMIN":
        return {};
      case "VERIFIER":
        // only the connections its own orders send it to
        visible.push({ workOrders: { some: { assigneeId: actor.id } } });
        break;
      default:
        break;
    }
  }
  return visible.length ? { OR: visible } : NOTHING;
}

/** Which customers (holders) the actor may see: partners none; a verifier the holders of its orders' connections. */
export function userScope(actor: Actor): Prisma.UserWhereInput {
  if (actor.kind === "partner") return NOTHING;
  const connections = connectionScope(actor);
  return isUnrestricted(connections) ? {} : { connections: { some: connections } };
}

/** Which meters the actor may see: those of the connections it may see. */
export function meterScope(actor: Actor): Prisma.MeterWhereInput {
  return throughConnection(actor);
}

/** Which history events the actor may see: the whole timeline of connections it may see, if it reads history at all. */
export function historyScope(actor: Actor): Prisma.HistoryEventWhereInput {
  return holdsAny(actor, FieldReaders.history) ? throughConnection(actor) : NOTHING;
}

/** Which ledger entries the actor may see: readers of balances, on connections they may see. */
export function ledgerScope(actor: Actor): Prisma.LedgerEntryWhereInput {
  return holdsAny(actor, FieldReaders.balance) ? throughConnection(actor) : NOTHING;
}

/**
 * The connections the actor may post account movements to: a cashier any it may see; a partner that receives
 * payments or posts charges any connection (it knows accounts by their control number, not by complaints it filed).
 */
export function ledgerWriteScope(actor: Actor): Prisma.ServiceConnectionWhereInput {
  if (actor.kind === "partner") return actor.scopes.includes("payments:write") || actor.scopes.includes("billing:write") ? {} : NOTHING;
  return holdsAny(actor, [...Operations.recordPayment, ...Operations.requestDiscount, ...Operations.decideDiscount]) ? connectionScope(actor) : NOTHING;
}

/** Which discounts the actor may see. */
export function discountScope(actor: Actor): Prisma.DiscountWhereInput {
  for (const role of staffRoles(actor)) {
    switch (role) {
      case "FRONT_DESK":
      case "HEAD":
      case "MANAGER":
      case "CASHIER":
      case "AUDITOR":
        return {};
      default:
        break;
    }
  }
  return NOTHING;
}

/** Which staff rows the actor may see: every staff member sees colleagues' names; partners see none. */
export function staffScope(actor: Actor): Prisma.StaffWhereInput {
  return actor.kind === "staff" ? {} : NOTHING;
}

/** The localities catalog is public to every caller of the API. */
export function localityScope(_actor: Actor): Prisma.LocalityWhereInput {
  return {};
}

/** Staff may read the catalogs; partners read none of these (localities have their own rule). */
const staffCatalog = (actor: Actor) => (actor.kind === "staff" ? {} : NOTHING);

/** Which crews the actor may see. */
export function crewScope(actor: Actor): Prisma.CrewWhereInput {
  return staffCatalog(actor);
}

/** Which tariffs the actor may see. */
export function tariffScope(actor: Actor): Prisma.TariffWhereInput {
  return staffCatalog(actor);
}

/** Which configured holidays and closures the actor may see. */
export function holidayScope(actor: Actor): Prisma.HolidayWhereInput {
  return staffCatalog(actor);
}

/** Which service targets the actor may see (ServiceTarget is keyed by type, so NOTHING is an impossible type). */
export function serviceTargetScope(actor: Actor): Prisma.ServiceTargetWhereInput {
  return actor.kind === "staff" ? {} : { type: { in: [] } };
}

/** Which settings the actor may see. */
export function settingScope(actor: Actor): Prisma.SettingWhereInput {
  return actor.kind === "staff" ? {} : { key: { in: [] } };
}

/** Which information requests the actor may see. */
export function informationRequestScope(actor: Actor): Prisma.InformationRequestWhereInput {
  return holdsAny(actor, Operations.readInformationRequests) ? {} : NOTHING;
}

/** Which transparency snapshots the actor may see. */
export function transparencyReportScope(actor: Actor): Prisma.TransparencyReportWhereInput {
  return holdsAny(actor, Operations.readTransparency) ? {} : NOTHING;
}

/** Which partner API clients the actor may see (never their key hashes: no field shows them). */
export function apiClientScope(actor: Actor): Prisma.ApiClientWhereInput {
  return holdsAny(actor, Operations.readApiClients) ? {} : NOTHING;
}

/** Which webhooks the actor may see: a partner its own; ADMIN and AUDITOR every client's. */
export function webhookScope(actor: Actor): Prisma.WebhookWhereInput {
  if (actor.kind === "partner") return { apiClientId: actor.id };
  return holdsAny(actor, ["ADMIN", "AUDITOR"]) ? {} : NOTHING;
}

/** Which webhook deliveries (the delivery log) the actor may see: those of the webhooks it may see. */
export function webhookDeliveryScope(actor: Actor): Prisma.WebhookDeliveryWhereInput {
  const webhooks = webhookScope(actor);
  return isUnrestricted(webhooks) ? {} : { webhook: webhooks };
}

/** Which register import runs (and their report lines) the actor may see. */
export function registerImportScope(actor: Actor): Prisma.RegisterImportWhereInput {
  return holdsAny(actor, Operations.readRegisterImports) ? {} : NOTHING;
}

/** Which audit entries the actor may see. */
export function auditScope(actor: Actor): Prisma.AuditEntryWhereInput {
  for (const role of staffRoles(actor)) {
    switch (role) {
      case "AUDITOR":
      case "ADMIN":
        return {};
      default:
        break;
    }
  }
  return NOTHING;
}

/** Which work orders the actor may see. */
export function workOrderScope(actor: Actor): Prisma.WorkOrderWhereInput {
  if (actor.kind !== "staff") return NOTHING;
  const visible: Prisma.WorkOrderWhereInput[] = [];
  for (const role of actor.roles) {
    switch (role) {
      case "FRONT_DESK":
      case "HEAD":
      case "MANAGER":
      case "AUDITOR":
        return {};
      case "VERIFIER":
        visible.push({ assigneeId: actor.id });
        break;
      case "REGISTRY":
        visible.push({ type: { in: ["METER_REPLACEMENT", "LEAK_REPAIR"] } });
        break;
      case "FOLLOW_UP":
        visible.push({ type: "LEAK_REPAIR" });
        break;
      case "COLLECTIONS":
        visible.push({ type: { in: ["SERVICE_LIMITATION", "RECONNECTION"] } });
        break;
      default:
        break;
    }
  }
  return visible.length ? { OR: visible } : NOTHING;
}

/** Which complaints the actor may see. */
export function complaintScope(actor: Actor): Prisma.ComplaintWhereInput {
  if (actor.kind === "partner") return { apiClientId: actor.id };
  const visible: Prisma.ComplaintWhereInput[] = [];
  for (const role of actor.roles) {
    switch (role) {
      case "FRONT_DESK":
      case "HEAD":
      case "MANAGER":
      case "REGISTRY":
      case "IT":
      case "AUDITOR":
        return {};
      case "FOLLOW_UP":
        visible.push({ category: { in: ["WATER_LEAK", "SEWER_LEAK"] } });
        break;
      default:
        break;
    }
  }
  return visible.length ? { OR: visible } : NOTHING;
}

/**
 * The one complaint a citizen may follow without logging in (issue 11, folio tracking): the folio together with the
 * connection's control number or the phone the report was filed with. Anything else matches nothing, so a wrong pair
 * reads exactly like an unknown folio.
 */
export function folioTrackingScope(proof: { folio: string; controlNumber?: string | null; phone?: string | null }): Prisma.ComplaintWhereInput {
  const pairs: Prisma.ComplaintWhereInput[] = [];
  if (proof.controlNumber) pairs.push({ connection: { controlNumber: proof.controlNumber } });
  if (proof.phone) pairs.push({ reporterPhone: proof.phone });
  return pairs.length ? { folio: proof.folio, OR: pairs } : NOTHING;
}
