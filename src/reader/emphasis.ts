// Inline emphasis read back from a .docx: words in bold or italic inside a paragraph become the
// plan's Markdown marks (**…**, *…*), so that import → render keeps them.
import { lineIndexAt, type DocumentSource, type SourceLine } from './source.js';
import { endOf, join, slice, startOf, trim, type Val } from './val.js';

/** Bold/italic of the character at a source offset (.docx only). */
function styleAt(lines: SourceLine[], offset: number): { bold: boolean; italic: boolean } | undefined {
  const line = lines[lineIndexAt(lines, offset)];
  const at = offset - (line?.start ?? 0);
  const run = line?.para?.runs.find((r) => at >= r.start && at < r.end);
  return run ? { bold: run.bold, italic: run.italic } : undefined;
}

/**
 * A .docx paragraph with words in bold or italic (runs that differ from the paragraph) gets the plan's Markdown marks, **…** and *…*, so that import and render keep
 * them. The marks take the offset of the word they wrap: positions still point at the text.
 */
export function withEmphasis(v: Val, source: DocumentSource): Val {
  if (source.kind !== 'docx' || v.text.length === 0) return v;
  const styles = [...v.text].map((_, k) => styleAt(source.lines, v.offsets[k]!));
  let bold = 0;
  let italic = 0;
  let letters = 0;
  styles.forEach((st, k) => {
    if (!st || /\s/u.test(v.text[k]!)) return;
    letters++;
    if (st.bold) bold++;
    if (st.italic) italic++;
  });
  // Body text is upright and regular; only a paragraph set (almost) wholly in bold or italic
  // has that as its own style, and then the odd plain word is not marked.
  const baseBold = bold >= 0.9 * letters;
  const baseItalic = italic >= 0.9 * letters;
  const mark = (k: number) => {
    const st = styles[k] ?? styles[k - 1];
    return `${st?.bold && !baseBold ? '**' : ''}${st?.italic && !baseItalic ? '*' : ''}`;
  };
  const marks = [...v.text].map((_, k) => mark(k));
  if (marks.every((m) => m === '')) return v;
  const pieces: Val[] = [];
  let k = 0;
  while (k < v.text.length) {
    let e = k + 1;
    while (e < v.text.length && marks[e] === marks[k]) e++;
    const m = marks[k]!;
    const seg = slice(v, k, e);
    const core = trim(seg);
    if (m === '' || core.text === '') pieces.push(seg);
    else {
      const lead = seg.text.length - seg.text.trimStart().length;
      pieces.push(slice(seg, 0, lead));
      const open = { text: m, offsets: [...Array(m.length).fill(startOf(core)), startOf(core)] };
      const closeMark = [...m].reverse().join('');
      const close = { text: closeMark, offsets: [...Array(closeMark.length).fill(endOf(core)), endOf(core)] };
      pieces.push(open, core, close, slice(seg, lead + core.text.length));
    }
    k = e;
  }
  return join(pieces.filter((p) => p.text !== ''), '');
}
