// es-MX formats: dates dd/mm/aaaa in the utility's time zone, money $1,234.50, volumes 12.00 m³.
import { ROLE_LABELS } from "./labels";
const TIME_ZONE = "America/Mazatlan"; // Sinaloa

const dateFormat = new Intl.DateTimeFormat("es-MX", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TIME_ZONE });
const utcDateFormat = new Intl.DateTimeFormat("es-MX", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("es-MX", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: TIME_ZONE });
const moneyFormat = new Intl.NumberFormat("es-MX", { style: "currency", currency: "MXN" });
const volumeFormat = new Intl.NumberFormat("es-MX", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  // a calendar date (yyyy-mm-dd) names its day wherever it is read
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return utcDateFormat.format(new Date(`${iso}T00:00:00Z`));
  // Date-only values (e.g. a connection's registration day) arrive as midnight UTC; in Sinaloa (UTC−7) that
  // instant is the previous evening, so such values are shown as the calendar day they name.
  if (iso.endsWith("T00:00:00.000Z")) return utcDateFormat.format(new Date(iso));
  return dateFormat.format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  if (iso.endsWith("T00:00:00.000Z")) return formatDate(iso);
  const date = new Date(iso);
  return `${dateFormat.format(date)} ${timeFormat.format(date)}`;
}

/** A Decimal string of the API ("1234.50") as pesos. */
export function formatMoney(decimal: string): string {
  return moneyFormat.format(Number(decimal));
}

/** A connection's balance: what it owes, or a negative balance as credit ("$340.90 a favor"), never a bare minus sign. */
export function formatBalance(decimal: string): string {
  const value = Number(decimal);
  return value < 0 ? `${moneyFormat.format(-value)} a favor` : moneyFormat.format(value);
}

/** A Decimal string of the API ("12.00") as cubic metres. */
export function formatVolume(decimal: string): string {
  return `${volumeFormat.format(Number(decimal))} m³`;
}

/** A stored phone (10 digits, as the API normalises it) as people read it: "667 123 4567". */
export function formatPhone(phone: string): string {
  return /^\d{10}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}` : phone;
}

export function formatAddress(c: { street: string; exteriorNumber?: string | null; neighborhood?: string | null }): string {
  const street = c.exteriorNumber ? `${c.street} ${c.exteriorNumber}` : c.street;
  return c.neighborhood ? `${street}, ${c.neighborhood}` : street;
}

/** Where a deadline stands, in words: "quedan 6 días (4 hábiles)", "vence hoy", "vencida hace 3 días (2 hábiles)". */
export function deadlineText(d: { daysLeft: number; businessDaysLeft: number }): string {
  const days = (n: number) => `${n} ${n === 1 ? "día" : "días"}`;
  const business = (n: number) => `${n} ${n === 1 ? "hábil" : "hábiles"}`;
  if (d.daysLeft === 0) return "vence hoy";
  if (d.daysLeft > 0) return `${d.daysLeft === 1 ? "queda" : "quedan"} ${days(d.daysLeft)} (${business(d.businessDaysLeft)})`;
  return `vencida hace ${days(-d.daysLeft)} (${business(-d.businessDaysLeft)})`;
}

/** The month's name and year: "octubre de 2026". */
export { monthTitle } from "$shared/transparency-figures";

/**
 * Who has a work order: the person assigned (by name, never the account name), else the area it was sent to (followed
 * by `deskNote` where a screen says so), else `none`.
 */
export function orderHolder(
  order: { assignee?: { fullName: string } | null; department?: keyof typeof ROLE_LABELS | null },
  { deskNote = "", none = "Sin asignar" }: { deskNote?: string; none?: string } = {},
): string {
  return order.assignee?.fullName ?? (order.department ? `${ROLE_LABELS[order.department]}${deskNote}` : none);
}
