// What was typed in a form sent after the session had expired: kept in this process's memory for a few minutes
// and given back once, on the same page, to the same staff member after they log in again. Never in the URL and
// never in a cookie (the cookie only holds a random key); passwords are never kept. With several portal processes
// behind a balancer the stash may be in another process: the form then comes back empty, nothing worse.
import { randomBytes } from "node:crypto";
import type { Cookies, RequestEvent } from "@sveltejs/kit";
import { cookieOptions } from "./session";

const STASH_COOKIE = "ventanilla_form";
/** Whose forms may be given back in this browser: set at login, removed at logout (outlives an expired session). */
const OWNER_COOKIE = "ventanilla_staff";
const KEEP_SECONDS = 10 * 60;
const MAX_STASHES = 500;
const MAX_CHARACTERS = 20_000;
const NEVER_KEPT = /pass|contrase|token|secret/i;

export type TypedValues = Record<string, string>;

interface Stash {
  owner: string;
  path: string;
  values: TypedValues;
  expiresAt: number;
}

const stashes = new Map<string, Stash>();
const copies = new WeakMap<Request, Request>();

export function rememberFormOwner(cookies: Cookies, url: URL, username: string): void {
  cookies.set(OWNER_COOKIE, username, cookieOptions(url));
}

/** At logout the staff member has left: nothing they typed is kept. */
export function forgetForms(cookies: Cookies, url: URL): void {
  const id = cookies.get(STASH_COOKIE);
  if (id) stashes.delete(id);
  cookies.delete(STASH_COOKIE, cookieOptions(url));
  cookies.delete(OWNER_COOKIE, cookieOptions(url));
}

/** Before a form action runs: a copy of the body, in case the API refuses the session after the action read it. */
export function keepCopyOfPostedForm(request: Request): void {
  copies.set(request, request.clone());
}

/** Keeps the posted text fields for the page that posted them; false when there was nothing to keep. */
export async function stashPostedForm(event: RequestEvent): Promise<boolean> {
  const owner = event.cookies.get(OWNER_COOKIE);
  const body = copies.get(event.request) ?? event.request;
  if (!owner || body.bodyUsed) return false;
  const form = await body.formData().catch(() => null);
  const values = form && typedValues(form);
  if (!values) return false;

  prune();
  const id = randomBytes(24).toString("base64url");
  stashes.set(id, { owner, path: event.url.pathname, values, expiresAt: Date.now() + KEEP_SECONDS * 1000 });
  event.cookies.set(STASH_COOKIE, id, { ...cookieOptions(event.url), maxAge: KEEP_SECONDS });
  return true;
}

/** On arrival at a page: what `username` typed there before the session expired (once); null otherwise. */
export function takeStashedForm(cookies: Cookies, url: URL, username: string): TypedValues | null {
  const id = cookies.get(STASH_COOKIE);
  if (!id) return null;
  const stash = stashes.get(id);
  const theirs = stash && stash.owner === username && stash.expiresAt > Date.now() ? stash : null;
  if (theirs && theirs.path !== url.pathname) return null; // kept until they reach that page
  stashes.delete(id);
  cookies.delete(STASH_COOKIE, cookieOptions(url));
  return theirs?.values ?? null;
}

export function hasStashedForm(cookies: Cookies): boolean {
  const stash = stashes.get(cookies.get(STASH_COOKIE) ?? "");
  return Boolean(stash && stash.expiresAt > Date.now());
}

function typedValues(form: FormData): TypedValues | null {
  const values: TypedValues = {};
  let characters = 0;
  for (const [name, value] of form) {
    if (typeof value !== "string" || NEVER_KEPT.test(name) || name in values) continue;
    characters += name.length + value.length;
    if (characters > MAX_CHARACTERS) return null;
    values[name] = value;
  }
  return Object.keys(values).length ? values : null;
}

function prune(): void {
  const now = Date.now();
  for (const [id, stash] of stashes) if (stash.expiresAt <= now) stashes.delete(id);
  for (const id of stashes.keys()) {
    if (stashes.size < MAX_STASHES) break;
    stashes.delete(id); // the oldest first
  }
}
