// Writes one batch of checked rows (apply mode): new control numbers become a holder (found by CURP, or created), a
// connection, its meter, its opening balance as one ledger entry and a history entry; known control numbers are
// updated only where the file differs ("actualizado por importación"; an empty cell never erases a value). Idempotent
// by control number.
import type { Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
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

export async function applyBatch(tx: Tx, rows: BatchRow[], actorId: number | null, now: Date): Promise<BatchResult> {
  const result: BatchResult = { created: [], updated: [], unchanged: 0, rejected: [] };
  const existing = new Map(
    (await tx.serviceConnection.findMany({ where: { controlNumber: { in: rows.map((r) => r.row.controlNumber) } }, include: { holder: true } })).map((c) => [c.controlNumber, c]),
  );
  const serials = rows.flatMap((r) => (r.row.meter ? [r.row.meter.serialNumber] : []));
  const meterOwner = new Map((await tx.meter.findMany({ where: { serialNumber: { in: serials } }, select: { serialNumber: true, connection: { select: { controlNumber: true } } } })).map((m) => [m.serialNumber, m.connection.controlNumber]));
  const curps = rows.flatMap((r) => (r.row.user.curp ? [r.row.user.curp] : []));
  const byCurp = new Map((await tx.user.findMany({ where: { curp: { in: curps } } })).map((u) => [u.curp!, u]));

  const fresh: BatchRow[] = [];
  const seenSerials = new Set<string>();
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
    const userChanges = USER_FIELDS.filter((f) => row.user[f] != null && differs(current.holder[f], row.user[f]));
    const connectionChanges = CONNECTION_FIELDS.filter((f) => row.connection[f] != null && differs(current[f], row.connection[f]));
    if (!userChanges.length && !connectionChanges.length) {
      result.unchanged += 1;
      continue;
    }
    if (userChanges.length) {
      await tx.user.update({ where: { id: current.holderId }, data: { ...Object.fromEntries(userChanges.map((f) => [f, row.user[f]])), ...(userChanges.includes("fullName") ? { searchText: row.user.searchText } : {}) } });
    }
    const next = { ...current, ...row.connection };
    await tx.serviceConnection.update({
      where: { id: current.id },
      data: { ...Object.fromEntries(connectionChanges.map((f) => [f, row.connection[f]])), searchText: connectionSearchText(next, row.user.fullName) },
    });
    await tx.historyEvent.create({
      data: {
        connectionId: current.id,
        type: "CONNECTION_UPDATED",
        summary: `Actualizado por importación del padrón: ${[...userChanges, ...connectionChanges].map((f) => FIELD_NAMES[f]).join(", ")}`,
        actorId,
        occurredAt: now,
      },
    });
    result.updated.push(row.controlNumber);
  }
  if (fresh.length) await createConnections(tx, fresh, byCurp, actorId, now, result);
  return result;
}

async function createConnections(tx: Tx, rows: BatchRow[], byCurp: Map<string, { id: number }>, actorId: number | null, now: Date, result: BatchResult) {
  // one holder per CURP (an existing one, or one created for the first row that names it); no CURP: one per row
  const newUsers: BatchRow["row"]["user"][] = [];
  const holderOf: (number | string)[] = [];
  const pendingByCurp = new Map<string, number>();
  for (const { row } of rows) {
    const known = row.user.curp ? byCurp.get(row.user.curp) : undefined;
    if (known) holderOf.push(known.id);
    else if (row.user.curp && pendingByCurp.has(row.user.curp)) holderOf.push(`new:${pendingByCurp.get(row.user.curp)}`);
    else {
      if (row.user.curp) pendingByCurp.set(row.user.curp, newUsers.length);
      holderOf.push(`new:${newUsers.length}`);
      newUsers.push(row.user);
    }
  }
  // a multi-row INSERT takes its ids from the sequence in VALUES order: sorted by id, they line up with newUsers
  const created = newUsers.length
    ? (await tx.user.createManyAndReturn({ data: newUsers.map((u) => ({ ...u, createdAt: now })), select: { id: true } })).sort((a, b) => a.id - b.id)
    : [];
  const holderId = (ref: number | string) => (typeof ref === "number" ? ref : created[Number(ref.slice(4))].id);
  const connections = await tx.serviceConnection.createManyAndReturn({
    data: rows.map(({ row }, i) => ({
      ...row.connection,
      controlNumber: row.controlNumber,
      holderId: holderId(holderOf[i]),
      balance: row.openingBalance,
      searchText: connectionSearchText({ controlNumber: row.controlNumber, ...row.connection }, row.user.fullName),
      createdAt: now,
    })),
    select: { id: true, controlNumber: true },
  });
  const idOf = new Map(connections.map((c) => [c.controlNumber, c.id]));
  const meters: Prisma.MeterCreateManyInput[] = [];
  const ledger: Prisma.LedgerEntryCreateManyInput[] = [];
  const history: Prisma.HistoryEventCreateManyInput[] = [];
  for (const { row } of rows) {
    const connectionId = idOf.get(row.controlNumber)!;
    if (row.meter) meters.push({ ...row.meter, connectionId });
    if (row.openingBalance !== "0.00") {
      ledger.push({ connectionId, kind: "CHARGE", amount: row.openingBalance, balanceAfter: row.openingBalance, description: "Saldo inicial (importación del padrón)", postedAt: now });
    }
    history.push({ connectionId, type: "CONNECTION_CREATED", summary: `Alta por importación del padrón a nombre de ${row.user.fullName}`, actorId, occurredAt: now });
    result.created.push(row.controlNumber);
  }
  if (meters.length) await tx.meter.createMany({ data: meters });
  if (ledger.length) await tx.ledgerEntry.createMany({ data: ledger });
  await tx.historyEvent.createMany({ data: history });
}
