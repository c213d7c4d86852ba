// The Open311 GeoReport v2 door over real HTTP, in JSON and XML, field by field as the specification's examples show
// them (services, service definition, POST requests, GET requests, GET request, errors).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/src/app.ts";
import { loadConfig } from "../../server/src/config.ts";
import { COMPLAINT_CATEGORIES } from "../../server/src/shared/labels.ts";
import { createPostgresDatabase, type TestDatabase } from "../support/databases.ts";
import { createApiClientKey, createConnection, createStaff } from "../support/factories.ts";
import { asXmlText, parseXml, plain } from "../support/xml.ts";

let database: TestDatabase;
let app: App;
let server: http.Server;
let base: string;
let line073: string;
let otherPartner: string;
let readOnly: string;

async function listen(handler: App["handle"]): Promise<{ server: http.Server; base: string }> {
  const server = http.createServer((req, res) => void handler(req, res).catch(() => res.writeHead(500).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/open311/v2` };
}

beforeAll(async () => {
  database = await createPostgresDatabase();
  app = await createApp({ db: database.db, config: loadConfig({ DATABASE_URL: "postgresql://unused" }) });
  ({ server, base } = await listen(app.handle));
  await createStaff(database.db, ["VERIFIER"]);
  line073 = await createApiClientKey(database.db, ["complaints:write"]);
  otherPartner = await createApiClientKey(database.db, ["complaints:write"]);
  readOnly = await createApiClientKey(database.db, ["complaints:read", "connections:read"]);
});
afterAll(async () => {
  server?.close();
  await app?.stop();
  await database?.drop();
});

/** A response whose JSON body the test reads freely. */
type Answer = Omit<Response, "json"> & { json(): Promise<any> };
const get = (path: string) => fetch(`${base}${path}`) as Promise<Answer>;
const post = (path: string, form: Record<string, string>) =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form).toString() }) as Promise<Answer>;

/** The XML elements that hold lists (so one item still reads as a list). */
const LISTS = ["services", "service_requests", "errors", "attributes", "values"];

/** The answer in both formats: status, content type and body (XML parsed as plain data). */
async function both(call: (format: "json" | "xml") => Promise<Answer>, lists = LISTS) {
  const json = await call("json");
  const xml = await call("xml");
  const xmlText = await xml.text();
  return {
    status: [json.status, xml.status],
    types: [json.headers.get("content-type"), xml.headers.get("content-type")],
    json: await json.json(),
    xml: plain(parseXml(xmlText), lists),
    xmlText,
  };
}

const leak = { service_code: "WATER_LEAK", lat: "25.3651", long: "-108.1623", address_string: "Juárez y Morelos, Angostura", description: "Brota agua de la banqueta desde anoche" };
const reporter = { first_name: "Ana", last_name: "Quintero Zazueta", phone: "667 123 4567", email: "ana.quintero@correo.mx", device_id: "app-311", account_id: "99" };

describe("Open311 services", () => {
  it("should list the complaint categories as services with Spanish names and descriptions, in JSON and XML", async () => {
    const answer = await both((f) => get(`/services.${f}`));
    expect(answer.status).toEqual([200, 200]);
    expect(answer.types).toEqual(["application/json; charset=utf-8", "text/xml; charset=utf-8"]);
    expect(answer.json).toHaveLength(9);
    // the specification's example, field by field
    expect(answer.json[0]).toEqual({
      service_code: "WATER_LEAK",
      service_name: "Fuga de agua",
      description: expect.stringContaining("Fuga de agua potable"),
      metadata: true,
      type: "realtime",
      keywords: expect.stringContaining("fuga"),
      group: "Fugas",
    });
    for (const service of answer.json) expect(service.service_name).toBe(COMPLAINT_CATEGORIES[service.service_code as keyof typeof COMPLAINT_CATEGORIES]);
    expect(answer.xmlText).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<services><service><service_code>WATER_LEAK<\/service_code>/);
    expect(answer.xml).toEqual(asXmlText(answer.json));
  });

  it("should define a service's attributes: the control number, required where the complaint is about the account", async () => {
    const meter = await both((f) => get(`/services/EXCESS_CONSUMPTION.${f}`));
    expect(meter.status).toEqual([200, 200]);
    expect(meter.json).toEqual({
      service_code: "EXCESS_CONSUMPTION",
      attributes: [
        { variable: true, code: "control_number", datatype: "string", required: true, datatype_description: expect.any(String), order: 1, description: "Número de control de la toma (aparece en el recibo)" },
      ],
    });
    expect(meter.xmlText).toContain("<service_definition><service_code>EXCESS_CONSUMPTION</service_code><attributes><attribute><variable>true</variable>");
    expect(meter.xml).toEqual(asXmlText(meter.json));
    const leakDefinition = await (await get("/services/WATER_LEAK.json")).json();
    expect(leakDefinition.attributes[0].required).toBe(false);
  });

  it("should answer an unknown service with the specification's error list, in both formats", async () => {
    const answer = await both((f) => get(`/services/POTHOLE.${f}`));
    expect(answer.status).toEqual([404, 404]);
    expect(answer.json).toEqual([{ code: 404, description: expect.stringContaining("service_code") }]);
    expect(answer.xmlText).toContain("<errors><error><code>404</code><description>");
    expect(answer.xml).toEqual(asXmlText(answer.json));
    expect((await get("/nothing.json")).status).toBe(404);
    expect((await fetch(`${base}/services.json`, { method: "DELETE" })).status).toBe(405);
  });
});

describe("Open311 POST requests", () => {
  it("should file a leak report as the partner's complaint and answer its folio as service_request_id, in JSON and XML", async () => {
    const answer = await both((f) => post(`/requests.${f}`, { api_key: line073, ...leak, ...reporter }));
    expect(answer.status).toEqual([201, 201]);
    expect(answer.json).toEqual([{ service_request_id: expect.stringMatching(/^Q-\d{4}-\d{6}$/), service_notice: expect.any(String), account_id: null }]);
    expect(answer.xml).toEqual([{ service_request_id: expect.stringMatching(/^Q-\d{4}-\d{6}$/), service_notice: answer.json[0].service_notice, account_id: null }]);
    expect(answer.xmlText).toContain("<account_id/>");

    const filed = await database.db.complaint.findUniqueOrThrow({ where: { folio: answer.json[0].service_request_id }, include: { apiClient: true } });
    expect(filed).toMatchObject({ category: "WATER_LEAK", kind: "PROBLEM_REPORT", channel: "PARTNER", status: "OPEN", reporterName: "Ana Quintero Zazueta", reporterPhone: "6671234567", locationText: leak.address_string });
    expect(Number(filed.latitude)).toBeCloseTo(25.3651);
    expect(filed.apiClient?.keyPrefix).toBe(line073.split("_")[1]);
    const audit = await database.db.auditEntry.findFirstOrThrow({ where: { action: "complaint.file", entityId: String(filed.id) } });
    expect(audit.actorName).toMatch(/^api:/);
  });

  it("should take coordinates alone as the place, and a control number for a meter complaint (which issues a verification order)", async () => {
    const byCoordinates = await post("/requests.json", { api_key: line073, service_code: "SEWER_LEAK", lat: "25.36", long: "-108.16", description: "Sale agua negra del registro" });
    expect(byCoordinates.status).toBe(201);
    const connection = await createConnection(database.db, { controlNumber: "311-0001" });
    const meter = await post("/requests.json", { api_key: line073, service_code: "EXCESS_CONSUMPTION", "attribute[control_number]": "311-0001", description: "El recibo marca el triple" });
    expect(meter.status).toBe(201);
    const [filed] = await meter.json();
    expect(filed.service_notice).toContain("verificador");
    const complaint = await database.db.complaint.findUniqueOrThrow({ where: { folio: filed.service_request_id }, include: { workOrders: true } });
    expect(complaint).toMatchObject({ connectionId: connection.id, status: "IN_VERIFICATION", reporterName: "Anónimo" });
    expect(complaint.workOrders.map((o) => o.type)).toEqual(["VERIFICATION"]);
  });

  it("should refuse, with the specification's status and error list, what the complaint services refuse", async () => {
    const cases: [Record<string, string>, number, string][] = [
      [{ ...leak }, 403, "api_key"],
      [{ ...leak, api_key: "vtk_000000000000_nada" }, 403, "api_key"],
      [{ ...leak, api_key: readOnly }, 403, "complaints:write"],
      [{ ...leak, api_key: line073, service_code: "" }, 400, "service_code"],
      [{ ...leak, api_key: line073, service_code: "POTHOLE" }, 404, "service_code"],
      [{ api_key: line073, service_code: "WATER_LEAK", description: "Sin lugar" }, 400, "lat"],
      [{ ...leak, api_key: line073, lat: "norte" }, 400, "lat"],
      [{ ...leak, api_key: line073, lat: "95" }, 400, "lat"],
      [{ ...leak, api_key: line073, long: "" }, 400, "lat"],
      [{ ...leak, api_key: line073, description: "" }, 400, "description"],
      [{ ...leak, api_key: line073, description: "x".repeat(2001) }, 400, "description"],
      [{ ...leak, api_key: line073, phone: "12" }, 400, "phone"],
      [{ ...leak, api_key: line073, description: "con \u0000 nulo" }, 400, "description"],
      [{ api_key: line073, service_code: "METER_MALFUNCTION", address_string: "Calle 5", description: "No gira" }, 400, "attribute[control_number]"],
      [{ api_key: line073, service_code: "METER_MALFUNCTION", "attribute[control_number]": "NO-EXISTE", description: "No gira" }, 400, "attribute[control_number]"],
    ];
    for (const [form, status, named] of cases) {
      const answer = await both((f) => post(`/requests.${f}`, form));
      expect({ form, status: answer.status }).toEqual({ form, status: [status, status] });
      expect(answer.json).toEqual([{ code: status, description: expect.stringContaining(named) }]);
      expect(answer.xml).toEqual(asXmlText(answer.json));
    }
    const tooBig = await post("/requests.json", { api_key: line073, ...leak, description: "x".repeat(1_100_000) });
    expect(tooBig.status).toBe(413);
    const asJson = await fetch(`${base}/requests.json`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ api_key: line073, ...leak }) });
    expect(asJson.status).toBe(400);
  });
});

describe("Open311 GET requests", () => {
  const REQUEST_FIELDS = [
    "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
    "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url",
  ];

  it("should answer one request with every field of the specification and none of the reporter's data, in JSON and XML", async () => {
    const [filed] = await (await post("/requests.json", { api_key: line073, ...leak, ...reporter })).json();
    const answer = await both((f) => get(`/requests/${filed.service_request_id}.${f}?api_key=${line073}`));
    expect(answer.status).toEqual([200, 200]);
    expect(answer.json).toHaveLength(1);
    const [request] = answer.json;
    expect(Object.keys(request)).toEqual(REQUEST_FIELDS);
    expect(request).toEqual({
      service_request_id: filed.service_request_id,
      status: "open",
      status_notes: "Abierta",
      service_name: "Fuga de agua",
      service_code: "WATER_LEAK",
      description: leak.description,
      agency_responsible: "Departamento de Asistencia al Usuario",
      service_notice: null,
      requested_datetime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-07:00$/),
      updated_datetime: request.requested_datetime,
      expected_datetime: null,
      address: leak.address_string,
      address_id: null,
      zipcode: null,
      lat: 25.3651,
      long: -108.1623,
      media_url: null,
    });
    const created = await database.db.complaint.findUniqueOrThrow({ where: { folio: filed.service_request_id } });
    expect(new Date(request.requested_datetime).getTime()).toBe(Math.floor(created.createdAt.getTime() / 1000) * 1000);
    expect(answer.xml).toEqual(asXmlText(answer.json));
    for (const text of [JSON.stringify(answer.json), answer.xmlText]) {
      for (const personal of ["Ana", "Quintero", "6671234567", "667 123 4567", "ana.quintero"]) expect(text).not.toContain(personal);
    }
  });

  it("should show no place of a connection a request was filed on (the customer's address), and the order's due date as expected_datetime", async () => {
    const connection = await createConnection(database.db, { controlNumber: "311-0002" });
    await database.db.serviceConnection.update({ where: { id: connection.id }, data: { latitude: 25.1, longitude: -108.1 } });
    const [filed] = await (await post("/requests.json", { api_key: line073, service_code: "METER_MALFUNCTION", "attribute[control_number]": "311-0002", description: "No gira" })).json();
    const [request] = await (await get(`/requests/${filed.service_request_id}.json?api_key=${line073}`)).json();
    const order = await database.db.workOrder.findFirstOrThrow({ where: { complaint: { folio: filed.service_request_id } } });
    expect(request).toMatchObject({ status: "open", status_notes: "En verificación", address: null, lat: null, long: null });
    expect(new Date(request.expected_datetime).getTime()).toBe(Math.floor(order.dueAt.getTime() / 1000) * 1000);
    expect(JSON.stringify(request)).not.toContain("Benito Juárez");
  });

  it("should list only the partner's own requests, filtered by ids, service, status and a window of at most 90 days, page by page", async () => {
    const mine: string[] = [];
    for (const description of ["Fuga uno", "Fuga dos", "Fuga tres"]) mine.push((await (await post("/requests.json", { api_key: otherPartner, ...leak, description })).json())[0].service_request_id);
    const closed = await database.db.complaint.update({ where: { folio: mine[0] }, data: { status: "CLOSED", resolvedAt: new Date(), resolution: "Reparada" } });
    const old = await database.db.complaint.update({ where: { folio: mine[1] }, data: { createdAt: new Date(Date.now() - 100 * 86_400_000) } });
    const list = async (query: string) => {
      const answer = await both((f) => get(`/requests.${f}?api_key=${otherPartner}&${query}`));
      expect(answer.status).toEqual([200, 200]);
      expect(answer.xml).toEqual(asXmlText(answer.json));
      return answer.json.map((r: { service_request_id: string }) => r.service_request_id);
    };

    expect(await list("")).toEqual([mine[2], mine[0]]); // newest first; the 100-day-old one is outside the default window
    expect(await list("status=open")).toEqual([mine[2]]);
    expect(await list("status=closed")).toEqual([mine[0]]);
    expect(await list("status=open,closed&service_code=SEWER_LEAK")).toEqual([]);
    expect(await list(`service_request_id=${mine[1]},${mine[0]}`)).toEqual([mine[0], mine[1]]); // newest first: the old one last
    const start = new Date(old.createdAt.getTime() - 86_400_000).toISOString();
    const end = new Date(old.createdAt.getTime() + 86_400_000).toISOString();
    expect(await list(`start_date=${start}&end_date=${end}`)).toEqual([mine[1]]);
    expect(await list("page_size=1")).toEqual([mine[2]]);
    expect(await list("page_size=1&page=2")).toEqual([mine[0]]);
    expect(await list("page_size=1&page=3")).toEqual([]);
    const [closedRequest] = await (await get(`/requests/${closed.folio}.json?api_key=${otherPartner}`)).json();
    expect(closedRequest).toMatchObject({ status: "closed", status_notes: "Cerrada. Reparada" });

    // another partner's folio is not found, and not listed
    const foreign = await both((f) => get(`/requests/${mine[2]}.${f}?api_key=${line073}`));
    expect(foreign.status).toEqual([404, 404]);
    expect(await (await get(`/requests.json?api_key=${line073}&service_request_id=${mine[2]}`)).json()).toEqual([]);
  });

  it("should refuse a search out of bounds and a caller without a key, with the specification's errors", async () => {
    const cases: [string, number, string][] = [
      ["", 403, "api_key"],
      [`api_key=${line073}&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z`, 400, "start_date"],
      [`api_key=${line073}&start_date=ayer`, 400, "start_date"],
      [`api_key=${line073}&status=pending`, 400, "status"],
      [`api_key=${line073}&service_code=POTHOLE`, 400, "service_code"],
      [`api_key=${line073}&page_size=500`, 400, "page_size"],
      [`api_key=${line073}&page=0`, 400, "page"],
      [`api_key=${line073}&service_request_id=${Array.from({ length: 101 }, (_, i) => `Q-${i}`).join(",")}`, 400, "service_request_id"],
    ];
    for (const [query, status, named] of cases) {
      const answer = await both((f) => get(`/requests.${f}?${query}`));
      expect({ query, status: answer.status }).toEqual({ query, status: [status, status] });
      expect(answer.json).toEqual([{ code: status, description: expect.stringContaining(named) }]);
    }
    // the key may also come as a bearer token
    const bearer = await fetch(`${base}/requests.json`, { headers: { authorization: `Bearer ${line073}` } });
    expect(bearer.status).toBe(200);
  });

  it("should apply the API's per-account rate limit to the door, answered as an Open311 error", async () => {
    const limited = await createApp({ db: database.db, config: loadConfig({ DATABASE_URL: "postgresql://unused", RATE_LIMIT_PER_ACCOUNT: "2" }) });
    const door = await listen(limited.handle);
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${door.base}/requests.xml?api_key=${line073}`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const refused = await fetch(`${door.base}/requests.xml?api_key=${line073}`);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(plain(parseXml(await refused.text()), LISTS)).toEqual([{ code: "429", description: expect.stringContaining("Demasiadas solicitudes") }]);
    } finally {
      door.server.close();
      await limited.stop();
    }
  });
});
