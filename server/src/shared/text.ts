/** Lower-case, accent-free, single-spaced text: what search columns store and what search terms are compared with. */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
