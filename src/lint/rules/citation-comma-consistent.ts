// Why: a citation's date follows its symbol with no comma in State practice ("Thông tư số
// 05/2018/TT-BGDĐT ngày 28/02/2018", NĐ 30's own models) and with a comma in Party practice
// ("Quy định số 29-QĐ/TW, ngày 25-7-2016", HD 36's models). No clause forbids the other form, so
// one document is only asked to be consistent: when it mixes both, the citations written against
// its system's form are reported (a warning).
import { hd36, nd30 } from '../helpers/basis.js';
import { findLooseCitations } from '../helpers/cited-symbols.js';
import { proseTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';

const DATE_AFTER = /^([^\S\n]*,)?\s*ngày\s+\d/iu;

export const citationCommaConsistent = defineRule({
  meta: {
    id: 'citation-comma-consistent',
    title: { vi: 'Dấu phẩy trước “ngày” khi dẫn văn bản thống nhất', en: 'One comma style before “ngày” in citations' },
    description: {
      vi: 'Khi dẫn văn bản, văn bản Nhà nước viết “số 05/2018/TT-BGDĐT ngày 28/02/2018” (không có dấu phẩy), văn bản Đảng viết “số 29-QĐ/TW, ngày 25-7-2016”. Chỉ báo khi một văn bản dùng lẫn cả hai kiểu; chỗ viết khác kiểu của hệ thống được chỉ ra.',
      en: 'A State document cites “số 05/2018/TT-BGDĐT ngày 28/02/2018” (no comma), a Party document “số 29-QĐ/TW, ngày 25-7-2016”. Reported only when one document mixes both; the citations that differ from the system’s form are shown.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Phụ lục I (mẫu trích dẫn); nhất quán trong văn bản, không có điều khoản bắt buộc'), party: hd36('mẫu trích dẫn văn bản; nhất quán trong văn bản') },
    fix: 'none',
    tags: ['dan-chieu'],
    messages: {
      extraComma: {
        vi: 'Văn bản dẫn lúc có lúc không dấu phẩy trước “ngày”; văn bản Nhà nước viết “{{symbol}} ngày …” (không có dấu phẩy).',
        en: 'The document cites with and without a comma before “ngày”; a State document writes “{{symbol}} ngày …” (no comma).',
      },
      missingComma: {
        vi: 'Văn bản dẫn lúc có lúc không dấu phẩy trước “ngày”; văn bản Đảng viết “{{symbol}}, ngày …”.',
        en: 'The document cites with and without a comma before “ngày”; a Party document writes “{{symbol}}, ngày …”.',
      },
    },
    examples: {
      wrong: 'mo_dau: Căn cứ Thông tư số 11/2014/TT-BNV, ngày 18/4/2014 và Thông tư số 05/2018/TT-BNV ngày 28/02/2018 …',
      right: 'mo_dau: Căn cứ Thông tư số 11/2014/TT-BNV ngày 18/4/2014 và Thông tư số 05/2018/TT-BNV ngày 28/02/2018 …',
    },
  },
  check({ plan, report }) {
    const dated = proseTexts(plan).flatMap((t) =>
      findLooseCitations(t.text).flatMap((c) => {
        const m = DATE_AFTER.exec(t.text.slice(c.symbolTo));
        return m ? [{ t, c, comma: Boolean(m[1]) }] : [];
      }),
    );
    if (!dated.some((d) => d.comma) || !dated.some((d) => !d.comma)) return;
    const wrongIsComma = plan.system === 'state';
    for (const { t, c, comma } of dated) {
      if (comma !== wrongIsComma) continue;
      const end = comma ? t.text.indexOf(',', c.symbolTo) + 1 : c.symbolTo;
      report({ messageId: comma ? 'extraComma' : 'missingComma', data: { symbol: c.symbol }, path: t.path, span: [c.from, end] });
    }
  },
});
