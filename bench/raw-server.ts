// The raw ceiling: the rows of each read scenario fetched by hand-written SQL through `pg` on a bare node:http server,
// answered as the same JSON the API gives. No authentication, no GraphQL: what the database and Node cost alone.
// POST {operationName, variables} (the verifier's scenarios add `staffId`, which the API takes from the session).
import "reflect-metadata";
import http from "node:http";
import pg from "pg";
import { toGlobalId, fromGlobalId } from "../server/src/shared/global-id.ts";
import { searchTerms } from "../server/src/modules/service-connection/service-connection.service.ts";
import { renderSummary } from "../server/src/modules/history/history.render.ts";
import { OPEN_COMPLAINT_STATUSES, OPEN_WORK_ORDER_STATUSES } from "../server/src/shared/workflow-facts.ts";
import type { Actor } from "../server/src/auth/actor.ts";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
/** the pool, counting the statements of one request (sent back in the x-statements header) */
type Db = { query: (sql: string, params?: unknown[]) => Promise<pg.QueryResult<any>> };
// numeric and timestamps as the API prints them
pg.types.setTypeParser(1700, (v) => v);
const cursor = (id: number) => Buffer.from(`c:${id}`).toString("base64url");
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const FRONT_DESK: Actor = { kind: "staff", id: 0, username: "raw", fullName: "raw", roles: ["FRONT_DESK"], mustChangePassword: false } as unknown as Actor;
const OPEN_ORDERS = [...OPEN_WORK_ORDER_STATUSES];
const OPEN_COMPLAINTS = [...OPEN_COMPLAINT_STATUSES];

async function searchConnections(db: Db, v: { first: number; filter?: { search?: string } }) {
  const terms = searchTerms(v.filter?.search).map((t) => `%${t}%`);
  const where = terms.length ? "WHERE " + terms.map((_, i) => `c."searchText" LIKE $${i + 1}`).join(" AND ") : "";
  const [rows, count] = await Promise.all([
    db.query(`SELECT c.id, c."controlNumber", c.street, c."exteriorNumber", c.neighborhood, c.status, c.balance, u."fullName", l.name AS locality
      FROM "ServiceConnection" c JOIN "User" u ON u.id = c."holderId" JOIN "Locality" l ON l.id = c."localityId"
      ${where} ORDER BY c.id LIMIT ${v.first + 1}`, terms),
    db.query(`SELECT count(*)::int AS n FROM "ServiceConnection" c ${where}`, terms),
  ]);
  const nodes = rows.rows.slice(0, v.first);
  return {
    serviceConnections: {
      totalCount: count.rows[0].n,
      pageInfo: { hasNextPage: rows.rows.length > v.first, endCursor: nodes.length ? cursor(nodes.at(-1).id) : null },
      edges: nodes.map((r) => ({
        cursor: cursor(r.id),
        node: { id: toGlobalId("ServiceConnection", r.id), controlNumber: r.controlNumber, street: r.street, exteriorNumber: r.exteriorNumber,
          neighborhood: r.neighborhood, status: r.status, balance: r.balance, holder: { fullName: r.fullName }, locality: { name: r.locality } },
      })),
    },
  };
}

const orderSummary = (o: any) => ({
  id: toGlobalId("WorkOrder", o.id), folio: o.folio, type: o.type, status: o.status, dueAt: iso(o.dueAt), overdue: o.dueAt < new Date(),
  assignee: o.assigneeId ? { username: o.username, fullName: o.assigneeName } : null,
});

async function connectionCard(db: Db, v: { controlNumber: string; historyFirst: number }) {
  const byNumber = `(SELECT id FROM "ServiceConnection" WHERE "controlNumber" = $1)`;
  const [c, complaints, orders, history, total] = await Promise.all([
    db.query(`SELECT c.*, u."fullName", u.curp, u.phone, u.email, l.name AS locality, l.municipality, m."serialNumber", m.brand, m."installedAt", m."lastReadingM3"
      FROM "ServiceConnection" c JOIN "User" u ON u.id = c."holderId" JOIN "Locality" l ON l.id = c."localityId"
      LEFT JOIN LATERAL (SELECT * FROM "Meter" WHERE "connectionId" = c.id AND "removedAt" IS NULL ORDER BY "installedAt" DESC, id DESC LIMIT 1) m ON true
      WHERE c."controlNumber" = $1`, [v.controlNumber]),
    db.query(`SELECT id, folio, kind, category, status, "createdAt" FROM "Complaint" WHERE "connectionId" = ${byNumber} AND status = ANY($2::"ComplaintStatus"[]) ORDER BY id DESC LIMIT 50`, [v.controlNumber, OPEN_COMPLAINTS]),
    db.query(`SELECT w.id, w.folio, w.type, w.status, w."dueAt", w."assigneeId", s.username, s."fullName" AS "assigneeName"
      FROM "WorkOrder" w LEFT JOIN "Staff" s ON s.id = w."assigneeId" WHERE w."connectionId" = ${byNumber} AND w.status = ANY($2::"WorkOrderStatus"[]) ORDER BY w.id DESC LIMIT 50`, [v.controlNumber, OPEN_ORDERS]),
    db.query(`SELECT id, type, summary, details, "occurredAt" FROM "HistoryEvent" WHERE "connectionId" = ${byNumber} ORDER BY id DESC LIMIT ${v.historyFirst + 1}`, [v.controlNumber]),
    db.query(`SELECT count(*)::int AS n FROM "HistoryEvent" WHERE "connectionId" = ${byNumber}`, [v.controlNumber]),
  ]);
  const r = c.rows[0];
  if (!r) return { serviceConnection: null };
  const events = history.rows.slice(0, v.historyFirst);
  return {
    serviceConnection: {
      id: toGlobalId("ServiceConnection", r.id), controlNumber: r.controlNumber, street: r.street, exteriorNumber: r.exteriorNumber, neighborhood: r.neighborhood,
      type: r.type, status: r.status, balance: r.balance, periodsOwed: r.periodsOwed,
      holder: { fullName: r.fullName, curp: r.curp, phone: r.phone, email: r.email },
      locality: { name: r.locality, municipality: r.municipality },
      meter: r.serialNumber ? { serialNumber: r.serialNumber, brand: r.brand, installedAt: iso(r.installedAt), lastReadingM3: r.lastReadingM3 } : null,
      openComplaints: complaints.rows.map((q) => ({ id: toGlobalId("Complaint", q.id), folio: q.folio, kind: q.kind, category: q.category, status: q.status, createdAt: iso(q.createdAt) })),
      openWorkOrders: orders.rows.map(orderSummary),
      history: {
        totalCount: total.rows[0].n,
        pageInfo: { hasNextPage: history.rows.length > v.historyFirst, endCursor: events.length ? cursor(events.at(-1).id) : null },
        nodes: events.map((e) => ({ id: toGlobalId("HistoryEvent", e.id), type: e.type, summary: renderSummary(e, FRONT_DESK), occurredAt: iso(e.occurredAt) })),
      },
    },
  };
}

