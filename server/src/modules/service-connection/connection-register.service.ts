// The register opens connections and corrects their data (REGISTRY, ADMIN). Every change: one transaction, a
// history entry on the connection and an audit entry.
import type { ActingScope } from "../../context.ts";
import type { Tx } from "../../db/client.ts";
import type { ConnectionType, SpecialUserKind } from "../../generated/prisma/enums.ts";
import { connectionScope, crewScope, localityScope, userScope } from "../../auth/policies.ts";
import { inTransaction } from "../../db/transaction.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { connectionSearchText } from "../../shared/text.ts";
import { CONNECTION_TYPES, SPECIAL_USER_KINDS } from "../../shared/labels.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { recordHistory } from "../history/history.service.ts";
import { numericSetting } from "../setting/setting.service.ts";
import { cleanConnectionFields, cleanControlNumber, cleanMeterFields, type ConnectionFieldsInput, type MeterFieldsInput } from "./connection.rules.ts";

export interface CreateConnectionInput extends ConnectionFieldsInput {
  /** given, or the next of the configured series */
  controlNumber?: string | null;
  holderId: number;
  localityId: number;
  crewId?: number | null;
  meter: MeterFieldsInput;
}

export interface UpdateConnectionInput extends ConnectionFieldsInput {
  id: number;
  localityId?: number | null;
  /** null takes the connection off any crew */
  crewId?: number | null;
}

const SERIES_COUNTER = "CONTROL";

/**
 * The next free control number of the series (Setting controlNumberSeriesStart), taken under the counter's row lock.
 * Numbers already used (an imported register) are skipped by jumping past the highest numeric one.
 */
async function nextControlNumber(tx: Tx): Promise<string> {
  const start = await numericSetting(tx, "controlNumberSeriesStart");
  const take = async (atLeast: number) => {
    const [row] = await tx.$queryRaw<{ last: bigint | number }[]>`
      INSERT INTO "FolioCounter" (prefix, year, last) VALUES (${SERIES_COUNTER}, 0, ${atLeast})
      ON CONFLICT (prefix, year) DO UPDATE SET last = GREATEST("FolioCounter".last + 1, ${atLeast})
      RETURNING last`;
    return String(row.last);
  };
  const candidate = await take(start);
  if (!(await tx.serviceConnection.findUnique({ where: { controlNumber: candidate }, select: { id: true } }))) return candidate;
  const [highest] = await tx.$queryRaw<{ max: bigint | number | null }[]>`
    SELECT max("controlNumber"::bigint) AS max FROM "ServiceConnection" WHERE "controlNumber" ~ '^[0-9]{1,12}$'`;
  return take(Math.max(start, Number(highest?.max ?? 0) + 1));
}

async function requireLocality(tx: Tx, scope: ActingScope, id: number) {
  const locality = await tx.locality.findFirst({ where: { AND: [localityScope(scope.actor), { id }] } });
  if (!locality) throw badInput("localityId", "La localidad no existe en el catálogo");
  return locality;
}

async function requireCrew(tx: Tx, scope: ActingScope, id: number) {
  const crew = await tx.crew.findFirst({ where: { AND: [crewScope(scope.actor), { id }] } });
  if (!crew) throw badInput("crewId", "La cuadrilla no existe en el catálogo");
  return crew;
}

export async function requireHolder(tx: Tx, scope: ActingScope, id: number, field: string) {
  const holder = await tx.user.findFirst({ where: { AND: [userScope(scope.actor), { id }] } });
  if (!holder) throw badInput(field, "El usuario no existe o no está a su alcance");
  if (holder.mergedIntoId) throw badInput(field, `El registro de ${holder.fullName} fue fusionado con otro: elija el registro conservado`);
  return holder;
}

