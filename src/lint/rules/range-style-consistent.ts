// Why: a span of years is written one way in one document: "2021-2025", "2021 - 2025" or
// "2021 – 2025" are all seen, and no clause chooses (NĐ 30 writes "2016 - 2020" and "2016-2020"
// in different places); a document that mixes them looks careless. A warning at most.
import { hd36, nd30 } from '../helpers/basis.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** Two years joined by a dash: "2021-2025", "2021 - 2025", "2021 – 2025", "2021 -2026". */
const RANGE = /(?<![\d/.-])((?:19|20)\d\d)([^\S\n]*)([-–—])([^\S\n]*)((?:19|20)\d\d)(?![\d/])/gu;

type Style = string;
const describe = (lead: string, dash: string, trail: string): Style => `${lead ? ' ' : ''}${dash}${trail ? ' ' : ''}`;

export const rangeStyleConsistent = defineRule({
  meta: {
    id: 'range-style-consistent',
    title: { vi: 'Một kiểu viết khoảng năm', en: 'One style for year ranges' },
    description: {
      vi: 'Khoảng năm viết một kiểu trong cả văn bản (“2021-2025” hoặc “2021 - 2025”), cách đều hai bên dấu nối. Không có điều khoản quy định kiểu nào: chỉ cảnh báo khi văn bản dùng lẫn (cách không đều như “2021 -2026” do punctuation-spacing báo).',
      en: 'Year ranges use one style throughout the document (“2021-2025” or “2021 - 2025”), spaced evenly. No clause chooses a style: a warning only when the document mixes them (a range spaced on one side, “2021 -2026”, is punctuation-spacing’s).',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('không có điều khoản; thực tế trình bày, nhất quán trong văn bản'), party: hd36('không có điều khoản; thực tế trình bày, nhất quán trong văn bản') },
    fix: 'none',
    tags: ['dau-cau'],
    messages: {
      mixed: {
        vi: 'Khoảng năm “{{written}}” viết khác kiểu “{{usual}}” dùng ở nơi khác trong văn bản.',
        en: 'The range “{{written}}” differs from the style “{{usual}}” used elsewhere in the document.',
      },
    },
    examples: {
      wrong: 'trich_yeu: Tuyển sinh năm học 2024 – 2025\nmo_dau: Kế hoạch tuyển sinh năm học 2024-2025 …',
      right: 'trich_yeu: Tuyển sinh năm học 2024-2025\nmo_dau: Kế hoạch tuyển sinh năm học 2024-2025 …',
    },
  },
  check({ plan, report }) {
    const found: { path: (string | number)[]; from: number; to: number; written: string; style: Style; even: boolean }[] = [];
    for (const t of proseTexts(plan)) {
      if (!/\d{4}[^\S\n]*[-–—]/u.test(t.text)) continue;
      for (const m of matchesOf(RANGE, t.text)) {
        const [, a, lead, dash, trail, b] = m as unknown as [string, string, string, string, string, string];
        if (Number(b) <= Number(a) || Number(b) - Number(a) > 50) continue;
        found.push({ path: t.path, from: m.index, to: m.index + m[0].length, written: m[0], style: describe(lead, dash, trail), even: (lead === '') === (trail === '') });
      }
    }
    // A range spaced on one side only ("2021 -2026") is punctuation-spacing's finding; it does not vote here.
    const even = found.filter((r) => r.even);
    const counts = new Map<Style, number>();
    for (const r of even) counts.set(r.style, (counts.get(r.style) ?? 0) + 1);
    if (counts.size < 2) return;
    // The most used style is the document's; on a tie, a hyphen (the decree's own mark; an en dash
    // is usually Word's autocorrect), then the first one written.
    const hyphenFirst = (s: Style): number => (s.includes('-') ? 0 : 1);
    const usual = [...counts.entries()].sort((x, y) => y[1] - x[1] || hyphenFirst(x[0]) - hyphenFirst(y[0]) || even.findIndex((r) => r.style === x[0]) - even.findIndex((r) => r.style === y[0]))[0]![0];
    const model = even.find((r) => r.style === usual)!;
    for (const r of even) {
      if (r.style !== usual) report({ messageId: 'mixed', data: { written: r.written, usual: model.written }, path: r.path, span: [r.from, r.to] });
    }
  },
});
