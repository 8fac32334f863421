// What `--fix-layout` may change for a wrong font or size (src/review/layout-fixes.ts applies it):
// the place the wrong value comes from (w:docDefaults, one style, or the runs themselves), so one
// change fixes every run that takes it from there. A style other text relies on is changed only
// when that text is wrong the same way; when the runs take the value from different places, or
// the reader is unsure what the paragraph is, the runs are changed one by one or not at all.
import type { FormatFix } from '../../report/finding.js';
import { pathKey } from '../source-map.js';
import type { DocxRun } from '../docx/model.js';
import type { SourceLine } from '../source.js';
import type { LayoutContext } from './check.js';

/** A symbol font draws other glyphs: text set in it is left for the drafter. */
export const SYMBOL_FONT = /symbol|dings|marlett|fontawesome|font awesome/i;

/**
 * The one place a run takes a property from, given where each part of it was set ('defaults',
 * 'style:ID', 'direct'; nothing set = 'defaults'): the most specific one; 'direct' when the run
 * sets it itself, when two styles share it, or when the run was read from pieces set apart.
 */
export function placeOf(run: DocxRun, origins: (string | undefined)[]): string {
  if (run.from?.mixed) return 'direct';
  const set = new Set(origins.filter((o): o is string => o !== undefined));
  if (set.has('direct')) return 'direct';
  const styles = [...set].filter((o) => o.startsWith('style:'));
  if (styles.length > 1) return 'direct';
  return styles[0] ?? 'defaults';
}

/** The fix's target for a place: the run's own range in its paragraph, a style, or the document defaults. */
export function targetOf(place: string, line: SourceLine, run: DocxRun): FormatFix['at'] {
  if (place === 'defaults') return { defaults: true };
  if (place.startsWith('style:')) return { style: place.slice('style:'.length) };
  return { runs: { para: line.no - 1, start: run.start, end: run.end } };
}

/** Paragraph numbers holding text the reader reported it was unsure of. */
export function unsureLines(ctx: LayoutContext): Set<number> {
  const out = new Set<number>();
  const { recognition, source } = ctx;
  for (const u of recognition.uncertain) {
    const at = recognition.entries.get(pathKey(u.path));
    if (!at) continue;
    for (const line of source.lines) if (line.start <= at.end && at.start <= line.start + line.text.length) out.add(line.no);
  }
  return out;
}

/** The same fix once (several findings, or runs of one style, name it again). */
export function distinct(fixes: FormatFix[]): FormatFix[] {
  const seen = new Map<string, FormatFix>();
  for (const f of fixes) {
    const key = JSON.stringify([f.at, f.set]);
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}
