// Trusted documents (issue 11): the operations of the portal and of the partners' typed client are known at build
// time; graphql-codegen writes each set's manifest (sha256 → document). A request may name a document by
// `documentId` instead of sending its text. Where the rule is on (production by default), callers that are not
// API-key partners — portal sessions, a stolen session cookie, anonymous callers — may run only manifest documents;
// partners may send any document, within the operation limits every caller has.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Actor } from "../auth/actor.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Where the manifests are (written by `npm run codegen`, committed). */
export const MANIFEST_FILES = [
  path.join(ROOT, "web/src/lib/graphql/generated/persisted-documents.json"),
  path.join(ROOT, "clients/typescript/src/generated/persisted-documents.json"),
];

export type TrustedDocuments = ReadonlyMap<string, string>;

export const documentHash = (text: string) => createHash("sha256").update(text).digest("hex");

/** Every manifest's documents by hash; a manifest whose hash does not match its text is refused at start. */
export function loadTrustedDocuments(files = MANIFEST_FILES): TrustedDocuments {
  const documents = new Map<string, string>();
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    for (const [id, text] of Object.entries(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>)) {
      const hash = id.replace(/^sha256:/, "");
      if (documentHash(text) !== hash) throw new Error(`${path.relative(ROOT, file)}: the document of ${id} does not have that hash`);
      documents.set(hash, text);
    }
  }
  return documents;
}

export type DocumentRefusal = { status: number; code: string; message: string };

/**
 * The request body with the document's text in `query`, or why it is refused. `documentId` ("sha256:<hex>" or
 * "<hex>") wins over `query` when it is known.
 */
export function resolveDocument(body: unknown, actor: Actor | null, documents: TrustedDocuments, enforce: boolean): { body: unknown } | { refusal: DocumentRefusal } {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { body };
  const request = body as { documentId?: unknown; query?: unknown };
  const partner = actor?.kind === "partner";
  if (request.documentId !== undefined) {
    const hash = typeof request.documentId === "string" ? request.documentId.replace(/^sha256:/, "") : "";
    const text = documents.get(hash);
    if (text) return { body: { ...withoutDocumentId(request), query: text } };
    if (!(partner && typeof request.query === "string")) {
      return { refusal: { status: 400, code: "PERSISTED_DOCUMENT_NOT_FOUND", message: "El documento indicado no está entre los documentos de confianza" } };
    }
  }
  if (enforce && !partner && typeof request.query === "string" && !documents.has(documentHash(request.query))) {
    return { refusal: { status: 400, code: "TRUSTED_DOCUMENT_REQUIRED", message: "Solo se aceptan las operaciones del portal (documentos de confianza) para esta sesión" } };
  }
  return { body: withoutDocumentId(request) };
}

function withoutDocumentId({ documentId: _, ...rest }: { documentId?: unknown; [key: string]: unknown }) {
  return rest;
}
