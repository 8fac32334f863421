// What the recogniser reads: the document as numbered lines over one text. For a .txt file a
// line is a line; for a .docx it is a paragraph (body order, table cells included), and the text
// is the paragraphs joined with "\n", so line = paragraph number and column = offset + 1 there.
import type { Position } from '../report/finding.js';
import type { DocxFacts, DocxParagraph } from './docx/model.js';
import { val, type Val } from './val.js';

export interface SourceLine {
  /** 1-based line (.txt) or paragraph number (.docx). */
  no: number;
  /** Offset of the first character in DocumentSource.text. */
  start: number;
  text: string;
  /** .docx only: the paragraph's layout facts. */
  para?: DocxParagraph;
}

export interface DocumentSource {
  kind: 'txt' | 'docx';
  text: string;
  lines: SourceLine[];
  docx?: DocxFacts;
}

export function lineVal(line: SourceLine): Val {
  return val(line.text, line.start);
}

export function sourceFromText(text: string): DocumentSource {
  const normalised = text.replace(/\r\n?/g, '\n');
  const lines: SourceLine[] = [];
  let start = 0;
  normalised.split('\n').forEach((t, i) => {
    lines.push({ no: i + 1, start, text: t });
    start += t.length + 1;
  });
  return { kind: 'txt', text: normalised, lines };
}

export function sourceFromParagraphs(paragraphs: DocxParagraph[], facts: DocxFacts): DocumentSource {
  const lines: SourceLine[] = [];
  let start = 0;
  paragraphs.forEach((para, i) => {
    lines.push({ no: i + 1, start, text: para.text, para });
    start += para.text.length + 1;
  });
  return { kind: 'docx', text: paragraphs.map((p) => p.text).join('\n'), lines, docx: facts };
}

/** The index of the line holding a source offset, by binary search over the line starts. */
export function lineIndexAt(lines: readonly SourceLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** offset → 1-based line and column. */
export function positionIn(source: DocumentSource, offset: number): Position {
  const line = source.lines[lineIndexAt(source.lines, offset)] ?? { no: 1, start: 0 };
  return { line: line.no, column: offset - line.start + 1, offset };
}