/** Opens a connection (alta de toma) with its holder, address, locality, crew, type, coordinates and first meter. */
export async function createServiceConnection(scope: ActingScope, input: CreateConnectionInput) {
  const fields = cleanConnectionFields(input, { creating: true }) as ReturnType<typeof cleanConnectionFields> & { street: string };
  const meter = cleanMeterFields(input.meter, scope.clock.now());
  const given = input.controlNumber?.trim() ? cleanControlNumber(input.controlNumber) : null;
  return inTransaction(scope, async (tx) => {
    const holder = await requireHolder(tx, scope, input.holderId, "holderId");
    await requireLocality(tx, scope, input.localityId);
    if (input.crewId) await requireCrew(tx, scope, input.crewId);
    if (given && (await tx.serviceConnection.findUnique({ where: { controlNumber: given }, select: { id: true } }))) {
      throw conflict(`Ya existe una toma con el número de control ${given}`, "controlNumber");
    }
    if (await tx.meter.findUnique({ where: { serialNumber: meter.serialNumber }, select: { id: true } })) {
      throw conflict(`El medidor ${meter.serialNumber} ya está registrado en otra toma`, "meter.serialNumber");
    }
    const controlNumber = given ?? (await nextControlNumber(tx));
    const now = scope.clock.now();
    const connection = await tx.serviceConnection.create({
      data: {
        ...fields,
        controlNumber,
        holderId: holder.id,
        localityId: input.localityId,
        crewId: input.crewId ?? null,
        searchText: connectionSearchText({ controlNumber, ...fields }, holder.fullName),
        createdAt: now,
      },
    });
    const installed = await tx.meter.create({ data: { ...meter, connectionId: connection.id } });
    await recordHistory(tx, scope, {
      connectionId: connection.id,
      type: "CONNECTION_CREATED",
      summary: `Alta de la toma ${controlNumber} a nombre de ${holder.fullName}, con el medidor ${installed.serialNumber}`,
    });
    await recordAudit(tx, scope, { action: "serviceConnection.create", entityType: "ServiceConnection", entityId: connection.id, after: { ...connection, meter: installed } });
    return { serviceConnection: connection };
  });
}

/** What a changed field is called in the history's summary. */
const FIELD_NAMES: Record<string, string> = {
  street: "calle", exteriorNumber: "número exterior", neighborhood: "colonia", localityId: "localidad", crewId: "cuadrilla",
  type: "tipo", latitude: "coordenadas", longitude: "coordenadas", specialKind: "usuario especial",
};

/** Corrects a connection's address, coordinates, crew, type or special-user flag; only the fields given change. */
export async function updateServiceConnection(scope: ActingScope, input: UpdateConnectionInput) {
  const fields = cleanConnectionFields(input, { creating: false });
  return inTransaction(scope, async (tx) => {
    const before = await tx.serviceConnection.findFirst({ where: { AND: [connectionScope(scope.actor), { id: input.id }] }, include: { holder: true } });
    if (!before) throw notFound("La toma");
    if (before.status === "CANCELLED") throw conflict(`La toma ${before.controlNumber} está dada de baja`);
    const data: Record<string, unknown> = { ...fields };
    if (input.localityId != null) data.localityId = (await requireLocality(tx, scope, input.localityId)).id;
    if (input.crewId !== undefined) data.crewId = input.crewId === null ? null : (await requireCrew(tx, scope, input.crewId)).id;
    const changed = Object.keys(data).filter((key) => String(before[key as keyof typeof before] ?? "") !== String(data[key] ?? ""));
    if (!changed.length) return { serviceConnection: before };
    const { holder, ...row } = before;
    const next = { ...row, ...data } as typeof row;
    const after = await tx.serviceConnection.update({ where: { id: before.id }, data: { ...data, searchText: connectionSearchText(next, holder.fullName) } });
    await recordHistory(tx, scope, {
      connectionId: before.id,
      type: "CONNECTION_UPDATED",
      summary: `Datos de la toma corregidos por el padrón: ${[...new Set(changed.map((key) => FIELD_NAMES[key] ?? key))].join(", ")}${describeFlags(data)}`,
    });
    await recordAudit(tx, scope, { action: "serviceConnection.update", entityType: "ServiceConnection", entityId: before.id, before: row, after });
    return { serviceConnection: after };
  });
}

function describeFlags(data: { type?: unknown; specialKind?: unknown }) {
  const parts = [];
  if (data.type) parts.push(`tipo ${CONNECTION_TYPES[data.type as ConnectionType].toLowerCase()}`);
  if (data.specialKind !== undefined) parts.push(data.specialKind ? `usuario especial: ${SPECIAL_USER_KINDS[data.specialKind as SpecialUserKind].toLowerCase()}` : "deja de ser usuario especial");
  return parts.length ? ` (${parts.join("; ")})` : "";
}
