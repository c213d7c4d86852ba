import type { Operation, Role } from "$lib/graphql/generated/graphql";

/** What the portal knows about the logged-in staff member (safe to send to the browser). */
export interface SessionUser {
  username: string;
  fullName: string;
  roles: Role[];
  /** the API's access rules this staff member satisfies (myPermissions); the portal only shows or hides */
  can: Operation[];
}
