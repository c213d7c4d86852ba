// The Open311 GeoReport v2 door (https://wiki.open311.org/GeoReport_v2): /open311/v2/services and /requests, in JSON
// or XML by the path's extension. It parses parameters, calls the Open311 services (which call the complaint services)
// and writes GeoReport's shapes; errors are GeoReport's list of {code, description} with the same HTTP status.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Actor } from "../auth/actor.ts";
import type { ActingScope } from "../context.ts";
import { isGranted, Operations } from "../auth/policies.ts";
import { DomainError, badInput } from "../shared/errors.ts";
import { translateDatabaseError } from "../shared/database-errors.ts";
import { textProblem } from "../shared/input-rules.ts";
import { validationFailures, VALIDATION_OPTIONS } from "../shared/validation.ts";
import { validate } from "class-validator";
import { FileComplaintInput } from "../modules/complaint/complaint.inputs.ts";
import { CONTROL_NUMBER_ATTRIBUTE, isOpen311Service, open311ServiceDefinition, open311Services } from "../modules/open311/open311.catalog.ts";
import { fileServiceRequest, findServiceRequest, listServiceRequests } from "../modules/open311/open311.service.ts";
import { xmlDocument, xmlElement, type XmlValue } from "./xml.ts";

export const OPEN311_PREFIX = "/open311/v2/";

export type Open311Format = "json" | "xml";

export interface Open311Door {
  /** the caller of an api_key (null when unknown), or the seconds it must wait (its rate limit) */
  authenticate(apiKey: string): Promise<{ actor: Actor | null; wait: number }>;
  /** the service scope of one request by `actor` */
  scopeFor(actor: Actor): ActingScope;
  /** the request body, bounded like every other (throws past the bound) */
  readBody(req: IncomingMessage): Promise<string>;
}

/** GeoReport's error: a list of {code, description}, code being the HTTP status. */
export class Open311Error extends Error {
  constructor(public readonly status: number, description: string) {
    super(description);
  }
}

/** The format a path asks for (its extension), json when it names none we know. */
export function open311Format(pathname: string): Open311Format {
  return pathname.endsWith(".xml") ? "xml" : "json";
}

export function sendOpen311Error(res: ServerResponse, format: Open311Format, status: number, description: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const errors = [{ code: status, description }];
  send(res, format, status, format === "xml" ? xmlDocument("errors", "error", errors) : JSON.stringify(errors), headers);
}

function send(res: ServerResponse, format: Open311Format, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": format === "xml" ? "text/xml; charset=utf-8" : "application/json; charset=utf-8", ...headers });
  res.end(body);
}

/** Answers one request under /open311/v2/. */
export async function handleOpen311(req: IncomingMessage, res: ServerResponse, url: URL, door: Open311Door): Promise<void> {
  const match = /^\/open311\/v2\/(services|requests)(?:\/([^/]+?))?\.(json|xml)$/.exec(url.pathname);
  const format = open311Format(url.pathname);
  if (!match) return sendOpen311Error(res, format, 404, "No existe: use /open311/v2/services.json, /services/{código}.json, /requests.json o /requests/{folio}.json (o .xml)");
  const [, collection, rawId] = match;
  const id = rawId === undefined ? undefined : safeDecode(rawId);
  const method = req.method ?? "GET";
  const allowed = collection === "requests" && id === undefined ? ["GET", "POST"] : ["GET"];
  if (!allowed.includes(method)) return sendOpen311Error(res, format, 405, `Método no admitido; use ${allowed.join(" o ")}`, { allow: allowed.join(", ") });

  try {
    if (collection === "services") {
      if (id === undefined) return respond(res, format, "services", "service", open311Services());
      if (!isOpen311Service(id ?? "")) throw new Open311Error(404, `service_code: no existe el servicio ${id}`);
      const definition = open311ServiceDefinition(id as Parameters<typeof open311ServiceDefinition>[0]);
      return send(res, format, 200, format === "xml" ? `<?xml version="1.0" encoding="utf-8"?>\n${xmlElement("service_definition", definition as unknown as XmlValue)}\n` : JSON.stringify(definition));
    }
    const params = new URLSearchParams(url.search);
    if (method === "POST") {
      const contentType = String(req.headers["content-type"] ?? "");
      let body: string;
      try {
        body = await door.readBody(req);
      } catch (error) {
        throw new Open311Error(413, (error as Error).message);
      }
      if (body && !contentType.includes("application/x-www-form-urlencoded")) throw new Open311Error(400, "Envíe los parámetros como application/x-www-form-urlencoded");
      for (const [name, value] of new URLSearchParams(body)) params.append(name, value);
    }
    for (const [name, value] of params) {
      const problem = textProblem(value);
      if (problem) throw new Open311Error(400, `${name}: ${problem}`);
    }
    const apiKey = params.get("api_key") ?? req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!apiKey) throw new Open311Error(403, "api_key: falta la clave de API del sistema asociado");
    const { actor, wait } = await door.authenticate(apiKey);
    if (wait) return sendOpen311Error(res, format, 429, `Demasiadas solicitudes de esta cuenta; intente de nuevo en ${wait} s`, { "retry-after": String(wait) });
    if (!actor) throw new Open311Error(403, "api_key: la clave no es válida o fue revocada");
    const scope = door.scopeFor(actor);

    if (method === "POST") {
      if (!isGranted(actor, Operations.fileComplaint)) throw new Open311Error(403, "api_key: la clave no tiene el alcance complaints:write");
      const filed = await fileServiceRequest(scope, await requestInput(params));
      return respond(res, format, "service_requests", "request", [filed], 201);
    }
    if (!isGranted(actor, Operations.readComplaints)) throw new Open311Error(403, "api_key: la clave no tiene el alcance complaints:read ni complaints:write");
    if (id !== undefined) return respond(res, format, "service_requests", "request", [await findServiceRequest(scope, id)]);
    const requests = await listServiceRequests(scope, {
      ids: list(params.get("service_request_id")),
      serviceCodes: list(params.get("service_code"))?.map((code) => {
        if (!isOpen311Service(code)) throw badInput("service_code", `No existe el servicio ${code}`);
        return code;
      }),
      statuses: list(params.get("status"))?.map((status) => {
        if (status !== "open" && status !== "closed") throw badInput("status", "Use open o closed");
        return status;
      }),
      startDate: dateParam(params, "start_date"),
      endDate: dateParam(params, "end_date"),
      page: intParam(params, "page"),
      pageSize: intParam(params, "page_size"),
    });
    return respond(res, format, "service_requests", "request", requests);
  } catch (error) {
    if (error instanceof Open311Error) return sendOpen311Error(res, format, error.status, error.message);
    const domainError = error instanceof DomainError ? error : translateDatabaseError(error);
    if (!domainError) throw error;
    const status = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 403, CONFLICT: 409, BAD_USER_INPUT: 400, RATE_LIMITED: 429, INTERNAL_SERVER_ERROR: 500 }[domainError.code];
    const field = domainError.field ? `${PARAMETER_OF[domainError.field] ?? domainError.field}: ` : "";
    return sendOpen311Error(res, format, status, `${field}${domainError.message}`);
  }
}

