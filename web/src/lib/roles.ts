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
export const canFileComplaint = (user: User) => can(user, "fileComplaint");
/** Verifiers record results and see their own orders as "Mis órdenes". */
export const isVerifier = (user: User) => can(user, "completeVerification");

export const roleNames = (user: SessionUser) => user.roles.map((r) => ROLE_LABELS[r]).join(", ");
