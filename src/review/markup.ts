// Puts markup into paragraphs at character positions: comment range marks and references,
// tracked insertions at a point, tracked deletions over a span. A run is cut where a position
// falls inside it (the pieces keep its formatting); runs nothing touches are left as they are,
// byte for byte. The result is a list of splices over the part's text (applySplices).
import type { LocatedParagraph, LocatedRun, RunPiece } from './locate.js';
import { escapeXml, isEmpty } from './xml.js';

/**
 * Markup at a character position. `side` says where it goes when the position is a boundary
 * between runs: 'before' the run starting there (a range start), or 'after' the run ending there
 * (a range end, an insertion). `rank` orders marks at one position.
 */
export interface PointMark {
  at: number;
  side: 'before' | 'after';
  rank: number;
  /** Put it right before/after this run, whatever its text (a text box's anchor run holds none). */
  run?: LocatedRun;
  /** The XML; given the raw w:rPr of the run beside it (for inserted text to look like its neighbours). */
  xml: (rPr: string) => string;
}

export interface Deletion {
  start: number;
  end: number;
  /** The w:del start tag for each deleted piece (each gets its own id). */
  open: () => string;
}

export interface ParagraphMarkup {
  marks: PointMark[];
  deletions: Deletion[];
  /** With it, every piece of a cut run keeps the run's tracked formatting change, each under a new id. */
  newId?: () => number;
}

export interface Splice {
  start: number;
  end: number;
  text: string;
}

type Target = { kind: 'inside' | 'before' | 'after'; run: LocatedRun } | { kind: 'start' | 'end'; run?: undefined };

function targetOf(para: LocatedParagraph, mark: PointMark): Target {
  if (mark.run) return { kind: mark.side, run: mark.run };
  const { at } = mark;
  const runs = para.runs;
  const inside = runs.find((r) => r.start < at && at < r.end);
  if (inside) return { kind: 'inside', run: inside };
  const starting = runs.filter((r) => r.start === at && r.end > r.start);
  const ending = runs.filter((r) => r.end === at && r.end > r.start);
  if (mark.side === 'before') {
    if (starting.length) return { kind: 'before', run: starting[0]! };
    if (ending.length) return { kind: 'after', run: ending.at(-1)! };
  } else {
    if (ending.length) return { kind: 'after', run: ending.at(-1)! };
    if (starting.length) return { kind: 'before', run: starting[0]! };
  }
  return at === 0 || runs.length === 0 ? { kind: 'start' } : { kind: 'end' };
}

const rawOf = (xml: string, e: { start: number; end: number }): string => xml.slice(e.start, e.end);

/**
 * The run's w:rPr; a tracked formatting change inside it stays on the first piece only (its id
 * must stay unique), or on every piece under a new id when `newId` is given (so rejecting it in
 * Word restores the whole run).
 */
