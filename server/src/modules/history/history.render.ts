// A history event as each reader may see it: the neutral summary, plus the restricted figures of its details only
// for readers of those figures (a registry clerk sees "Servicio limitado por adeudo", the front desk also the sum).
import type { Actor } from "../../auth/actor.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { FieldReaders, isGranted, type Grant } from "../../auth/policies.ts";
import { formatMoney, formatVolume } from "../../shared/format.ts";
import type { HistoryDetails } from "./history.service.ts";

interface DetailRendering {
  key: keyof HistoryDetails;
  /** who may read this figure; null: anyone who reads the history */
  readers: readonly Grant[] | null;
  format(value: string | number): string;
}

/** The details that are rendered into the summary, in this order. */
const RENDERED_DETAILS: DetailRendering[] = [
  { key: "amount", readers: FieldReaders.balance, format: (v) => formatMoney(v) },
  { key: "periodsOwed", readers: FieldReaders.balance, format: (v) => `${v} ${Number(v) === 1 ? "periodo" : "periodos"}` },
  { key: "discountAmount", readers: FieldReaders.discountAmount, format: (v) => formatMoney(v) },
  { key: "volumeM3", readers: null, format: (v) => formatVolume(v) },
];

/** Whether the reader may see detail `key` of an event. */
export function mayReadDetail(actor: Actor, key: keyof HistoryDetails): boolean {
  const readers = RENDERED_DETAILS.find((d) => d.key === key)?.readers ?? null;
  return readers === null || isGranted(actor, readers);
}

/** The event's summary for this reader: "Servicio limitado por adeudo ($1,533.90, 4 periodos)". */
export function renderSummary(event: { summary: string; details: unknown }, actor: Actor): string {
  const details = (event.details ?? {}) as HistoryDetails;
  const figures = RENDERED_DETAILS.filter(({ key }) => details[key] !== undefined && details[key] !== null && mayReadDetail(actor, key)).map(({ key, format }) =>
    format(details[key] as string | number),
  );
  return figures.length ? `${event.summary} (${figures.join(", ")})` : event.summary;
}

/** One detail of an event's row, as the API returns it (decimals as Decimal), or null when absent. */
export function historyDetail(row: { details: unknown }, key: keyof HistoryDetails) {
  const value = (row.details as HistoryDetails | null)?.[key] ?? null;
  if (value === null) return null;
  return key === "amount" || key === "discountAmount" || key === "volumeM3" ? new Prisma.Decimal(value) : value;
}
