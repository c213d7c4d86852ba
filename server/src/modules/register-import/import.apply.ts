// Writes one batch of checked rows (apply mode) with set-based SQL: a handful of statements per batch whatever its
// size (arrays passed as parameters and expanded with unnest), inside the batch's transaction (the runner's, which
// also moves the checkpoint). New control numbers become a holder (found by CURP, or created), a connection, its
// meter, its opening balance as one ledger entry and a history entry; known control numbers are updated only where
// the file differs ("actualizado por importación"; an empty cell never erases a value). Idempotent by control number.
import type { Tx } from "../../db/client.ts";
import { connectionSearchText } from "../../shared/text.ts";
import type { CheckedRow, RowIssue } from "./import.rows.ts";

export interface BatchRow {
  rowNumber: number;
  row: CheckedRow;
}

export interface BatchResult {
  created: string[];
  updated: string[];
  unchanged: number;
  /** rows the database refuses (a meter or CURP that belongs to another record) */
  rejected: { rowNumber: number; issue: RowIssue }[];
}

const USER_FIELDS = ["fullName", "curp", "phone", "email"] as const;
const CONNECTION_FIELDS = ["street", "exteriorNumber", "neighborhood", "localityId", "type"] as const;
const FIELD_NAMES: Record<string, string> = {
  fullName: "nombre", curp: "CURP", phone: "teléfono", email: "correo", street: "calle", exteriorNumber: "número exterior",
  neighborhood: "colonia", localityId: "localidad", type: "tipo",
};

const differs = (a: unknown, b: unknown) => String(a ?? "") !== String(b ?? "");
const day = (date: Date) => date.toISOString().slice(0, 10);

interface Existing {
  id: number;
  controlNumber: string;
  holderId: number;
  street: string;
  exteriorNumber: string | null;
  neighborhood: string | null;
  localityId: number;
  type: string;
  fullName: string;
  curp: string | null;
  phone: string | null;
  email: string | null;
}

/** Imports of the register take turns batch by batch, so two runs never decide on the same control number at once. */
export const IMPORT_LOCK = 727_001;

