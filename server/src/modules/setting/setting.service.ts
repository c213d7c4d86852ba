import type { Db, Tx } from "../../db/client.ts";
import type { ActingScope } from "../../context.ts";
import { DEFAULT_SETTINGS } from "../../db/catalogs.ts";
import { settingScope } from "../../auth/policies.ts";
import { settingRule } from "../../shared/settings.ts";
import { badInput, notFound } from "../../shared/errors.ts";
import { inTransaction } from "../../db/transaction.ts";
import { recordAudit } from "../audit/audit.service.ts";

/** A numeric setting: the configured value, or the installation default. */
export async function numericSetting(tx: Db | Tx, key: string): Promise<number> {
  const row = await tx.setting.findUnique({ where: { key } });
  const value = row ? Number(row.value) : DEFAULT_SETTINGS[key];
  if (value === undefined || Number.isNaN(value)) throw new Error(`Setting ${key} has no value`);
  return value;
}

/** Every setting the actor may read, with its meaning (a few dozen rows at most). */
export async function listSettings(scope: ActingScope) {
  const rows = await scope.db.setting.findMany({ where: settingScope(scope.actor), orderBy: { key: "asc" }, take: 200 });
  return rows.map((row) => ({ ...row, ...settingRule(row.key) }));
}

/** Changes a setting's value within its rule's bounds. */
export async function updateSetting(scope: ActingScope, input: { key: string; value: number }) {
  const rule = settingRule(input.key);
  if (!Number.isFinite(input.value) || input.value < rule.min || input.value > rule.max) {
    throw badInput("value", `${rule.label}: el valor debe estar entre ${rule.min} y ${rule.max.toLocaleString("es-MX")}`);
  }
  if (rule.integer && !Number.isInteger(input.value)) throw badInput("value", `${rule.label}: debe ser un número entero`);
  return inTransaction(scope, async (tx) => {
    const before = await tx.setting.findFirst({ where: { AND: [settingScope(scope.actor), { key: input.key }] } });
    if (!before) throw notFound("El parámetro");
    const after = await tx.setting.update({ where: { key: input.key }, data: { value: input.value } });
    await recordAudit(tx, scope, { action: "setting.update", entityType: "Setting", entityId: input.key, before, after });
    return { setting: { ...after, ...rule } };
  });
}