const ORDER_COLUMNS = `w.*, s.username, s."fullName" AS "assigneeName", c."controlNumber", c.street, c."exteriorNumber", c.neighborhood, c.balance,
  u."fullName" AS "holderName", l.name AS locality, m."serialNumber", m.brand, q."locationText", q.folio AS "complaintFolio", q.category, q.description`;
const ORDER_JOINS = `LEFT JOIN "Staff" s ON s.id = w."assigneeId" LEFT JOIN "ServiceConnection" c ON c.id = w."connectionId"
  LEFT JOIN "User" u ON u.id = c."holderId" LEFT JOIN "Locality" l ON l.id = c."localityId" LEFT JOIN "Complaint" q ON q.id = w."complaintId"
  LEFT JOIN LATERAL (SELECT * FROM "Meter" WHERE "connectionId" = c.id AND "removedAt" IS NULL ORDER BY "installedAt" DESC, id DESC LIMIT 1) m ON true`;
const connectionOf = (o: any) => o.controlNumber ? {
  controlNumber: o.controlNumber, street: o.street, exteriorNumber: o.exteriorNumber, neighborhood: o.neighborhood,
  holder: { fullName: o.holderName }, locality: { name: o.locality }, meter: o.serialNumber ? { serialNumber: o.serialNumber, brand: o.brand } : null,
} : null;

async function workOrderList(db: Db, v: { first: number; staffId: number }) {
  const [rows, count] = await Promise.all([
    db.query(`SELECT ${ORDER_COLUMNS} FROM "WorkOrder" w ${ORDER_JOINS} WHERE w."assigneeId" = $1 AND w.status = ANY($2::"WorkOrderStatus"[]) ORDER BY w.id DESC LIMIT ${v.first + 1}`, [v.staffId, OPEN_ORDERS]),
    db.query(`SELECT count(*)::int AS n FROM "WorkOrder" w WHERE w."assigneeId" = $1 AND w.status = ANY($2::"WorkOrderStatus"[])`, [v.staffId, OPEN_ORDERS]),
  ]);
  const nodes = rows.rows.slice(0, v.first);
  return {
    workOrders: {
      totalCount: count.rows[0].n,
      pageInfo: { hasNextPage: rows.rows.length > v.first, endCursor: nodes.length ? cursor(nodes.at(-1).id) : null },
      nodes: nodes.map((o) => ({ ...orderSummary(o), department: o.department, complaint: o.complaintId ? { locationText: o.locationText } : null, connection: connectionOf(o) })),
    },
  };
}

async function workOrderDetail(db: Db, v: { id: string; staffId: number }) {
  const { id } = fromGlobalId(v.id);
  const { rows: [o] } = await db.query(`SELECT ${ORDER_COLUMNS} FROM "WorkOrder" w ${ORDER_JOINS} WHERE w.id = $1 AND w."assigneeId" = $2`, [id, v.staffId]);
  if (!o) return { node: null };
  return {
    node: {
      ...orderSummary(o), observations: o.observations, issuedAt: iso(o.issuedAt), completedAt: iso(o.completedAt), verificationOutcome: o.verificationOutcome,
      excessM3: o.excessM3, resultNotes: o.resultNotes, complaint: o.complaintId ? { folio: o.complaintFolio, category: o.category, description: o.description } : null,
      // a verifier may not read balances: the API answers null there with a FORBIDDEN error, the ceiling leaves it out
      connection: connectionOf(o) && { ...connectionOf(o), balance: null },
    },
  };
}

const OPERATIONS: Record<string, (db: Db, variables: any) => Promise<unknown>> = {
  SearchConnections: searchConnections, ConnectionCard: connectionCard, WorkOrderList: workOrderList, WorkOrderDetail: workOrderDetail,
};

const server = http.createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    const run = OPERATIONS[operationName];
    if (!run) return void res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: `unknown operation ${operationName}` }] }));
    let statements = 0;
    const data = await run({ query: (sql, params) => (statements++, pool.query(sql, params)) }, variables ?? {});
    res.writeHead(200, { "content-type": "application/json", "x-statements": String(statements) }).end(JSON.stringify({ data }));
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  }
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("raw server ready"));

async function shutdown() {
  server.close();
  await pool.end();
  process.exit(0);
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