function rPrOf(xml: string, run: LocatedRun, first: boolean, newId?: () => number): string {
  if (!run.rPr) return '';
  const raw = rawOf(xml, run.rPr);
  if (first) return raw;
  if (newId) return raw.replace(/(<w:rPrChange\b[^>]*?\bw:id=")\d+"/g, (_m, open: string) => `${open}${newId()}"`);
  return raw.replace(/<w:rPrChange\b[\s\S]*?<\/w:rPrChange>|<w:rPrChange\b[^>]*\/>/g, '');
}

function pieceIn(piece: RunPiece, a: number, b: number, run: LocatedRun, last: boolean): boolean {
  if (piece.end > piece.start) return piece.start < b && piece.end > a;
  return (piece.start >= a && piece.start < b) || (last && piece.start === run.end);
}

/** One piece of a run between two cuts, as a run of its own (deleted: wrapped in w:del). */
function segmentXml(xml: string, run: LocatedRun, a: number, b: number, first: boolean, last: boolean, deletion: Deletion | undefined, newId?: () => number): string {
  const open = xml.slice(run.element.start, run.element.openEnd);
  let children = '';
  for (const piece of run.pieces) {
    if (!pieceIn(piece, a, b, run, last)) continue;
    if (piece.kind === 'text') {
      const from = Math.max(a, piece.start) - piece.start;
      const to = Math.min(b, piece.end) - piece.start;
      const whole = from === 0 && to === piece.end - piece.start;
      if (whole && !deletion) children += rawOf(xml, piece.element);
      else {
        const tag = deletion ? 'w:delText' : 'w:t';
        children += `<${tag} xml:space="preserve">${escapeXml(piece.text!.slice(from, to))}</${tag}>`;
      }
    } else children += rawOf(xml, piece.element);
  }
  const rPr = rPrOf(xml, run, first, newId);
  if (deletion) return `${deletion.open()}<w:r>${rPr}${children}</w:r></w:del>`;
  return `${open}${rPr}${children}</w:r>`;
}

/** Splices that put `markup` into `para`. */
export function markupSplices(xml: string, para: LocatedParagraph, markup: ParagraphMarkup): Splice[] {
  const before = new Map<LocatedRun, PointMark[]>();
  const after = new Map<LocatedRun, PointMark[]>();
  const insideCuts = new Map<LocatedRun, Map<number, PointMark[]>>();
  const atStart: PointMark[] = [];
  const atEnd: PointMark[] = [];
  const push = <K>(map: Map<K, PointMark[]>, key: K, mark: PointMark) => {
    const list = map.get(key);
    if (list) list.push(mark);
    else map.set(key, [mark]);
  };
  for (const mark of markup.marks) {
    const target = targetOf(para, mark);
    if (target.kind === 'start') atStart.push(mark);
    else if (target.kind === 'end') atEnd.push(mark);
    else if (target.kind === 'before') push(before, target.run, mark);
    else if (target.kind === 'after') push(after, target.run, mark);
    else {
      let cuts = insideCuts.get(target.run!);
      if (!cuts) insideCuts.set(target.run!, (cuts = new Map()));
      push(cuts, mark.at, mark);
    }
  }
  const byRank = (marks: PointMark[] | undefined, rPr: string): string =>
    (marks ?? [])
      .slice()
      .sort((x, y) => x.rank - y.rank)
      .map((m) => m.xml(rPr))
      .join('');

  const splices: Splice[] = [];
  for (const run of para.runs) {
    const cuts = insideCuts.get(run) ?? new Map<number, PointMark[]>();
    const deletions = markup.deletions.filter((d) => d.start < run.end && d.end > run.start);
    for (const d of deletions) {
      if (d.start > run.start && d.start < run.end && !cuts.has(d.start)) cuts.set(d.start, []);
      if (d.end > run.start && d.end < run.end && !cuts.has(d.end)) cuts.set(d.end, []);
    }
    if (!cuts.size && !deletions.length && !before.has(run) && !after.has(run)) continue;
    const rPr = rPrOf(xml, run, false);
    let text = byRank(before.get(run), rPr);
    if (!cuts.size && !deletions.length) text += rawOf(xml, run.element);
    else {
      const points = [...cuts.keys()].sort((x, y) => x - y);
      const bounds = [run.start, ...points, run.end];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const a = bounds[i]!;
        const b = bounds[i + 1]!;
        if (i > 0) text += byRank(cuts.get(a), rPr);
        const deletion = deletions.find((d) => d.start <= a && b <= d.end);
        text += segmentXml(xml, run, a, b, i === 0, i + 2 === bounds.length, deletion, markup.newId);
      }
    }
    text += byRank(after.get(run), rPr);
    splices.push({ start: run.element.start, end: run.element.end, text });
  }
  const head = byRank(atStart, '');
  const tail = byRank(atEnd, '');
  if (head || tail) {
    const p = para.element;
    if (isEmpty(p)) {
      const open = xml.slice(p.start, p.openEnd).replace(/\s*\/>$/, '>');
      splices.push({ start: p.start, end: p.end, text: `${open}${head}${tail}</w:p>` });
    } else {
      if (head) splices.push({ start: para.contentStart, end: para.contentStart, text: head });
      if (tail) splices.push({ start: p.closeStart, end: p.closeStart, text: tail });
    }
  }
  return splices;
}

/** Applies non-overlapping splices (an insertion at an offset goes before a replacement starting there). */
export function applySplices(text: string, splices: Splice[]): string {
  const sorted = splices.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error(`overlapping splices at ${s.start}`);
    parts.push(text.slice(at, s.start), s.text);
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
