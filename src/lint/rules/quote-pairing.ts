// Why: quotes in Vietnamese documents are “…”, opened and closed, with no space inside. Seed
// 001 has “ Dân vận khéo”, ” Dân vận khéo” (a closing mark used to open) and ‘ Dân vận khéo’;
// seed 004 mixes nothing but uses straight "…" throughout. Mixing straight and curly quotes in
// one document prints two styles side by side. Each of these fixes touches only quote marks
// and the spaces inside them.
import { hd36, nd30 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import type { PlanEdit } from '../rule.js';
import { defineRule } from '../rule.js';

const QUOTE_MARK = /[“”‘"]/;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isOpeningContext = (ch: string | undefined): boolean => ch === undefined || /[\s(\[{–-]/u.test(ch);

export const quotePairing = defineRule({
  meta: {
    id: 'quote-pairing',
    title: { vi: 'Dấu ngoặc kép đúng cặp, không có khoảng trắng bên trong', en: 'Quotes are paired, with no space inside' },
    description: {
      vi: 'Dùng “…” mở và đóng đúng cặp, không có khoảng trắng ngay trong ngoặc, không dùng ” để mở, không dùng ‘…’ thay cho “…”, không trộn "…" với “…” trong một văn bản.',
      en: 'Use “…” opened and closed in pairs, with no space just inside, never ” to open, never ‘…’ for “…”, and never "…" mixed with “…” in one document.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('không quy định riêng; thực tế trình bày'), party: hd36('thực tế trình bày') },
    fix: 'safe',
    tags: ['dau-cau'],
    messages: {
      spaceInside: { vi: 'Bỏ khoảng trắng ngay trong dấu ngoặc kép: {{expected}}.', en: 'Remove the space just inside the quotes: {{expected}}.' },
      reversedOpening: { vi: 'Dấu ” đang dùng để mở ngoặc; mở ngoặc bằng “.', en: 'A ” is used to open a quote; open with “.' },
      singleQuotes: { vi: 'Dùng ngoặc kép “…” thay cho ‘…’.', en: 'Use “…” instead of ‘…’.' },
      straightMixed: { vi: 'Văn bản dùng cả "…" lẫn “…”: dùng một kiểu “…”.', en: 'The document mixes "…" and “…”: use “…” throughout.' },
      unbalanced: { vi: 'Dấu ngoặc kép không đủ cặp ({{open}} mở, {{close}} đóng).', en: 'Quotes are not paired ({{open}} opening, {{close}} closing).' },
    },
    examples: { wrong: 'trich_yeu: Phong trào thi đua ” Dân vận khéo”', right: 'trich_yeu: Phong trào thi đua “Dân vận khéo”' },
  },
  check({ plan, report }) {
    const texts = [...planTexts(plan)];
    const usesCurly = texts.some((t) => /[“”]/u.test(t.text));
    for (const t of texts) {
      const v = t.text;
      // Quick exact pre-check: everything below starts at a “, ”, ‘ or ", and most texts have none.
      if (!QUOTE_MARK.test(v)) continue;
      let open = 0;
      let close = 0;
      for (let i = 0; i < v.length; i++) {
        const ch = v[i]!;
        if (ch === '“') {
          open++;
          const spaces = /^ +/.exec(v.slice(i + 1));
          if (spaces && isWordChar(v[i + 1 + spaces[0].length])) {
            report({ messageId: 'spaceInside', data: { expected: quoted(v, i + 1 + spaces[0].length) }, path: t.path, span: [i, i + 1 + spaces[0].length], fix: [{ path: t.path, from: i, to: i + 1 + spaces[0].length, text: '“' }] });
          }
        } else if (ch === '”') {
          const spaces = /^ +/.exec(v.slice(i + 1));
          const next = v[i + 1 + (spaces?.[0].length ?? 0)];
          if (isOpeningContext(v[i - 1]) && isWordChar(next)) {
            open++;
            report({ messageId: 'reversedOpening', path: t.path, span: [i, i + 1], fix: [{ path: t.path, from: i, to: i + 1 + (spaces?.[0].length ?? 0), text: '“' }] });
            continue;
          }
          close++;
          const before = / +$/.exec(v.slice(0, i));
          if (before && isWordChar(v[i - before[0].length - 1])) {
            const from = i - before[0].length;
            report({ messageId: 'spaceInside', data: { expected: '…' + v.slice(Math.max(0, from - 12), from).trimStart() + '”' }, path: t.path, span: [from, i + 1], fix: [{ path: t.path, from, to: i + 1, text: '”' }] });
          }
        } else if (ch === '‘' && isOpeningContext(v[i - 1])) {
          const end = v.indexOf('’', i + 1);
          if (end === -1 || insideCurly(v, i)) continue;
          const inner = v.slice(i + 1, end).trim();
          const fix: PlanEdit[] = [
            { path: t.path, from: i, to: i + 1 + (v.slice(i + 1, end).length - v.slice(i + 1, end).trimStart().length), text: '“' },
            { path: t.path, from: end - (v.slice(i + 1, end).length - v.slice(i + 1, end).trimEnd().length), to: end + 1, text: '”' },
          ];
          report({ messageId: 'singleQuotes', data: {}, path: t.path, span: [i, end + 1], fix: inner ? fix : [] });
          i = end;
        }
      }
      if (open !== close && open + close > 0) report({ messageId: 'unbalanced', data: { open, close }, path: t.path });
      if (usesCurly && v.includes('"')) {
        const fix: PlanEdit[] = [];
        for (let i = 0; i < v.length; i++) {
          if (v[i] === '"') fix.push({ path: t.path, from: i, to: i + 1, text: isOpeningContext(v[i - 1]) ? '“' : '”' });
        }
        const first = v.indexOf('"');
        report({ messageId: 'straightMixed', path: t.path, span: [first, first + 1], fix });
      }
    }
  },
});

function insideCurly(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return (before.match(/“/gu)?.length ?? 0) > (before.match(/”/gu)?.length ?? 0);
}

function quoted(text: string, from: number): string {
  const end = text.indexOf('”', from);
  return `“${text.slice(from, end === -1 ? from + 20 : end).trim()}”`;
}
