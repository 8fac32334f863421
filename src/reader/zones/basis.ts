// One căn cứ line of the opening, structured as a cited document only when dvk would print
// exactly the same sentence from those fields (one source for both directions).
import type { DocType, IsoDate, System } from '../../plan/model.js';
import type { PlanPath } from '../../report/finding.js';
import { printedCitation } from '../../shared/citation.js';
import { isoText, isRealDay } from '../../shared/dates.js';
import * as P from '../patterns.js';
import { endOf, slice, startOf, stripEnd, trim, type Val } from '../val.js';
import { derived, Leaf, leaf, type Para, type ReaderContext, type Tree } from './context.js';

/**
 * One căn cứ line. dvk prints the ";" or "." at its end, so a typed one is taken off. The line
 * becomes a cited document (loai, so_ky_hieu, ngay, co_quan, trich_yeu) only when dvk would
 * print exactly the same sentence from those fields (templates/_chung.yaml, dan_chieu: State
 * "… số X ngày DD/MM/YYYY của …", Party "… số X, ngày …"): import never rewrites what was
 * written. Otherwise, and when the opening names the same số ký hiệu again (the renderer
 * then leaves the citation out as already mentioned), the sentence is kept as text.
 */
export function basis(ctx: ReaderContext, p: Para, system: System, type: DocType, openingText: string, text: (p: Para) => Leaf): Tree {
  const v = trim(stripEnd(p.v, /[;.,]+$/u));
  const sentence = (): Leaf => text({ ...p, v });
  const m = P.CITATION.exec(v.text);
  if (!m?.groups) return sentence();
  const g = m.groups as Record<string, string | undefined>;
  if (openingText.includes(g.symbol!)) return sentence();
  const mode = /^Căn/u.test(g.mode!) ? 'can_cu' : 'thuc_hien';
  let date: IsoDate | undefined;
  if (g.date) {
    const [d, mo, y] = [Number(g.day), Number(g.month), Number(g.year)];
    if (!isRealDay(y, mo, d)) return sentence();
    date = { iso: isoText({ year: y, month: mo, day: d }), year: y, month: mo, day: d };
  }
  // The renderer's own sentence for these fields (date form, the Party comma before "ngày"…)
  // must be the line as written, or the line stays text: one source for both directions.
  const none: PlanPath = [];
  const printed = printedCitation(
    {
      kind: 'citation',
      mode,
      docType: { text: g.type!, path: none },
      numberSymbol: { text: g.symbol!, path: none },
      ...(date ? { date: { ...date, path: none } } : {}),
      ...(g.organ ? { issuer: { text: g.organ, path: none } } : {}),
      ...(g.subject ? { subject: { text: g.subject, path: none } } : {}),
    },
    system,
    type,
  );
  if (printed !== v.text) return sentence();
  const at = (name: string): Val => {
    const start = m.indices?.groups?.[name]?.[0] ?? 0;
    return slice(v, start, start + g[name]!.length);
  };
  const cited: Record<string, Tree> = {};
  if (mode !== (system === 'party' ? 'thuc_hien' : 'can_cu')) cited.cach_dan = derived(mode, at('mode'));
  cited.loai = leaf(at('type'));
  cited.so_ky_hieu = leaf(at('symbol'));
  if (date) cited.ngay = derived(date.iso, at('date'));
  if (g.organ) cited.co_quan = leaf(at('organ'));
  if (g.subject) cited.trich_yeu = leaf(at('subject'));
  ctx.positions.set(cited, [startOf(v), endOf(v)]);
  return cited;
}
