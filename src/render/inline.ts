// Text as it goes into a document: NFC, no characters XML 1.0 cannot hold (a control character
// would make Word refuse the file), and the inline **bold** / *italic* marks of the plan format.
import type { Run } from './document.js';

// XML 1.0 allows \t \n \r and U+0020–U+D7FF, U+E000–U+FFFD (and astral pairs); the rest go.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFC text with XML-illegal characters removed and tabs as spaces. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(NOT_XML_CHAR, '').replace(/\t/g, ' ');
}

/** One line of body text: whitespace runs (folded YAML) collapse to one space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

// **bold** first (so "**" is never read as two italic marks), then *italic*. A mark must touch
// its text ("* " is not a mark), which keeps a lone "*" or "(*)" literal.
const INLINE = /\*\*(?=\S)([\s\S]*?\S)\*\*|\*(?=[^\s*])([\s\S]*?[^\s*])\*/g;

/** Splits text with **bold** and *italic* marks into styled runs (nesting one level deep). */
export function parseInline(text: string, base: { bold?: boolean; italic?: boolean } = {}): Run[] {
  const runs: Run[] = [];
  const push = (t: string, style: { bold?: boolean; italic?: boolean }) => {
    if (!t) return;
    const run: Run = { text: t };
    if (style.bold) run.bold = true;
    if (style.italic) run.italic = true;
    const last = runs[runs.length - 1];
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) last.text += t;
    else runs.push(run);
  };
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    push(text.slice(at, match.index), base);
    if (match[1] !== undefined) for (const r of parseInline(match[1], { ...base, bold: true })) push(r.text, r);
    else for (const r of parseInline(match[2]!, { ...base, italic: true })) push(r.text, r);
    at = match.index + match[0].length;
  }
  push(text.slice(at), base);
  return runs;
}

/** Ends the runs with `mark` ("./." or "."), replacing the sentence's own final punctuation. */
export function endWith(runs: Run[], mark: string): Run[] {
  if (!mark || runs.length === 0) return runs;
  const out = runs.map((r) => ({ ...r }));
  const last = out[out.length - 1]!;
  last.text = last.text.replace(/\s*(\.\/\.|[.;,:])?\s*$/, '');
  // Keep a closing quote or bracket after the text, then the mark: …“Dân vận khéo”./.
  last.text += mark;
  return out;
}