function respond(res: ServerResponse, format: Open311Format, root: string, item: string, items: object[], status = 200): void {
  send(res, format, status, format === "xml" ? xmlDocument(root, item, items as XmlValue[]) : JSON.stringify(items));
}

/** The GeoReport parameter behind each field the complaint services name in their errors. */
const PARAMETER_OF: Record<string, string> = {
  description: "description",
  locationText: "address_string",
  latitude: "lat",
  longitude: "long",
  reporterName: "first_name",
  reporterPhone: "phone",
  controlNumber: `attribute[${CONTROL_NUMBER_ATTRIBUTE}]`,
  connectionId: `attribute[${CONTROL_NUMBER_ATTRIBUTE}]`,
  category: "service_code",
};

/** A POST's parameters as the input of a complaint, checked with the same constraints as the GraphQL input. */
async function requestInput(params: URLSearchParams) {
  const serviceCode = params.get("service_code")?.trim();
  if (!serviceCode) throw new Open311Error(400, "service_code: indique el servicio");
  if (!isOpen311Service(serviceCode)) throw new Open311Error(404, `service_code: no existe el servicio ${serviceCode}`);
  if (!params.get("lat") && !params.get("long") && !params.get("address_string")?.trim() && !params.get(`attribute[${CONTROL_NUMBER_ATTRIBUTE}]`)?.trim()) {
    throw new Open311Error(400, `lat, long: indique la ubicación (lat y long, o address_string) o attribute[${CONTROL_NUMBER_ATTRIBUTE}]`);
  }
  const name = [params.get("first_name"), params.get("last_name")].map((s) => s?.trim()).filter(Boolean).join(" ");
  const input = Object.assign(new FileComplaintInput(), {
    description: params.get("description") ?? "",
    locationText: params.get("address_string")?.trim() || undefined,
    latitude: numberParam(params, "lat"),
    longitude: numberParam(params, "long"),
    // who reports it is kept for the department (never shown back); an app's anonymous report is "Anónimo"
    reporterName: name || "Anónimo",
    reporterPhone: params.get("phone")?.trim() || undefined,
  });
  const failures = validationFailures(await validate(input, VALIDATION_OPTIONS));
  if (failures.length) throw failures[0];
  return {
    serviceCode,
    description: input.description,
    addressString: input.locationText,
    latitude: input.latitude,
    longitude: input.longitude,
    reporterName: input.reporterName,
    reporterPhone: input.reporterPhone,
    controlNumber: params.get(`attribute[${CONTROL_NUMBER_ATTRIBUTE}]`)?.trim() || null,
  };
}

function numberParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name)?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Open311Error(400, `${name}: no es un número`);
  return value;
}

function intParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name)?.trim();
  if (!raw) return undefined;
  if (!/^\d{1,6}$/.test(raw)) throw new Open311Error(400, `${name}: no es un número entero`);
  return Number(raw);
}

/** A W3C date-time with its offset (2026-11-30T10:00:00-07:00) or a date (2026-11-30: the start of that UTC day). */
function dateParam(params: URLSearchParams, name: string): Date | null {
  // an unencoded "+" of the offset arrives as a space
  const raw = params.get(name)?.trim().replace(/ (\d{2}:\d{2})$/, "+$1");
  if (!raw) return null;
  const value = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(raw) ? new Date(raw) : new Date(NaN);
  if (Number.isNaN(value.getTime())) throw new Open311Error(400, `${name}: use una fecha W3C, p. ej. 2026-11-30T10:00:00-07:00`);
  return value;
}

/** A comma-delimited list (GeoReport v2), undefined when absent. */
function list(raw: string | null): string[] | undefined {
  if (raw == null) return undefined;
  const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.some((s) => s.length > 50)) throw new Open311Error(400, "Un valor de la lista es demasiado largo");
  return items.length ? items : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
