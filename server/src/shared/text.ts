/**
 * Lower-case, accent-free, single-spaced text: what search columns store and what search terms are compared with.
 * NFKC first, so compatibility forms (full-width "ＧＡＲＣＩＡ", ligatures) become the plain letters they stand for.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** What a connection is found by: control number, holder name and address. */
export function connectionSearchText(
  connection: { controlNumber: string; street: string; exteriorNumber?: string | null; neighborhood?: string | null },
  holderName: string,
): string {
  const { controlNumber, street, exteriorNumber, neighborhood } = connection;
  return normalizeForSearch(`${controlNumber} ${holderName} ${street} ${exteriorNumber ?? ""} ${neighborhood ?? ""}`);
}
