// Builders of test data: each returns the created row; names say what they make.
import type { Db } from "../../server/src/db/client.ts";
import type { Role } from "../../server/src/generated/prisma/enums.ts";
import { hashPassword } from "../../server/src/auth/passwords.ts";
import { newApiKey, newSessionToken, sha256 } from "../../server/src/auth/tokens.ts";
import { connectionSearchText, normalizeForSearch } from "../../server/src/shared/text.ts";

export const TEST_PASSWORD = "clave-de-prueba";
let passwordHash: Promise<string> | undefined;
let sequence = 0;
const next = () => ++sequence;

export async function createStaff(db: Db, roles: Role[], overrides: { username?: string; active?: boolean } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const n = next();
  return db.staff.create({
    data: {
      username: overrides.username ?? `${roles.join("_").toLowerCase()}_${n}`,
      fullName: `Persona de prueba ${n}`,
      passwordHash: await passwordHash,
      roles,
      active: overrides.active ?? true,
    },
  });
}

/** A session token for the staff member, as login would give. */
export async function sessionToken(db: Db, staffId: number, expiresAt = new Date(Date.now() + 3_600_000)): Promise<string> {
  const token = newSessionToken();
  await db.session.create({ data: { tokenHash: sha256(token), staffId, expiresAt } });
  return token;
}

export async function createLocality(db: Db, name = `Localidad ${next()}`) {
  return db.locality.create({ data: { name } });
}

export async function createConnection(
  db: Db,
  options: { holderName?: string; controlNumber?: string; localityId?: number; balance?: string; status?: "ACTIVE" | "LIMITED"; curp?: string; phone?: string } = {},
) {
  const n = next();
  const holderName = options.holderName ?? `Usuario Prueba ${n}`;
  const localityId = options.localityId ?? (await createLocality(db)).id;
  const controlNumber = options.controlNumber ?? String(900000 + n);
  const holder = await db.user.create({
    data: { fullName: holderName, searchText: normalizeForSearch(holderName), curp: options.curp, phone: options.phone ?? "6871234567", email: `u${n}@correo.mx` },
  });
  const address = { controlNumber, street: "Calle Benito Juárez", exteriorNumber: String(n) };
  const connection = await db.serviceConnection.create({
    data: {
      ...address,
      holderId: holder.id,
      localityId,
      balance: options.balance ?? "0",
      status: options.status ?? "ACTIVE",
      searchText: connectionSearchText(address, holderName),
    },
  });
  await db.meter.create({ data: { serialNumber: `MED-${n}`, connectionId: connection.id, installedAt: new Date("2024-01-15") } });
  return { ...connection, holder };
}

/** A partner API client with `scopes`; returns its key (shown once, stored hashed). */
export async function createApiClientKey(db: Db, scopes: string[]): Promise<string> {
  const { key, prefix } = newApiKey();
  await db.apiClient.create({ data: { name: `socio-${next()}`, keyPrefix: prefix, keyHash: sha256(key), scopes } });
  return key;
}

type WorkOrderData = Parameters<Db["workOrder"]["create"]>[0]["data"];
type ComplaintData = Parameters<Db["complaint"]["create"]>[0]["data"];

/** A work order (ISSUED verification due in a day unless told otherwise); `overrides` are the row's own columns. */
export async function createWorkOrder(db: Db, overrides: Partial<WorkOrderData> = {}) {
  const n = next();
  const issuedAt = (overrides.issuedAt as Date | undefined) ?? new Date();
  return db.workOrder.create({
    data: {
      folio: `OT-TEST-${String(n).padStart(6, "0")}`,
      type: "VERIFICATION",
      status: "ISSUED",
      issuedAt,
      dueAt: new Date(issuedAt.getTime() + 86_400_000),
      observations: `Orden de prueba ${n}`,
      ...overrides,
    } as WorkOrderData,
  });
}

/** A complaint filed in person about excess consumption unless told otherwise. */
export async function createComplaint(db: Db, overrides: Partial<ComplaintData> = {}) {
  const n = next();
  return db.complaint.create({
    data: {
      folio: `Q-TEST-${String(n).padStart(6, "0")}`,
      kind: "COMPLAINT",
      category: "EXCESS_CONSUMPTION",
      channel: "IN_PERSON",
      description: `Queja de prueba ${n}`,
      reporterName: `Persona ${n}`,
      ...overrides,
    } as ComplaintData,
  });
}
