// es-MX figures in server-side text (history, documents): money $1,234.50 MXN, volumes 12.50 m³.
const money = new Intl.NumberFormat("es-MX", { style: "currency", currency: "MXN" });
const volume = new Intl.NumberFormat("es-MX", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A decimal amount ("1533.9", a Decimal or a number) as pesos: $1,533.90. */
export const formatMoney = (amount: string | number | { toString(): string }) => money.format(Number(amount.toString()));

/** A decimal volume as cubic metres: 12.50 m³. */
export const formatVolume = (m3: string | number | { toString(): string }) => `${volume.format(Number(m3.toString()))} m³`;

/** An address as people write it: "Calle Benito Juárez 12, Centro". */
export function formatAddress(c: { street: string; exteriorNumber?: string | null; neighborhood?: string | null }): string {
  const street = c.exteriorNumber ? `${c.street} ${c.exteriorNumber}` : c.street;
  return c.neighborhood ? `${street}, ${c.neighborhood}` : street;
}
