import type { ServerResponse } from "node:http";

/** Answers with a GraphQL-shaped error (`errors[0].extensions.code`), unless the response has been sent already. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
