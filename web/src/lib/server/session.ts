// The portal session: the API token in an httpOnly cookie that only the portal's server reads.
import { dev } from "$app/environment";
import { redirect, type Cookies } from "@sveltejs/kit";
import type { SessionUser } from "$lib/session-user";

export const SESSION_COOKIE = "ventanilla_portal";
const FLASH_COOKIE = "ventanilla_flash";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** httpOnly, SameSite=Lax; Secure everywhere but on this machine (development and the tests, over plain http). */
export function cookieOptions(url: URL) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure: !dev && !LOOPBACK.has(url.hostname) };
}

export function startSession(cookies: Cookies, url: URL, token: string, expiresAt: string | null | undefined): void {
  cookies.set(SESSION_COOKIE, token, { ...cookieOptions(url), ...(expiresAt ? { expires: new Date(expiresAt) } : {}) });
}

export function endSession(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, cookieOptions(url));
}

/** For loads and form actions: the session must still be valid (the hook checked it with the API). */
export function requireUser(locals: App.Locals): { user: SessionUser; token: string } {
  if (!locals.user || !locals.token) redirect(303, "/login");
  return { user: locals.user, token: locals.token };
}

/** A one-time message for the next page (e.g. "Resultado registrado"). */
export function setFlash(cookies: Cookies, url: URL, message: string): void {
  cookies.set(FLASH_COOKIE, message, { ...cookieOptions(url), maxAge: 60 });
}

export function takeFlash(cookies: Cookies, url: URL): string | null {
  const value = cookies.get(FLASH_COOKIE);
  if (value) cookies.delete(FLASH_COOKIE, cookieOptions(url));
  return value ?? null;
}
