// Which links and buttons to show, from the permissions the API reports (myPermissions); the API enforces them.
import type { Operation } from "$lib/graphql/generated/graphql";
import { ROLE_LABELS } from "$lib/labels";
import type { SessionUser } from "$lib/session-user";


type User = SessionUser | null | undefined;

/** Whether the API lets this staff member use `operation` (an access rule of myPermissions). */
export const can = (user: User, operation: Operation) => !!user?.can.includes(operation);

export const canSearchConnections = (user: User) => can(user, "readConnections");
export const canReadOrders = (user: User) => can(user, "readWorkOrders");
export const canReadComplaints = (user: User) => can(user, "readComplaints");
/** The register (padrón): customers, connections, duplicates, the import. */
export const canManageRegister = (user: User) => can(user, "manageRegister");
export const canFileComplaint = (user: User) => can(user, "fileComplaint");
/** Verifiers record results and see their own orders as "Mis órdenes". */
export const isVerifier = (user: User) => can(user, "completeVerification");

export const canReadTransparency = (user: User) => can(user, "readTransparency");
export const canReadInformationRequests = (user: User) => can(user, "readInformationRequests");
export const canReadAudit = (user: User) => can(user, "readAudit");
/** The administration screens: staff, partner keys, catalogs (the auditor reads them; the head keeps service targets). */
export const canOpenAdministration = (user: User) => can(user, "manageCatalogs") || can(user, "readApiClients") || can(user, "manageServiceTargets");

export const roleNames = (user: SessionUser) => user.roles.map((r) => ROLE_LABELS[r]).join(", ");
