// `dvk lint x.docx --fix-layout`: the page-setup fixes Word cannot track as revisions, applied in
// the reviewed copy's word/document.xml and listed in the output. Only what dvk can set exactly:
// page margins (w:pgMar of each section whose side is outside the profile's range) set to the
// profile's value, and a portrait page of another paper size set to A4. A landscape page is left
// as it is (a landscape section is often meant: a wide table, an appendix). Fonts, sizes, bold
// and italic are written by format-fixes.ts; their changes are listed here with the page's.
import { localize, type Lang } from '../i18n/index.js';
import type { Finding, MarginSide } from '../report/finding.js';
import type { FormatChange } from './format-fixes.js';

const TWIP_PER_MM = 1440 / 25.4;
const mm = (twips: number): number => Math.round((Math.abs(twips) / TWIP_PER_MM) * 10) / 10;

export type LayoutChange = MarginChange | PageSizeChange | FormatChange;

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
  if (size) out = addMissingPageSizes(out, size, inHistory, sectionStarts.length, (section) => {
    changes.push({ kind: 'pageSize', section, sections, from: [0, 0], to: [size.w, size.h] });
    for (const f of sizeFindings) fixed.add(f);
  });
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

/** What follows w:pgSz in a w:sectPr (ECMA-376 Part 1, §17.6.17): a missing one goes before the first of these. */
const AFTER_PGSZ = ['w:pgMar', 'w:paperSrc', 'w:pgBorders', 'w:lnNumType', 'w:pgNumType', 'w:cols', 'w:formProt', 'w:vAlign', 'w:noEndnote', 'w:titlePg', 'w:textDirection', 'w:bidi', 'w:rtlGutter', 'w:docGrid', 'w:printerSettings', 'w:sectPrChange'];

/** A section without w:pgSz (Word then uses its own default, often Letter) gets A4 portrait; a body without any w:sectPr gets one. */
function addMissingPageSizes(xml: string, size: { w: number; h: number }, inHistory: (at: number) => boolean, count: number, changed: (section: number) => void): string {
  const pgSz = `<w:pgSz w:w="${Math.round(size.w * TWIP_PER_MM)}" w:h="${Math.round(size.h * TWIP_PER_MM)}"/>`;
  let section = 0;
  const out = xml.replace(/<w:sectPr\b[^>]*\/>|<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (whole: string, at: number) => {
    if (inHistory(at)) return whole;
    section++;
    if (whole.endsWith('/>')) {
      changed(section);
      return `${whole.slice(0, -2).trimEnd()}>${pgSz}</w:sectPr>`;
    }
    const open = whole.indexOf('>') + 1;
    const inner = whole.slice(open);
    if (/<w:pgSz\b/.test(inner)) return whole;
    const next = [...inner.matchAll(/<(w:[A-Za-z]+)\b/g)].find((m) => AFTER_PGSZ.includes(m[1]!));
    changed(section);
    const cut = open + (next ? next.index : inner.length - '</w:sectPr>'.length);
    return whole.slice(0, cut) + pgSz + whole.slice(cut);
  });
  if (count === 0 && /<\/w:body>/.test(out)) {
    changed(1);
    return out.replace(/<\/w:body>(?![\s\S]*<\/w:body>)/, `<w:sectPr>${pgSz}</w:sectPr></w:body>`);
  }
  return out;
}