export async function applyBatch(tx: Tx, rows: BatchRow[], actorId: number | null, now: Date): Promise<BatchResult> {
  const result: BatchResult = { created: [], updated: [], unchanged: 0, rejected: [] };
  if (!rows.length) return result;
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK}::bigint)::text`;
  const controlNumbers = rows.map((r) => r.row.controlNumber);
  const existing = new Map(
    (
      await tx.$queryRaw<Existing[]>`
        SELECT c.id, c."controlNumber", c."holderId", c.street, c."exteriorNumber", c.neighborhood, c."localityId", c.type::text AS type,
               u."fullName", u.curp, u.phone, u.email
        FROM "ServiceConnection" c JOIN "User" u ON u.id = c."holderId"
        WHERE c."controlNumber" = ANY(${controlNumbers}::text[])`
    ).map((c) => [c.controlNumber, c]),
  );
  const serials = rows.flatMap((r) => (r.row.meter ? [r.row.meter.serialNumber] : []));
  const meterOwner = new Map(
    serials.length
      ? (
          await tx.$queryRaw<{ serialNumber: string; controlNumber: string }[]>`
            SELECT m."serialNumber", c."controlNumber" FROM "Meter" m JOIN "ServiceConnection" c ON c.id = m."connectionId"
            WHERE m."serialNumber" = ANY(${serials}::text[])`
        ).map((m) => [m.serialNumber, m.controlNumber])
      : [],
  );
  const curps = [...new Set(rows.flatMap((r) => (r.row.user.curp ? [r.row.user.curp] : [])))];
  const byCurp = new Map(
    curps.length
      ? (await tx.$queryRaw<{ id: number; curp: string; fullName: string }[]>`SELECT id, curp, "fullName" FROM "User" WHERE curp = ANY(${curps}::text[])`).map((u) => [u.curp, u])
      : [],
  );

  const fresh: BatchRow[] = [];
  const seenSerials = new Set<string>();
  // what changes, merged per record (two rows of one holder: the later one wins, as the file reads)
  const userUpdates = new Map<number, Partial<Record<(typeof USER_FIELDS)[number] | "searchText", string>>>();
  const connectionUpdates: { id: number; changes: Partial<Record<(typeof CONNECTION_FIELDS)[number], string | number>>; searchText: string; summary: string }[] = [];
  for (const item of rows) {
    const { row } = item;
    const serial = row.meter?.serialNumber;
    const owner = serial ? meterOwner.get(serial) : undefined;
    if (serial && ((owner && owner !== row.controlNumber) || seenSerials.has(serial))) {
      result.rejected.push({ rowNumber: item.rowNumber, issue: { severity: "ERROR", field: "meterSerial", message: `El medidor ${serial} ya está registrado en otra toma${owner ? ` (${owner})` : ""}` } });
      continue;
    }
    if (serial) seenSerials.add(serial);
    const current = existing.get(row.controlNumber);
    if (!current) {
      fresh.push(item);
      continue;
    }
    const curpHolder = row.user.curp ? byCurp.get(row.user.curp) : undefined;
    if (curpHolder && curpHolder.id !== current.holderId) {
      result.rejected.push({ rowNumber: item.rowNumber, issue: { severity: "ERROR", field: "curp", message: `La CURP ${row.user.curp} pertenece a otro usuario (${curpHolder.fullName})` } });
      continue;
    }
    const userChanges = USER_FIELDS.filter((f) => row.user[f] != null && differs(current[f], row.user[f]));
    const connectionChanges = CONNECTION_FIELDS.filter((f) => row.connection[f] != null && differs(current[f], row.connection[f]));
    if (!userChanges.length && !connectionChanges.length) {
      result.unchanged += 1;
      continue;
    }
    if (userChanges.length) {
      const update = userUpdates.get(current.holderId) ?? {};
      for (const f of userChanges) update[f] = row.user[f] as string;
      if (userChanges.includes("fullName")) update.searchText = row.user.searchText;
      userUpdates.set(current.holderId, update);
    }
    const next = { ...current, ...Object.fromEntries(connectionChanges.map((f) => [f, row.connection[f]])) };
    connectionUpdates.push({
      id: current.id,
      changes: Object.fromEntries(connectionChanges.map((f) => [f, row.connection[f] as string | number])),
      searchText: connectionSearchText(next, row.user.fullName),
      summary: `Actualizado por importación del padrón: ${[...userChanges, ...connectionChanges].map((f) => FIELD_NAMES[f]).join(", ")}`,
    });
    result.updated.push(row.controlNumber);
  }

  if (userUpdates.size) {
    const users = [...userUpdates.entries()];
    const column = (f: keyof (typeof users)[number][1]) => users.map(([, u]) => u[f] ?? null);
    await tx.$executeRaw`
      UPDATE "User" u SET "fullName" = COALESCE(v.full_name, u."fullName"), "searchText" = COALESCE(v.search_text, u."searchText"),
        curp = COALESCE(v.curp, u.curp), phone = COALESCE(v.phone, u.phone), email = COALESCE(v.email, u.email), "updatedAt" = ${now}
      FROM unnest(${users.map(([id]) => id)}::int[], ${column("fullName")}::text[], ${column("searchText")}::text[], ${column("curp")}::text[],
                  ${column("phone")}::text[], ${column("email")}::text[]) AS v(id, full_name, search_text, curp, phone, email)
      WHERE u.id = v.id`;
  }
  if (connectionUpdates.length) {
    const column = (f: (typeof CONNECTION_FIELDS)[number]) => connectionUpdates.map((c) => (c.changes[f] ?? null) as string | null);
    await tx.$executeRaw`
      UPDATE "ServiceConnection" c SET street = COALESCE(v.street, c.street), "exteriorNumber" = COALESCE(v.exterior_number, c."exteriorNumber"),
        neighborhood = COALESCE(v.neighborhood, c.neighborhood), "localityId" = COALESCE(v.locality_id, c."localityId"),
        type = COALESCE(v.type::"ConnectionType", c.type), "searchText" = v.search_text, "updatedAt" = ${now}
      FROM unnest(${connectionUpdates.map((c) => c.id)}::int[], ${column("street")}::text[], ${column("exteriorNumber")}::text[], ${column("neighborhood")}::text[],
                  ${connectionUpdates.map((c) => (c.changes.localityId ?? null) as number | null)}::int[], ${column("type")}::text[],
                  ${connectionUpdates.map((c) => c.searchText)}::text[]) AS v(id, street, exterior_number, neighborhood, locality_id, type, search_text)
      WHERE c.id = v.id`;
    await insertHistory(tx, "CONNECTION_UPDATED", connectionUpdates.map((c) => c.id), connectionUpdates.map((c) => c.summary), actorId, now);
  }
  if (fresh.length) await createConnections(tx, fresh, byCurp, actorId, now, result);
  return result;
}

async function insertHistory(tx: Tx, type: "CONNECTION_CREATED" | "CONNECTION_UPDATED", connectionIds: number[], summaries: string[], actorId: number | null, now: Date) {
  await tx.$executeRaw`
    INSERT INTO "HistoryEvent" ("connectionId", type, summary, "actorId", "occurredAt")
    SELECT v.connection_id, ${type}::"HistoryEventType", v.summary, ${actorId}::int, ${now}
    FROM unnest(${connectionIds}::int[], ${summaries}::text[]) WITH ORDINALITY AS v(connection_id, summary, n) ORDER BY v.n`;
}

/** `count` fresh ids of a table's id sequence, so that rows written together can name each other without a round trip per row. */
async function reserveIds(tx: Tx, table: "User" | "ServiceConnection", count: number): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence(${`"${table}"`}, 'id'))::int AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

async function createConnections(tx: Tx, rows: BatchRow[], byCurp: Map<string, { id: number }>, actorId: number | null, now: Date, result: BatchResult) {
  // one holder per CURP (an existing one, or one created for the first row that names it); no CURP: one per row
  const newUsers: CheckedRow["user"][] = [];
  const holderRef: (number | { fresh: number })[] = [];
  const pendingByCurp = new Map<string, number>();
  for (const { row } of rows) {
    const known = row.user.curp ? byCurp.get(row.user.curp) : undefined;
    if (known) holderRef.push(known.id);
    else if (row.user.curp && pendingByCurp.has(row.user.curp)) holderRef.push({ fresh: pendingByCurp.get(row.user.curp)! });
    else {
      if (row.user.curp) pendingByCurp.set(row.user.curp, newUsers.length);
      holderRef.push({ fresh: newUsers.length });
      newUsers.push(row.user);
    }
  }
  if (newUsers.length) {
    const ids = await reserveIds(tx, "User", newUsers.length);
    const column = (f: "fullName" | "searchText" | "curp" | "phone" | "email") => newUsers.map((u) => (u[f] ?? null) as string | null);
    await tx.$executeRaw`
      INSERT INTO "User" (id, "fullName", "searchText", curp, phone, email, "createdAt", "updatedAt")
      SELECT v.id, v.full_name, v.search_text, v.curp, v.phone, v.email, ${now}, ${now}
      FROM unnest(${ids}::int[], ${column("fullName")}::text[], ${column("searchText")}::text[], ${column("curp")}::text[], ${column("phone")}::text[],
                  ${column("email")}::text[]) AS v(id, full_name, search_text, curp, phone, email)`;
    holderRef.forEach((ref, i) => {
      if (typeof ref !== "number") holderRef[i] = ids[ref.fresh];
    });
  }
  const connectionIds = await reserveIds(tx, "ServiceConnection", rows.length);
  const connection = <T>(pick: (row: CheckedRow) => T) => rows.map(({ row }) => pick(row));
  await tx.$executeRaw`
    INSERT INTO "ServiceConnection" (id, "controlNumber", "holderId", street, "exteriorNumber", neighborhood, "localityId", type, balance, "searchText", "createdAt", "updatedAt")
    SELECT v.id, v.control_number, v.holder_id, v.street, v.exterior_number, v.neighborhood, v.locality_id, v.type::"ConnectionType", v.balance::numeric, v.search_text, ${now}, ${now}
    FROM unnest(${connectionIds}::int[], ${connection((r) => r.controlNumber)}::text[], ${holderRef as number[]}::int[], ${connection((r) => r.connection.street)}::text[],
                ${connection((r) => r.connection.exteriorNumber ?? null)}::text[], ${connection((r) => r.connection.neighborhood ?? null)}::text[],
                ${connection((r) => r.connection.localityId)}::int[], ${connection((r) => r.connection.type ?? "DOMESTIC")}::text[], ${connection((r) => r.openingBalance)}::text[],
                ${connection((r) => connectionSearchText({ controlNumber: r.controlNumber, ...r.connection }, r.user.fullName))}::text[])
         AS v(id, control_number, holder_id, street, exterior_number, neighborhood, locality_id, type, balance, search_text)`;

  const meters = rows.flatMap(({ row }, i) => (row.meter ? [{ ...row.meter, connectionId: connectionIds[i] }] : []));
  if (meters.length) {
    await tx.$executeRaw`
      INSERT INTO "Meter" ("serialNumber", brand, "connectionId", "installedAt", "lastReadingM3")
      SELECT v.serial, v.brand, v.connection_id, v.installed_at::date, v.reading::numeric
      FROM unnest(${meters.map((m) => m.serialNumber)}::text[], ${meters.map((m) => m.brand)}::text[], ${meters.map((m) => m.connectionId)}::int[],
                  ${meters.map((m) => day(m.installedAt))}::text[], ${meters.map((m) => m.lastReadingM3)}::text[]) AS v(serial, brand, connection_id, installed_at, reading)`;
  }
  // the opening balance: one ledger entry each (the connection's balance was written with it)
  const owing = rows.flatMap(({ row }, i) => (row.openingBalance !== "0.00" ? [{ connectionId: connectionIds[i], amount: row.openingBalance }] : []));
  if (owing.length) {
    await tx.$executeRaw`
      INSERT INTO "LedgerEntry" ("connectionId", kind, amount, "balanceAfter", description, "postedAt")
      SELECT v.connection_id, 'CHARGE'::"LedgerKind", v.amount::numeric, v.amount::numeric, 'Saldo inicial (importación del padrón)', ${now}
      FROM unnest(${owing.map((o) => o.connectionId)}::int[], ${owing.map((o) => o.amount)}::text[]) WITH ORDINALITY AS v(connection_id, amount, n) ORDER BY v.n`;
  }
  await insertHistory(tx, "CONNECTION_CREATED", connectionIds, rows.map(({ row }) => `Alta por importación del padrón a nombre de ${row.user.fullName}`), actorId, now);
  for (const { row } of rows) result.created.push(row.controlNumber);
}
