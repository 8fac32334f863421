// Small helpers shared by the layout checks.
import type { ComponentName } from '../../profile/index.js';
import type { DocxParagraph, DocxRun } from '../docx/model.js';
import type { SourceLine } from '../source.js';
import type { LayoutContext } from './check.js';

/** Runs that carry visible text (a run of spaces has no font anyone sees). */
export const textRuns = (p: DocxParagraph | undefined): DocxRun[] => (p ? p.runs.filter((r) => r.text.trim() !== '') : []);

/** The paragraphs the recogniser assigned to a component, each once, in order. */
export function linesOf(ctx: LayoutContext, name: ComponentName): SourceLine[] {
  const seen = new Set<number>();
  return (ctx.recognition.components.get(name) ?? []).filter((l) => l.para && l.text.trim() !== '' && !seen.has(l.no) && seen.add(l.no)).sort((a, b) => a.no - b.no);
}

export const rangeOfLine = (l: SourceLine) => ({ start: l.start, end: l.start + l.text.length });
export const rangeOfRun = (l: SourceLine, r: DocxRun) => ({ start: l.start + r.start, end: l.start + r.end });

export const fmt = (n: number, digits = 1) => String(Math.round(n * 10 ** digits) / 10 ** digits).replace('.', ',');

/** Body paragraphs: body text and the opening (căn cứ), with justified or unset alignment. */
export function bodyLines(ctx: LayoutContext): SourceLine[] {
  const seen = new Set<number>();
  return [...linesOf(ctx, 'noi_dung'), ...linesOf(ctx, 'can_cu')].filter((l) => !seen.has(l.no) && seen.add(l.no)).sort((a, b) => a.no - b.no);
}
