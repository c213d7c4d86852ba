// POST /uploads/register-import: the portal's upload of a register file (CSV or XLSX), as the request body (not
// GraphQL: a file of tens of megabytes does not belong in a JSON document). The caller must be allowed to manage the
// register (Operations.manageRegister). The body streams to disk under config.importDir, bounded by
// config.importMaxBytes; the headers row is checked; then its dry run is queued for the server's import worker.
// Answers 201 {"id": "<the run's id>"}, or an error shaped like GraphQL's (errors[0].extensions.code).
import fs from "node:fs";
import path from "node:path";
import { createHash, randomUUID } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ActingScope, Scope } from "../../context.ts";
import { isGranted, Operations } from "../../auth/policies.ts";
import { sendError } from "../../http/responses.ts";
import { IMPORT_COLUMNS } from "./import.columns.ts";
import { missingColumns, registerFileFormat } from "./import.reader.ts";
import { queueUploadedRegisterFile, registerImportApiId } from "./import.service.ts";

export const REGISTER_UPLOAD_PATH = "/uploads/register-import";

class TooLarge extends Error {}

export async function uploadRegisterFile(req: IncomingMessage, res: ServerResponse, scope: Scope): Promise<void> {
  if (req.method !== "POST") return sendError(res, 405, "BAD_REQUEST", "Use POST con el archivo como cuerpo", { allow: "POST" });
  if (!scope.actor) return sendError(res, 401, "UNAUTHENTICATED", "Inicie sesión");
  if (!isGranted(scope.actor, Operations.manageRegister)) return sendError(res, 403, "FORBIDDEN", "Su puesto no importa el padrón");
  const { config } = scope;
  let fileName: string;
  try {
    fileName = path.basename(decodeURIComponent(String(req.headers["x-file-name"] ?? ""))).trim();
  } catch {
    fileName = "";
  }
  if (!fileName || fileName.length > 200) return sendError(res, 400, "BAD_USER_INPUT", "Falta el nombre del archivo (encabezado X-File-Name)");
  const extension = path.extname(fileName).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx") return sendError(res, 415, "BAD_USER_INPUT", "El archivo debe ser .csv o .xlsx");
  const maxMb = Math.round(config.importMaxBytes / 2 ** 20);
  if (Number(req.headers["content-length"] ?? 0) > config.importMaxBytes) return sendError(res, 413, "BAD_USER_INPUT", `El archivo pasa del límite de ${maxMb} MB`);

  fs.mkdirSync(config.importDir, { recursive: true });
  const storedFile = path.join(config.importDir, `${randomUUID()}${extension}`);
  const hash = createHash("sha256");
  let size = 0;
  try {
    await pipeline(
      req,
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > config.importMaxBytes) return done(new TooLarge());
          hash.update(chunk);
          done(null, chunk);
        },
      }),
      fs.createWriteStream(storedFile, { flags: "wx" }),
    );
  } catch (error) {
    fs.rmSync(storedFile, { force: true });
    if (error instanceof TooLarge) {
      sendError(res, 413, "BAD_USER_INPUT", `El archivo pasa del límite de ${maxMb} MB`, { connection: "close" });
      req.resume();
      return;
    }
    throw error;
  }
  const format = registerFileFormat(fileName);
  let missing: string[];
  try {
    missing = size ? await missingColumns(storedFile, format) : ["(archivo vacío)"];
  } catch {
    missing = ["(no se pudo leer el archivo)"];
  }
  if (missing.length) {
    fs.rmSync(storedFile, { force: true });
    return sendError(res, 400, "BAD_USER_INPUT", `El archivo no tiene las columnas obligatorias: ${missing.join(", ")}. La primera fila lleva los encabezados (${REQUIRED_HINT}).`);
  }
  const job = await queueUploadedRegisterFile(scope as ActingScope, { fileName, storedFile, sha256: hash.digest("hex"), format });
  res.writeHead(201, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ id: registerImportApiId(job.id) }));
}

const REQUIRED_HINT = `${IMPORT_COLUMNS.controlNumber[0]}, ${IMPORT_COLUMNS.fullName[0]}, ${IMPORT_COLUMNS.locality[0]}, …`;
