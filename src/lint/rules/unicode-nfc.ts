// Why: Vietnamese typed with Unikey's "Unicode tổ hợp" or pasted from some PDFs is decomposed
// (e + U+0323 + U+0302 for "ệ"): it looks right, but search, sorting and some fonts fail. Text
// is stored and printed precomposed, NFC (TCVN 6909:2001; the-thuc.md §7). The YAML loader
// normalises file text already; values written with escapes, and documents read from .txt or
// .docx, still reach the rules decomposed.
import { tcvn6909 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { VIETNAMESE_COMBINING } from '../helpers/vietnamese.js';
import type { PlanEdit } from '../rule.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

export const unicodeNfc = defineRule({
  meta: {
    id: 'unicode-nfc',
    title: { vi: 'Chữ Việt dựng sẵn (Unicode NFC)', en: 'Precomposed Vietnamese (Unicode NFC)' },
    description: {
      vi: 'Mọi chữ viết ở dạng Unicode dựng sẵn (NFC), không còn dấu thanh rời (tổ hợp).',
      en: 'All text is precomposed Unicode (NFC), with no loose combining tone marks.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: tcvn6909('NĐ 30, Phụ lục I, mục I.1 (bộ mã TCVN 6909:2001)'), party: tcvn6909('HD 36, mục phông chữ (bộ mã TCVN 6909:2001)') },
    fix: 'safe',
    tags: ['ma-chu'],
    messages: {
      decomposed: { vi: 'Chữ “{{text}}” ở dạng tổ hợp (dấu rời); chuyển sang dạng dựng sẵn.', en: '“{{text}}” is decomposed (loose marks); convert to precomposed form.' },
      strayMark: { vi: 'Còn dấu thanh rời không ghép được vào chữ nào ở “{{text}}”: gõ lại chữ này.', en: 'A loose tone mark that joins no letter remains in “{{text}}”: retype this word.' },
    },
    examples: { wrong: 'trich_yeu: "Vie\\u0323\\u0302t Nam"', right: 'trich_yeu: Việt Nam' },
  },
  check({ report, plan }) {
    for (const t of planTexts(plan)) {
      const value = t.text;
      if (value === value.normalize('NFC')) {
        const stray = VIETNAMESE_COMBINING.exec(value);
        if (stray) report({ messageId: 'strayMark', data: { text: wordAt(value, stray.index) }, path: t.path, span: [Math.max(0, stray.index - 1), stray.index + 1] });
        continue;
      }
      // One edit per base letter and its marks, so that each edit stays on one source line.
      const fix: PlanEdit[] = [];
      let firstSpan: [number, number] | undefined;
      for (const m of matchesOf(/\P{M}\p{M}+/gu, value)) {
        const nfc = m[0].normalize('NFC');
        if (nfc === m[0]) continue;
        firstSpan ??= [m.index, m.index + m[0].length];
        fix.push({ path: t.path, from: m.index, to: m.index + m[0].length, text: nfc });
      }
      if (!firstSpan) continue;
      report({ messageId: 'decomposed', data: { text: wordAt(value, firstSpan[0]).normalize('NFC') }, path: t.path, span: firstSpan, fix });
    }
  },
});

function wordAt(text: string, index: number): string {
  const start = text.slice(0, index).search(/\S*$/u);
  const rest = text.slice(index).search(/\s|$/u);
  return text.slice(start, index + rest);
}
