/** Just enough XML writing for the feeds: elements, attributes and escaped text, nothing else. */

export type XmlChild = XmlElement | string | number | null | undefined | false;

export interface XmlElement {
  name: string;
  attributes: Record<string, string | undefined>;
  children: XmlChild[];
}

/** An element; `null`, `undefined` and `false` children are left out (optional fields). */
export function el(name: string, attributes: Record<string, string | undefined> = {}, ...children: XmlChild[]): XmlElement {
  return { name, attributes, children };
}

/** The document, with its declaration. */
export function xmlDocument(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, out);
  out.push('\n');
  return out.join('');
}

function write(element: XmlElement, out: string[]): void {
  out.push('<', element.name);
  for (const [name, value] of Object.entries(element.attributes)) {
    if (value !== undefined) out.push(' ', name, '="', escape(value), '"');
  }
  const children = element.children.filter((child) => child !== null && child !== undefined && child !== false);
  if (children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of children) {
    if (typeof child === 'object') write(child as XmlElement, out);
    else out.push(escape(String(child)));
  }
  out.push('</', element.name, '>');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
