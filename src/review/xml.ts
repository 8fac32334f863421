// A WordprocessingML part as a tree of elements that remember where they are in the XML text.
// The reader (src/reader/docx/parse.ts) parses into plain objects and forgets positions; to
// write comments and revisions into a copy and leave every other byte as it was, the review
// edits the part's text by splicing at these offsets instead of serialising a tree again.

export interface XmlElement {
  name: string;
  /** Offset of '<' of the start tag. */
  start: number;
  /** Offset just after the start tag's '>'. */
  openEnd: number;
  /** Offset of '<' of the end tag (= openEnd for an empty element). */
  closeStart: number;
  /** Offset just after the end tag (= openEnd for an empty element). */
  end: number;
  children: XmlElement[];
}

export class XmlShapeError extends Error {}

const NAME_END = /[\s/>]/;

/**
 * Elements of `xml` with their offsets (comments, processing instructions, CDATA and the
 * declaration are skipped). The part has already passed the reader's XML validation; a shape
 * this scanner cannot follow throws XmlShapeError rather than guessing.
 */
export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, children: [] };
  const stack: XmlElement[] = [root];
  let at = xml.indexOf('<');
  while (at !== -1) {
    if (xml.startsWith('<?', at)) at = skipTo(xml, at, '?>');
    else if (xml.startsWith('<!--', at)) at = skipTo(xml, at, '-->');
    else if (xml.startsWith('<![CDATA[', at)) at = skipTo(xml, at, ']]>');
    else if (xml.startsWith('<!', at)) at = skipTo(xml, at, '>');
    else if (xml[at + 1] === '/') {
      const close = xml.indexOf('>', at);
      if (close === -1) throw new XmlShapeError('unclosed end tag');
      const name = xml.slice(at + 2, close).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new XmlShapeError(`unbalanced </${name}>`);
      open.closeStart = at;
      open.end = close + 1;
      at = close + 1;
    } else {
      const tagEnd = endOfTag(xml, at);
      let nameEnd = at + 1;
      while (nameEnd < tagEnd && !NAME_END.test(xml[nameEnd]!)) nameEnd++;
      const element: XmlElement = { name: xml.slice(at + 1, nameEnd), start: at, openEnd: tagEnd + 1, closeStart: tagEnd + 1, end: tagEnd + 1, children: [] };
      stack.at(-1)!.children.push(element);
      if (xml[tagEnd - 1] !== '/') stack.push(element);
      at = tagEnd + 1;
    }
    at = xml.indexOf('<', at);
  }
  if (stack.length !== 1) throw new XmlShapeError('unclosed element');
  return root;
}

function skipTo(xml: string, at: number, close: string): number {
  const found = xml.indexOf(close, at);
  if (found === -1) throw new XmlShapeError(`unclosed ${close}`);
  return found + close.length;
}

/** The '>' ending the tag that starts at `at`, skipping quoted attribute values (they may hold '>'). */
function endOfTag(xml: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  throw new XmlShapeError('unclosed tag');
}

export const isEmpty = (e: XmlElement): boolean => e.closeStart === e.openEnd && e.end === e.openEnd;

export function attrOf(xml: string, e: XmlElement, name: string): string | undefined {
  const tagText = xml.slice(e.start, e.openEnd);
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tagText);
  return m ? decodeXml(m[2] ?? m[3] ?? '') : undefined;
}

export const childNamed = (e: XmlElement | undefined, name: string): XmlElement | undefined => e?.children.find((c) => c.name === name);

/** The text content of an element holding only text (w:t), entities decoded, CDATA unwrapped. */
export function textContent(xml: string, e: XmlElement): string {
  if (isEmpty(e)) return '';
  const raw = xml.slice(e.openEnd, e.closeStart);
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|<[^>]*>|([^<]+)/g, (_m, cdata: string | undefined, text: string | undefined) => cdata ?? (text ? decodeXml(text) : ''));
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Text for an element's content or an attribute value: XML 1.0 cannot hold most control characters, so they are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
