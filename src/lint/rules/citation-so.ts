// Why: a cited document is written "<tên loại> số <số, ký hiệu>" ("Nghị quyết số 13-NQ/TU"), the
// form of every citation in NĐ 30 (Phụ lục I, mục II.6 and its models) and HD 36. Drafters drop the
// "số" in some citations and keep it in others. Where the document itself writes "số" elsewhere the
// mix is plain (warning); where it never does, dvk only notes the usual form (info).
import { hd36, nd30 } from '../helpers/basis.js';
import { findLooseCitations } from '../helpers/cited-symbols.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

export const citationSo = defineRule({
  meta: {
    id: 'citation-so',
    title: { vi: 'Dẫn văn bản có chữ “số”', en: 'A citation writes “số”' },
    description: {
      vi: 'Văn bản được dẫn viết “<tên loại> số <số, ký hiệu>” (“Nghị quyết số 13-NQ/TU”). Cảnh báo khi văn bản nơi khác có ghi “số”; chỉ gợi ý khi cả văn bản đều không ghi.',
      en: 'A cited document is written “<type> số <number and symbol>” (“Nghị quyết số 13-NQ/TU”). A warning when the document writes “số” elsewhere; only a note when it never does.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I, mục II.6 (dẫn văn bản: tên loại, số, ký hiệu…); nhất quán trong văn bản'), party: hd36('mục dẫn văn bản; nhất quán trong văn bản') },
    fix: 'none',
    tags: ['dan-chieu'],
    messages: {
      mixed: {
        vi: '“{{written}}” thiếu chữ “số”, trong khi văn bản nơi khác có ghi: viết “{{type}} số {{symbol}}”.',
        en: '“{{written}}” has no “số”, while the document writes it elsewhere: write “{{type}} số {{symbol}}”.',
      },
      usual: {
        vi: '“{{written}}”: văn bản được dẫn thường viết “{{type}} số {{symbol}}”.',
        en: '“{{written}}”: a cited document is usually written “{{type}} số {{symbol}}”.',
      },
    },
    examples: {
      wrong: 'mo_dau: Căn cứ Thông tư số 11/2024/TT-BNV … và Thông tư 05/2023/TT-BNV …',
      right: 'mo_dau: Căn cứ Thông tư số 11/2024/TT-BNV … và Thông tư số 05/2023/TT-BNV …',
    },
  },
  check({ plan, report }) {
    const found = proseTexts(plan).flatMap((t) => findLooseCitations(t.text).map((c) => ({ t, c })));
    const withSo = found.some(({ c }) => c.so) || plan.legalBasis.some((b) => b.kind === 'citation');
    for (const { t, c } of found) {
      if (c.so) continue;
      const written = t.text.slice(c.from, c.symbolTo);
      report({
        messageId: withSo ? 'mixed' : 'usual',
        data: { written, type: c.type, symbol: c.symbol },
        path: t.path,
        span: [c.from, c.symbolTo],
        ...(withSo ? {} : { severity: 'info' as const }),
      });
    }
  },
});
