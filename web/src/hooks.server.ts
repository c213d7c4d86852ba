import { isRedirect, redirect, type Handle, type HandleServerError } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { isCrossSiteForm } from "$lib/server/csrf";
import { endSession, SESSION_COOKIE } from "$lib/server/session";
import type { SessionUser } from "$lib/session-user";
import { unexpectedErrorMessage } from "$lib/error-message";

const MeQuery = graphql(`
  query Me {
    me {
      username
      fullName
      roles
    }
    myPermissions
  }
`);

const PUBLIC_PATHS = ["/login"];

/** Who the session cookie belongs to, asked of the API once per request; null when the session is gone. */
async function currentUser(token: string): Promise<SessionUser | null> {
  try {
    const { data } = await api(token, MeQuery);
    return data.me ? { username: data.me.username, fullName: data.me.fullName, roles: data.me.roles ?? [], can: data.myPermissions } : null;
  } catch (e) {
    if (isRedirect(e)) return null; // UNAUTHENTICATED: expired or revoked
    throw e;
  }
}

export const handle: Handle = async ({ event, resolve }) => {
  if (isCrossSiteForm(event.request, event.url)) return new Response("Envío de formulario desde otro sitio rechazado", { status: 403 });

  const token = event.cookies.get(SESSION_COOKIE) ?? null;
  const user = token ? await currentUser(token) : null;
  if (token && !user) endSession(event.cookies, event.url);
  event.locals.user = user;
  event.locals.token = user ? token : null;

  if (!user && !PUBLIC_PATHS.includes(event.url.pathname)) {
    const next = event.url.pathname === "/" ? "" : `?next=${encodeURIComponent(event.url.pathname + event.url.search)}`;
    redirect(303, `/login${next}`);
  }
  return resolve(event);
};

export const handleError: HandleServerError = ({ error, status, event }) => {
  if (status !== 404) console.error(`[portal] ${event.request.method} ${event.url.pathname}:`, error);
  return { message: unexpectedErrorMessage(status) };
};
