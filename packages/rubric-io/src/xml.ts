/**
 * A small XML reader, enough for WordprocessingML (word/document.xml): elements,
 * attributes, text, entities, CDATA; comments, processing instructions and the doctype
 * skipped. The package keeps to its few libraries, and this is all a docx table needs.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const TOKEN =
  /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a document; throws on mismatched tags (callers turn that into a problem). */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const top = stack.at(-1)!;
    if (m.index > last) {
      const text = xml.slice(last, m.index);
      if (text.trim() !== '' || top.name === 'w:t') top.children.push(decodeEntities(text));
    }
    last = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      top.children.push(m[1]);
      continue;
    }
    const name = m[3];
    if (name === undefined) continue;
    if (m[2] === '/') {
      if (top.name !== name) throw new Error(`XML: </${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (m[4] ?? '').matchAll(ATTRIBUTE)) {
      attributes[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    }
    const element: XmlElement = { name, attributes, children: [] };
    top.children.push(element);
    if (m[5] !== '/') stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack.at(-1)!.name}> is not closed`);
  return root;
}

export const isElement = (n: XmlNode): n is XmlElement => typeof n !== 'string';

export function childElements(e: XmlElement, name?: string): XmlElement[] {
  return e.children.filter(
    (c): c is XmlElement => isElement(c) && (name === undefined || c.name === name),
  );
}

export function firstChild(e: XmlElement, name: string): XmlElement | undefined {
  return childElements(e, name)[0];
}
