// `dvk lint x.docx --fix-layout`: the page-setup fixes Word cannot track as revisions, applied in
// the reviewed copy's word/document.xml and listed in the output. Only what dvk can set exactly:
// page margins (w:pgMar of each section whose side is outside the profile's range) set to the
// profile's value, and a portrait page of another paper size set to A4. A landscape page is left
// as it is (a landscape section is often meant: a wide table, an appendix). Fonts and sizes are not changed here: a font finding names a component, not
// the runs and styles that give it its font, so no fix of them is unambiguous yet.
import { localize, type Lang } from '../i18n/index.js';
import type { Finding, MarginSide } from '../report/finding.js';

const TWIP_PER_MM = 1440 / 25.4;
const mm = (twips: number): number => Math.round((Math.abs(twips) / TWIP_PER_MM) * 10) / 10;

export type LayoutChange = MarginChange | PageSizeChange;

export interface PageSizeChange {
  kind: 'pageSize';
  section: number;
  sections: number;
  /** Width × height in mm. */
  from: [number, number];
  to: [number, number];
}

export interface MarginChange {
  kind: 'margin';
  side: MarginSide;
  /** 1-based section number, and how many sections the document has. */
  section: number;
  sections: number;
  fromMm: number;
  toMm: number;
}

export interface LayoutFixResult {
  xml: string;
  changes: LayoutChange[];
  /** The findings these changes fix (no longer left as comments). */
  fixed: Set<Finding>;
}

/** Spans of w:sectPrChange (a tracked earlier page setup): their w:pgMar is history, never changed. */
function historySpans(xml: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of xml.matchAll(/<w:sectPrChange\b[\s\S]*?<\/w:sectPrChange>/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Sets, in every section, each margin a docx-margins finding reports to the profile's value. */
export function fixLayout(xml: string, findings: readonly Finding[]): LayoutFixResult {
  const wanted = new Map<MarginSide, { min: number; max: number; to: number; findings: Finding[] }>();
  for (const f of findings) {
    const m = f.layoutFix?.margin;
    if (f.ruleId !== 'docx-margins' || !m) continue;
    const entry = wanted.get(m.side) ?? { min: m.min, max: m.max, to: Math.min(Math.max(m.to, m.min), m.max), findings: [] };
    entry.findings.push(f);
    wanted.set(m.side, entry);
  }
  const sizeFindings = findings.filter((f) => f.ruleId === 'docx-page-size' && f.layoutFix?.pageSize);
  const size = sizeFindings[0]?.layoutFix?.pageSize;
  const changes: LayoutChange[] = [];
  const fixed = new Set<Finding>();
  if (wanted.size === 0 && !size) return { xml, changes, fixed };
  const history = historySpans(xml);
  const inHistory = (at: number) => history.some(([a, b]) => at >= a && at < b);
  const sectionStarts = [...xml.matchAll(/<w:sectPr\b/g)].map((m) => m.index).filter((i) => !inHistory(i));
  const sections = sectionStarts.length;
  let out = xml;
  if (size) {
    out = out.replace(/<w:pgSz\b[^>]*>/g, (element: string, at: number) => {
      if (inHistory(at)) return element;
      const w = /\bw:w="(\d+)"/.exec(element);
      const h = /\bw:h="(\d+)"/.exec(element);
      if (!w || !h || /\bw:orient="landscape"/.test(element)) return element;
      const from: [number, number] = [mm(Number(w[1])), mm(Number(h[1]))];
      // The reader's test: portrait, and more than 1 mm from the size wanted.
      if (from[0] > from[1] || (Math.abs(from[0] - size.w) <= 1 && Math.abs(from[1] - size.h) <= 1)) return element;
      changes.push({ kind: 'pageSize', section: sectionStarts.filter((s) => s < at).length, sections, from, to: [size.w, size.h] });
      for (const f of sizeFindings) fixed.add(f);
      return element.replace(w[0], `w:w="${Math.round(size.w * TWIP_PER_MM)}"`).replace(h[0], `w:h="${Math.round(size.h * TWIP_PER_MM)}"`);
    });
  }
  if (wanted.size) out = out.replace(/<w:pgMar\b[^>]*>/g, (element: string, at: number) => {
    if (inHistory(at)) return element;
    const section = sectionStarts.filter((s) => s < at).length;
    return element.replace(/\bw:(top|bottom|left|right)="(-?\d+)"/g, (attr: string, side: MarginSide, raw: string) => {
      const want = wanted.get(side);
      if (!want) return attr;
      const twips = Number(raw);
      const value = mm(twips);
      // The reader's test (src/reader/layout/page.ts): 0.5 mm of slack for twips rounding.
      if (value >= want.min - 0.5 && value <= want.max + 0.5) return attr;
      const to = Math.round(want.to * TWIP_PER_MM) * (twips < 0 ? -1 : 1);
      changes.push({ kind: 'margin', side, section, sections, fromMm: value, toMm: want.to });
      for (const f of want.findings) fixed.add(f);
      return `w:${side}="${to}"`;
    });
  });
  return { xml: out, changes, fixed };
}

const SIDES: MarginSide[] = ['top', 'bottom', 'left', 'right'];
const SIDE = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } as const;
const text = {
  margins: { vi: 'Đã sửa lề trang{{where}} trong {{out}}: {{list}}.', en: 'Fixed the page margins{{where}} in {{out}}: {{list}}.' },
  one: { vi: '{{side}} {{to}} mm (trước {{from}} mm)', en: '{{side}} {{to}} mm (was {{from}} mm)' },
  section: { vi: ' (phần {{n}})', en: ' (section {{n}})' },
  pageSize: { vi: 'Đã đặt khổ giấy{{where}} trong {{out}}: {{w}} × {{h}} mm (trước {{fw}} × {{fh}} mm).', en: 'Set the paper size{{where}} in {{out}}: {{w}} × {{h}} mm (was {{fw}} × {{fh}} mm).' },
  none: { vi: '{{file}}: --fix-layout không thấy lề trang hay khổ giấy nào cần sửa; phông và cỡ chữ chưa được sửa tự động.', en: '{{file}}: --fix-layout found no page margin or paper size to fix; fonts and sizes are not fixed automatically yet.' },
};
const num = (n: number, lang: Lang) => (lang === 'vi' ? String(n).replace('.', ',') : String(n));

/** The changes, one line per section, for the output after the report. */
export function layoutChangeLines(file: string, out: string, changes: readonly LayoutChange[], lang: Lang): string[] {
  if (changes.length === 0) return [localize(text.none, lang, { file })];
  const where = (c: LayoutChange) => (c.sections > 1 ? localize(text.section, lang, { n: c.section }) : '');
  const lines = changes.filter((c) => c.kind === 'pageSize').map((c) => localize(text.pageSize, lang, { out, where: where(c), w: num(c.to[0], lang), h: num(c.to[1], lang), fw: num(c.from[0], lang), fh: num(c.from[1], lang) }));
  const bySection = new Map<number, MarginChange[]>();
  for (const c of changes) if (c.kind === 'margin') bySection.set(c.section, [...(bySection.get(c.section) ?? []), c]);
  return [...lines, ...[...bySection].map(([section, list]) => {
    const items = [...list].sort((a, b) => SIDES.indexOf(a.side) - SIDES.indexOf(b.side)).map((c) => localize(text.one, lang, { side: lang === 'vi' ? SIDE[c.side] : c.side, to: num(c.toMm, lang), from: num(c.fromMm, lang) }));
    return localize(text.margins, lang, { out, list: items.join(', '), where: list[0]!.sections > 1 ? localize(text.section, lang, { n: section }) : '' });
  })];
}
