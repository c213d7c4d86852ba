// A strict little XML reader for the tests of the Open311 door: elements, text, entities and self-closing tags
// (no attributes, comments or CDATA: the door writes none). Malformed input throws.
export interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
  selfClosing: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    if (!(e in ENTITIES)) throw new Error(`unknown entity &${e};`);
    return ENTITIES[e];
  });

export function parseXml(xml: string): XmlNode {
  let at = 0;
  const declaration = /^<\?xml version="1\.0" encoding="utf-8"\?>\s*/.exec(xml);
  if (!declaration) throw new Error("no XML declaration");
  at = declaration[0].length;

  function element(): XmlNode {
    const open = /^<([A-Za-z_][\w.-]*)\s*(\/?)>/.exec(xml.slice(at));
    if (!open) throw new Error(`expected an element at ${at}: ${xml.slice(at, at + 30)}`);
    at += open[0].length;
    const node: XmlNode = { name: open[1], children: [], text: "", selfClosing: open[2] === "/" };
    if (node.selfClosing) return node;
    for (;;) {
      const textEnd = xml.indexOf("<", at);
      if (textEnd < 0) throw new Error(`unclosed <${node.name}>`);
      const text = xml.slice(at, textEnd);
      if (text.includes(">") || (text.includes("&") && !/^([^&]|&(#x[0-9a-fA-F]+|#\d+|[a-z]+);)*$/.test(text))) throw new Error(`bad text in <${node.name}>`);
      node.text += decode(text);
      at = textEnd;
      if (xml.startsWith(`</${node.name}>`, at)) {
        at += node.name.length + 3;
        if (node.children.length && node.text.trim()) throw new Error(`mixed content in <${node.name}>`);
        return node;
      }
      if (xml.startsWith("</", at)) throw new Error(`mismatched closing tag for <${node.name}> at ${at}`);
      node.children.push(element());
    }
  }

  const root = element();
  if (xml.slice(at).trim()) throw new Error("content after the root element");
  return root;
}

type Plain = string | null | Plain[] | { [name: string]: Plain };

/**
 * An element as plain data: a leaf's text (null for `<x/>`), an element of repeated same-named children (or named
 * in `lists`) as a list, otherwise an object.
 */
export function plain(node: XmlNode, lists: string[] = []): Plain {
  if (node.selfClosing) return null;
  if (!node.children.length) return lists.includes(node.name) ? [] : node.text;
  const names = node.children.map((c) => c.name);
  if (lists.includes(node.name) || (names.length > 1 && new Set(names).size === 1)) return node.children.map((c) => plain(c, lists));
  return Object.fromEntries(node.children.map((c) => [c.name, plain(c, lists)]));
}

/** A JSON value as its XML text would read (numbers and booleans as strings, null as null). */
export function asXmlText(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(asXmlText);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asXmlText(v)]));
  return String(value);
}
