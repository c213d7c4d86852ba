import { redirect, type Handle, type HandleServerError } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { apiUnlessSignedOut } from "$lib/server/api";
import { isCrossSiteForm, isFormSubmission } from "$lib/server/csrf";
import { keepCopyOfPostedForm, takeStashedForm } from "$lib/server/form-stash";
import { sendToLogin } from "$lib/server/login-redirect";
import { endSession, SESSION_COOKIE } from "$lib/server/session";
import type { SessionUser } from "$lib/session-user";
import { unexpectedErrorMessage } from "$lib/error-message";

const MeQuery = graphql(`
  query Me {
    me {
      username
      fullName
      roles
      mustChangePassword
    }
    myPermissions
  }
`);

const PUBLIC_PATHS = ["/login", "/consulta"];
/** Where an account with a temporary password may go: nowhere but the password change (the API refuses the rest). */
const PASSWORD_CHANGE_PATHS = ["/contrasena", "/logout"];

/** Who the session cookie belongs to, asked of the API once per request; null when the session is gone. */
async function currentUser(token: string): Promise<SessionUser | null> {
  const result = await apiUnlessSignedOut(token, MeQuery); // null: expired or revoked
  if (!result?.data.me) return null;
  const { me, myPermissions } = result.data;
  return { username: me.username, fullName: me.fullName, roles: me.roles ?? [], can: myPermissions, mustChangePassword: !!me.mustChangePassword };
}

export const handle: Handle = async ({ event, resolve }) => {
  if (isCrossSiteForm(event.request, event.url)) return new Response("Envío de formulario desde otro sitio rechazado", { status: 403 });

  const token = event.cookies.get(SESSION_COOKIE) ?? null;
  const user = token ? await currentUser(token) : null;
  if (token && !user) endSession(event.cookies, event.url);
  event.locals.user = user;
  event.locals.token = user ? token : null;

  const formSubmission = isFormSubmission(event.request);
  // a form that arrives without a session was filled in while it expired (the page needed one to be shown)
  if (!user && !PUBLIC_PATHS.includes(event.url.pathname)) await sendToLogin(event, Boolean(token) || formSubmission);
  if (user?.mustChangePassword && !PASSWORD_CHANGE_PATHS.includes(event.url.pathname)) redirect(303, "/contrasena");
  if (user && formSubmission) keepCopyOfPostedForm(event.request);
  event.locals.restoredForm = user && event.request.method === "GET" ? takeStashedForm(event.cookies, event.url, user.username) : null;
  return resolve(event);
};

export const handleError: HandleServerError = ({ error, status, event }) => {
  if (status !== 404) console.error(`[portal] ${event.request.method} ${event.url.pathname}:`, error);
  return { message: unexpectedErrorMessage(status) };
};
