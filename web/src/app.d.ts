import type { SessionUser } from "$lib/session-user";

declare global {
  namespace App {
    interface Locals {
      /** The logged-in staff member, from `me`; null without a valid session. */
      user: SessionUser | null;
      /** The API session token (server-side only; never sent to the browser). */
      token: string | null;
      /** What this staff member typed on this page before their session expired, given back once after login. */
      restoredForm: Record<string, string> | null;
    }
    interface Error {
      message: string;
    }
    interface PageData {
      user?: SessionUser | null;
    }
  }
}

export {};
