import type { Role } from "$lib/graphql/generated/graphql";

/** What the staff member may do, as the API reports it (myPermissions); the portal only shows or hides. */
export interface Permissions {
  searchConnections: boolean;
  readWorkOrders: boolean;
  readComplaints: boolean;
  fileComplaint: boolean;
  completeVerification: boolean;
  readAudit: boolean;
}

/** What the portal knows about the logged-in staff member (safe to send to the browser). */
export interface SessionUser {
  username: string;
  fullName: string;
  roles: Role[];
  can: Permissions;
}
