// A small XML writer for the Open311 door: elements, text and nulls, nothing else (no attributes, no namespaces).
export type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [name: string]: XmlValue };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/**
 * `<name>…</name>`: an object's entries as child elements, a list as repeated `item` elements (a list inside an object
 * repeats its name's singular: `attributes` holds `attribute`s), null as `<name/>`.
 */
export function xmlElement(name: string, value: XmlValue, item = "item"): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) return `<${name}>${value.map((v) => xmlElement(item, v)).join("")}</${name}>`;
  if (typeof value === "object") return `<${name}>${Object.entries(value).map(([k, v]) => xmlElement(k, v, k.replace(/s$/, ""))).join("")}</${name}>`;
  return `<${name}>${escape(String(value))}</${name}>`;
}

/** A whole document: the declaration and one root element holding `items` as `item` elements. */
export function xmlDocument(root: string, item: string, items: XmlValue[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${xmlElement(root, items, item)}\n`;
}