const SIDES: MarginSide[] = ['top', 'bottom', 'left', 'right'];
const SIDE = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } as const;
const text = {
  margins: { vi: 'Đã sửa lề trang{{where}} trong {{out}}: {{list}}.', en: 'Fixed the page margins{{where}} in {{out}}: {{list}}.' },
  one: { vi: '{{side}} {{to}} mm (trước {{from}} mm)', en: '{{side}} {{to}} mm (was {{from}} mm)' },
  section: { vi: ' (phần {{n}})', en: ' (section {{n}})' },
  pageSize: { vi: 'Đã đặt khổ giấy{{where}} trong {{out}}: {{w}} × {{h}} mm (trước {{fw}} × {{fh}} mm).', en: 'Set the paper size{{where}} in {{out}}: {{w}} × {{h}} mm (was {{fw}} × {{fh}} mm).' },
  pageSizeAdded: { vi: 'Đã đặt khổ giấy{{where}} trong {{out}}: A4 dọc {{w}} × {{h}} mm (tệp không ghi khổ giấy, Word sẽ dùng khổ mặc định của máy).', en: 'Set the paper size{{where}} in {{out}}: A4 portrait {{w}} × {{h}} mm (the file set none; Word would use the machine default).' },
  none: { vi: '{{file}}: --fix-layout không thấy lề trang, khổ giấy, phông hay cỡ chữ nào sửa được chắc chắn.', en: '{{file}}: --fix-layout found no page margin, paper size, font or size it could fix with certainty.' },
  style: { vi: 'Đã sửa kiểu (style) “{{style}}” trong {{out}}: {{list}}.', en: 'Fixed the style “{{style}}” in {{out}}: {{list}}.' },
  defaults: { vi: 'Đã sửa định dạng mặc định của tệp (docDefaults) trong {{out}}: {{list}}.', en: 'Fixed the document defaults (docDefaults) in {{out}}: {{list}}.' },
  runs: { vi: 'Đã sửa {{list}} ở {{where}} trong {{out}}, là thay đổi định dạng được theo dõi (chấp nhận hay từ chối ở thẻ Review).', en: 'Set {{list}} in {{where}} in {{out}}, as tracked formatting changes (accept or reject them in the Review tab).' },
  paragraphs: { vi: 'đoạn {{list}}', en: 'paragraph {{list}}' },
  font: { vi: 'phông {{font}}', en: 'font {{font}}' },
  size: { vi: 'cỡ chữ {{size}} pt', en: 'size {{size}} pt' },
  bold: { vi: 'in đậm', en: 'bold' },
  notBold: { vi: 'bỏ in đậm', en: 'not bold' },
  italic: { vi: 'in nghiêng', en: 'italic' },
  notItalic: { vi: 'bỏ in nghiêng', en: 'not italic' },
  was: { vi: ' (trước: {{was}})', en: ' (was {{was}})' },
};
const num = (n: number, lang: Lang) => (lang === 'vi' ? String(n).replace('.', ',') : String(n));

/** The changes, one line per section, for the output after the report. */
export function layoutChangeLines(file: string, out: string, changes: readonly LayoutChange[], lang: Lang): string[] {
  if (changes.length === 0) return [localize(text.none, lang, { file })];
  const where = (c: MarginChange | PageSizeChange) => (c.sections > 1 ? localize(text.section, lang, { n: c.section }) : '');
  const formats = changes.filter((c): c is FormatChange => c.kind === 'format').map((c) => formatLine(c, out, lang));
  const lines = changes.filter((c): c is PageSizeChange => c.kind === 'pageSize').map((c) => localize(c.from[0] === 0 ? text.pageSizeAdded : text.pageSize, lang, { out, where: where(c), w: num(c.to[0], lang), h: num(c.to[1], lang), fw: num(c.from[0], lang), fh: num(c.from[1], lang) }));
  const bySection = new Map<number, MarginChange[]>();
  for (const c of changes) if (c.kind === 'margin') bySection.set(c.section, [...(bySection.get(c.section) ?? []), c]);
  return [...lines, ...formats, ...[...bySection].map(([section, list]) => {
    const items = [...list].sort((a, b) => SIDES.indexOf(a.side) - SIDES.indexOf(b.side)).map((c) => localize(text.one, lang, { side: lang === 'vi' ? SIDE[c.side] : c.side, to: num(c.toMm, lang), from: num(c.fromMm, lang) }));
    return localize(text.margins, lang, { out, list: items.join(', '), where: list[0]!.sections > 1 ? localize(text.section, lang, { n: section }) : '' });
  })];
}

/** Paragraph numbers as ranges: 3, 5–9, 12 (at most ten items, then “…”). */
function paragraphList(numbers: number[], lang: Lang): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const items: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    items.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  const shown = items.length > 10 ? [...items.slice(0, 10), '…'] : items;
  return localize(text.paragraphs, lang, { list: shown.join(', ') });
}

function formatLine(c: FormatChange, out: string, lang: Lang): string {
  const parts: string[] = [];
  if (c.set.font !== undefined) parts.push(localize(text.font, lang, { font: c.set.font }));
  if (c.set.sizePt !== undefined) parts.push(localize(text.size, lang, { size: num(c.set.sizePt, lang) }));
  if (c.set.bold !== undefined) parts.push(localize(c.set.bold ? text.bold : text.notBold, lang));
  if (c.set.italic !== undefined) parts.push(localize(c.set.italic ? text.italic : text.notItalic, lang));
  const was = c.was.length ? localize(text.was, lang, { was: c.was.map((w) => (lang === 'vi' ? w.replace(/(\d)\.(\d)/g, '$1,$2') : w)).join(', ') }) : '';
  const list = parts.join(', ') + was;
  if ('style' in c.where) return localize(text.style, lang, { style: c.where.style, out, list });
  if ('defaults' in c.where) return localize(text.defaults, lang, { out, list });
  return localize(text.runs, lang, { out, list, where: paragraphList(c.where.paragraphs, lang) });
}
