import type { Role } from "$lib/graphql/generated/graphql";

/** What the portal knows about the logged-in staff member (safe to send to the browser). */
export interface SessionUser {
  username: string;
  fullName: string;
  roles: Role[];
}
