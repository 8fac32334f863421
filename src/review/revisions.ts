// Which safe fixes become tracked changes, and where. A fix is text edits over the document as
// the reader reads it (its paragraphs joined by "\n"); each edit must stay inside one paragraph
// whose text this writer locates exactly, outside text boxes, and delete only plain text (no
// field, drawing or reference inside the span). Fixes are taken in document order, a fix
// overlapping one already taken is left (as `dvk lint --fix` does for a plan): the drafter sees
// it again on the next lint.
import type { Finding } from '../report/finding.js';
import { lineIndexAt, type SourceLine } from '../reader/source.js';
import type { LocatedParagraph } from './locate.js';

export interface ParagraphEdit {
  para: LocatedParagraph;
  /** Characters [start, end) of the paragraph's text, replaced by `text`. */
  start: number;
  end: number;
  text: string;
}

export interface Revision {
  finding: Finding;
  edits: ParagraphEdit[];
}

/**
 * Rules whose safe fix is an edit of the document's own text (a space, a mark, a letter's case, a
 * leading zero), so it can be a tracked change in the .docx. Every other safe fix edits a plan's
 * data form: the renderer prints what it removes (typed numbers, the nơi nhận punctuation, the
 * “Lưu:” label), and removing it from a document's text would damage the document. A new rule
 * with a safe fix is not written into documents until it is put in one of the two lists
 * (test/review/revisions.test.ts fails until then).
 */
export const DOCUMENT_TEXT_FIXES: ReadonlySet<string> = new Set([
  'chuc-vu-uppercase', 'citation-symbol-form', 'citation-ten-loai-capital', 'co-quan-uppercase', 'cong-van-trich-yeu-vv', 'control-characters',
  'diem-letter-form', 'doubled-punctuation', 'extra-spaces', 'fixed-pair-punctuation', 'heading-number-space',
  'ky-hieu-no-tone-marks', 'ky-hieu-ten-loai-allowed', 'punctuation-spacing', 'quote-pairing', 'quyen-han-format',
  'roman-heading-uppercase', 'so-ky-hieu-format', 'so-ky-hieu-system-mismatch', 'so-leading-zero',
]);
export const PLAN_FORM_FIXES: ReadonlySet<string> = new Set(['noi-nhan-luu-form', 'noi-nhan-punctuation', 'typed-numbering', 'unicode-nfc']);

/** The finding's fix, when it is an edit of a document's text (see DOCUMENT_TEXT_FIXES). */
export const documentFix = (finding: Finding) => (DOCUMENT_TEXT_FIXES.has(finding.ruleId) ? finding.fix : undefined);

/** Zero-width parts of a run that may sit inside a deleted span. */
const HARMLESS = new Set(['w:lastRenderedPageBreak', 'w:softHyphen']);

function plainSpan(para: LocatedParagraph, start: number, end: number): boolean {
  for (const run of para.runs) {
    if (run.end < start || run.start > end) continue;
    const touched = end > start ? run.start < end && run.end > start : run.start <= start && start <= run.end;
    if (!touched) continue;
    for (const piece of run.pieces) {
      if (piece.kind !== 'other' || HARMLESS.has(piece.element.name)) continue;
      // A field character, drawing or reference inside (or at the edge of) the span: not plain text.
      if (piece.start >= start && piece.start <= end) return false;
    }
  }
  return true;
}

export function chooseRevisions(findings: readonly Finding[], doc: { paragraphs: LocatedParagraph[]; lines: readonly SourceLine[]; exact: (i: number) => boolean }): Revision[] {
  const { paragraphs, lines, exact } = doc;
  const candidates: Revision[] = [];
  for (const finding of findings) {
    const fix = documentFix(finding);
    if (!fix?.edits.length || !lines.length) continue;
    const edits: ParagraphEdit[] = [];
    for (const e of fix.edits) {
      const i = lineIndexAt(lines, e.start);
      const line = lines[i]!;
      const para = paragraphs[i];
      const start = e.start - line.start;
      const end = e.end - line.start;
      if (!para || !exact(i) || para.textBoxAnchor || end > line.text.length || start < 0 || /[\r\n]/.test(e.text)) break;
      if (!plainSpan(para, start, end)) break;
      edits.push({ para, start, end, text: e.text });
    }
    if (edits.length === fix.edits.length) candidates.push({ finding, edits });
  }
  // In document order; a fix all or nothing; none overlapping one taken before (an insertion at the edge of another counts).
  const order = (r: Revision) => Math.min(...r.finding.fix!.edits.map((e) => e.start));
  candidates.sort((a, b) => order(a) - order(b));
  const taken: { start: number; end: number }[] = [];
  const out: Revision[] = [];
  for (const r of candidates) {
    const spans = r.finding.fix!.edits;
    if (spans.some((e) => taken.some((t) => e.start <= t.end && t.start <= e.end))) continue;
    taken.push(...spans.map((e) => ({ start: e.start, end: e.end })));
    out.push(r);
  }
  return out;
}
