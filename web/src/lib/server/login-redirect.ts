// Where a request without a valid session goes: the login page, which then brings the staff member back.
import { redirect, type RequestEvent } from "@sveltejs/kit";
import { isFormSubmission } from "./csrf";
import { stashPostedForm } from "./form-stash";
import { endSession } from "./session";

/**
 * Redirects to `/login?next=<this page>`. When a session was lost (`expired`: the API refused it, or a form
 * arrived without one) the login page says so, and what the form carried is kept to be given back after login.
 */
export async function sendToLogin(event: RequestEvent, expired: boolean): Promise<never> {
  if (expired) {
    endSession(event.cookies, event.url);
    if (isFormSubmission(event.request)) await stashPostedForm(event);
  }
  const params = new URLSearchParams();
  const next = pageOf(event.url);
  if (next !== "/") params.set("next", next);
  if (expired) params.set("expirada", "1");
  redirect(303, params.size ? `/login?${params}` : "/login");
}

/** The page a request belongs to: its path and query, without SvelteKit's named form action ("?/guardar"). */
function pageOf(url: URL): string {
  const query = new URLSearchParams([...url.searchParams].filter(([name]) => !name.startsWith("/")));
  return query.size ? `${url.pathname}?${query}` : url.pathname;
}
