// The portal's only way to the API: server-side, typed documents, Bearer token. The browser never sees the token.
import { env } from "$env/dynamic/private";
import { getRequestEvent } from "$app/server";
import { error } from "@sveltejs/kit";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { sendToLogin } from "./login-redirect";

export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface ApiResult<TData> {
  data: TData;
  /** Paths ("a.b.0.c") of fields the caller may not read: they are null in `data` and must not be shown. */
  forbidden: Set<string>;
  /** Every error the API returned, FORBIDDEN-at-a-field ones included. */
  errors: ApiError[];
}

const apiUrl = () => env.VENTANILLA_API_URL ?? "http://127.0.0.1:4000/graphql";

/** The browser's address, for the API's per-address limits (none outside a request, e.g. while building). */
function forwardedFor(): Record<string, string> {
  try {
    return { "x-forwarded-for": getRequestEvent().getClientAddress() };
  } catch {
    return {};
  }
}
const printed = new WeakMap<object, string>();

function queryText(document: TypedDocumentNode<unknown, unknown>): string {
  let text = printed.get(document);
  if (!text) printed.set(document, (text = print(document)));
  return text;
}

/**
 * The operation as the API expects it from the portal: by the hash codegen gave it in the trusted-documents manifest
 * (in production the API runs nothing else for staff sessions), or as text for a document without one.
 */
function operation(document: TypedDocumentNode<unknown, unknown>): { documentId: string } | { query: string } {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  return hash ? { documentId: hash } : { query: queryText(document) };
}

/**
 * Runs an operation as `token`'s staff member. UNAUTHENTICATED (the session expired or was revoked) sends the
 * browser to log in again, keeping what a form carried; FORBIDDEN on a whole operation, NOT_FOUND and any other
 * error become an error page; FORBIDDEN on a field is returned in `forbidden`.
 */
export async function api<TData, TVariables>(
  token: string | null,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<ApiResult<TData>> {
  const event = getRequestEvent();
  return (await apiUnlessSignedOut(token, document, variables)) ?? (await sendToLogin(event, true));
}

/** Like `api`, but null when the API refuses the session (for the check of the session itself). */
export async function apiUnlessSignedOut<TData, TVariables>(
  token: string | null,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<ApiResult<TData> | null> {
  const { data, errors } = await post<TData>(token, operation(document as TypedDocumentNode<unknown, unknown>), variables);
  const limited = errors.find((e) => e.extensions?.code === "RATE_LIMITED");
  if (limited) error(429, limited.message);
  if (errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return null;
  const forbidden = new Set<string>();
  for (const e of errors) {
    const code = e.extensions?.code;
    if (code === "FORBIDDEN" && e.path && e.path.length > 1) forbidden.add(e.path.join("."));
    else if (code === "FORBIDDEN") error(403, "No tiene permiso para consultar o realizar esta operación.");
    else if (code === "NOT_FOUND") error(404, e.message || "No se encontró lo que busca.");
    else if (code === "BAD_USER_INPUT") error(400, e.message || "Los datos enviados no son válidos.");
    else if (code === "CONFLICT") error(409, e.message);
    else {
      // e.g. INTERNAL_SERVER_ERROR or GRAPHQL_VALIDATION_FAILED (portal and API out of step): details to the log only
      console.error(`[portal] API error ${code ?? "sin código"} at ${e.path?.join(".") ?? "-"}: ${e.message}`);
      error(502, `Ventanilla no pudo atender la solicitud (${code ?? "error desconocido"}). Intente de nuevo en unos momentos.`);
    }
  }
  if (!data) error(502, "Ventanilla no devolvió datos. Intente de nuevo.");
  return { data, forbidden, errors };
}

/** Whether a field at `path` was withheld from the caller (FORBIDDEN); e.g. `hidden(r, "serviceConnection.balance")`. */
export function hidden(result: Pick<ApiResult<unknown>, "forbidden">, path: string): boolean {
  return result.forbidden.has(path);
}

/** Whether the field named `field` was withheld anywhere in the result (e.g. in any row of a list). */
export function hiddenAnywhere(result: Pick<ApiResult<unknown>, "forbidden">, field: string): boolean {
  for (const path of result.forbidden) if (path === field || path.endsWith(`.${field}`)) return true;
  return false;
}

async function post<TData>(token: string | null, operation: { documentId: string } | { query: string }, variables: unknown): Promise<{ data: TData | null; errors: ApiError[] }> {
  let response: Response;
  try {
    response = await fetch(apiUrl(), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        // the API limits requests and logins per client address: it believes this header from the portal (TRUSTED_PROXIES)
        ...forwardedFor(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ ...operation, variables: variables ?? {} }),
    });
  } catch {
    error(503, "No hay conexión con el servidor de Ventanilla. Intente de nuevo en unos momentos.");
  }
  let body: { data?: TData | null; errors?: ApiError[] };
  try {
    body = await response.json();
  } catch {
    error(502, `El servidor de Ventanilla respondió con un error (${response.status}).`);
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/**
 * Sends a register file (CSV or XLSX) to the API's upload endpoint (POST /uploads/register-import, beside /graphql),
 * which queues its dry run. The run's id, or the API's reason for refusing the file.
 */
export async function uploadRegisterFile(token: string | null, file: File): Promise<{ id: string } | { error: string }> {
  const event = getRequestEvent();
  let response: Response;
  try {
    response = await fetch(new URL("/uploads/register-import", apiUrl()), {
      method: "POST",
      headers: {
        "content-type": "application/octet-stream",
        "x-file-name": encodeURIComponent(file.name),
        ...forwardedFor(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: file.stream(),
      duplex: "half",
    } as RequestInit);
  } catch {
    error(503, "No hay conexión con el servidor de Ventanilla. Intente de nuevo en unos momentos.");
  }
  const body = (await response.json().catch(() => ({}))) as { id?: string; errors?: ApiError[] };
  const code = body.errors?.[0]?.extensions?.code;
  // the file is not kept for after the login (it was read already): the clerk chooses it again
  if (code === "UNAUTHENTICATED") return await sendToLogin(event, false);
  if (code === "FORBIDDEN") error(403, "Su puesto no importa el padrón.");
  if (response.status === 201 && body.id) return { id: body.id };
  return { error: body.errors?.[0]?.message ?? `El servidor no aceptó el archivo (${response.status}).` };
}
