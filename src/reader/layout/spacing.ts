// Body paragraphs: spacing between paragraphs at least 6 pt, first-line indent 1–1,27 cm, line
// spacing from single to 1,5 lines (NĐ 30, Phụ lục I, mục II.6.a; HD 36: exactly 18–22 pt in
// practice). Checked on the paragraphs the reader took for body text; one finding per problem
// with the number of paragraphs like it, so a whole document set wrong is one line to read.
import { defineLayoutCheck } from './check.js';
import { bodyLines, fmt, rangeOfLine } from './util.js';

/** Word's "single" line for Times New Roman is about 1,15 × the font size. */
const SINGLE_LINE_FACTOR = 1.15;

export const paragraphSpacing = defineLayoutCheck({
  meta: {
    id: 'docx-paragraph-spacing',
    title: { vi: 'Khoảng cách đoạn, thụt đầu dòng, giãn dòng', en: 'Paragraph spacing, indent and line spacing' },
    kind: 'layout',
    description: { vi: 'Phần nội dung: khoảng cách giữa các đoạn tối thiểu 6 pt, thụt đầu dòng 1–1,27 cm, giãn dòng trong khoảng thể thức cho phép.', en: 'Body text: at least 6 pt between paragraphs, a first-line indent of 1–1.27 cm, line spacing within the range the format allows.' },
    systems: ['state', 'party'],
    fix: 'none',
    tags: ['docx', 'trinh-bay'],
    examples: { wrong: 'Khoảng cách đoạn 0 pt, thụt đầu dòng 0 cm', right: 'Khoảng cách đoạn 6 pt, thụt đầu dòng 1,27 cm, giãn dòng 1,15' },
    severity: 'warning',
    // The values are HD 36's kỹ thuật trình bày (the first Party guide “về thể thức và kỹ thuật trình
    // bày”; HD 11-HD/VPTW of 2004 was “về thể thức”, and a handbook's older margins differ): not
    // checked on Party documents dated before it.
    appliesFrom: { party: 'HD 36-HD/VPTW' },
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục II.6.a' }, party: { source: 'HD 36-HD/VPTW', where: 'mục trình bày phần nội dung' } },
    messages: {
      spacing: { vi: 'Khoảng cách giữa các đoạn {{actual}} pt, cần ít nhất {{min}} pt ({{count}} đoạn như vậy).', en: 'Space between paragraphs is {{actual}} pt; at least {{min}} pt ({{count}} paragraphs like this).' },
      indent: { vi: 'Thụt đầu dòng {{actual}} cm, ngoài khoảng {{min}}–{{max}} cm ({{count}} đoạn như vậy).', en: 'First-line indent {{actual}} cm, outside {{min}}–{{max}} cm ({{count}} paragraphs like this).' },
      lineSpacing: { vi: 'Giãn dòng {{actual}}, ngoài khoảng {{allowed}} ({{count}} đoạn như vậy).', en: 'Line spacing {{actual}}, outside {{allowed}} ({{count}} paragraphs like this).' },
    },
  },
  run(ctx) {
    const { profile, report } = ctx;
    const limits = profile.gioi_han as Record<string, [number, number] | undefined>;
    const spacingMin = limits.cach_doan_pt?.[0] ?? profile.doan.cach_tren_pt;
    const indent = limits.thut_dau_dong_cm ?? [1, 1.27];
    const size = (profile.thanh_phan.noi_dung?.co ?? 14) * SINGLE_LINE_FACTOR;
    const linePt: [number, number] = limits.gian_dong_chinh_xac_pt ?? (limits.gian_dong_boi ? [limits.gian_dong_boi[0] * size, limits.gian_dong_boi[1] * size] : [size, 1.5 * size]);
    const allowed = limits.gian_dong_chinh_xac_pt ? `${fmt(linePt[0])}–${fmt(linePt[1])} pt` : `${fmt(limits.gian_dong_boi?.[0] ?? 1)}–${fmt(limits.gian_dong_boi?.[1] ?? 1.5)} dòng`;
    const groups = new Map<string, { messageId: string; data: Record<string, string | number>; start: number; end: number; n: number }>();
    const add = (key: string, messageId: string, data: Record<string, string | number>, at: { start: number; end: number }) => {
      const g = groups.get(key) ?? { messageId, data, ...at, n: 0 };
      g.n++;
      groups.set(key, g);
    };
    const lines = bodyLines(ctx);
    lines.forEach((line, i) => {
      const p = line.para!;
      const at = rangeOfLine(line);
      // Between two body paragraphs: the larger of "after" above and "before" here (Word collapses them).
      const prev = i > 0 && lines[i - 1]!.no === line.no - 1 ? lines[i - 1]!.para! : undefined;
      const gap = Math.max(p.beforePt ?? 0, prev?.afterPt ?? 0);
      if (prev && gap < spacingMin - 0.1) add(`gap:${gap}`, 'spacing', { actual: fmt(gap), min: spacingMin }, at);
      const first = p.firstLineCm ?? 0;
      if (first < indent[0] - 0.05 || first > indent[1] + 0.05) add(`indent:${first}`, 'indent', { actual: fmt(first, 2), min: fmt(indent[0], 2), max: fmt(indent[1], 2) }, at);
      if (p.line) {
        const pt = p.line.rule === 'auto' ? p.line.value * size : p.line.value;
        if (pt < linePt[0] - 0.5 || pt > linePt[1] + 0.5) {
          const actual = p.line.rule === 'auto' ? `${fmt(p.line.value, 2)} dòng` : `${p.line.rule === 'exact' ? 'đúng' : 'ít nhất'} ${fmt(p.line.value)} pt`;
          add(`line:${actual}`, 'lineSpacing', { actual, allowed }, at);
        }
      }
    });
    for (const g of groups.values()) report({ messageId: g.messageId, data: { ...g.data, count: g.n }, start: g.start, end: g.end });
  },
});
