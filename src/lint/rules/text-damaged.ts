// Why: text copied from a PDF or a web page, or typed in a legacy font, can lose its diacritics
// or have letters replaced ("cơng trình", "hồn thành", "Ke hoach to chuc"). That is damage, not
// the drafter's spelling: one finding says the text cannot be checked and why, and the spelling
// rules stay silent instead of reporting every word (KEY of the development corpus, document 39).
import { hd36, nd30 } from '../helpers/basis.js';
import { lostHyphens } from '../helpers/lost-hyphens.js';
import { isReadBack } from '../helpers/read-back.js';
import { scanSpelling } from '../helpers/spelling.js';
import { defineRule } from '../rule.js';

export const textDamaged = defineRule({
  meta: {
    id: 'text-damaged',
    title: { vi: 'Văn bản bị hỏng chữ, không kiểm tra chính tả được', en: 'Damaged text that cannot be spell-checked' },
    description: {
      vi: 'Khi phần lớn chữ không có dấu tiếng Việt, hoặc nhiều âm tiết không thể là tiếng Việt (bản chép từ PDF, trang web, phông chữ cũ), dvk báo một lần rằng văn bản bị hỏng và không kiểm tra chính tả từng chữ.',
      en: 'When most words have lost their Vietnamese diacritics, or many syllables cannot be Vietnamese (text copied from a PDF, a web page, a legacy font), dvk says once that the text is damaged and does not spell-check it word by word.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Điều 8 k.1 (văn bản viết bằng tiếng Việt); TCVN 6909:2001 (bộ mã)'), party: hd36('văn bản viết bằng tiếng Việt; TCVN 6909:2001 (bộ mã)') },
    fix: 'none',
    tags: ['chinh-ta', 'ma-ky-tu'],
    messages: {
      stripped: {
        vi: 'Văn bản có vẻ đã mất dấu tiếng Việt ({{plain}}/{{total}} chữ không có dấu): dvk không kiểm tra chính tả được. Lấy lại bản gốc (.docx) thay vì bản chép từ trang web hoặc PDF.',
        en: 'The text seems to have lost its Vietnamese diacritics ({{plain}} of {{total}} words have none): dvk cannot spell-check it. Use the original (.docx) rather than a copy from a web page or PDF.',
      },
      hyphensLost: {
        vi: 'Văn bản có vẻ đã mất hết dấu gạch nối ({{count}} ký hiệu văn bản viết liền, ví dụ {{examples}}): thường do chép từ PDF; dvk không xét các dấu gạch nối (Tiêu ngữ, ký hiệu) của bản này. Lấy lại bản gốc (.docx).',
        en: 'The text seems to have lost every hyphen ({{count}} document symbols run together, e.g. {{examples}}): usually a PDF extraction; dvk does not judge this copy’s hyphens (Tiêu ngữ, symbols). Use the original (.docx).',
      },
      broken: {
        vi: 'Văn bản có nhiều chữ bị hỏng ({{invalid}}/{{total}} âm tiết không thể là tiếng Việt, ví dụ {{examples}}): có thể do chép từ PDF hoặc phông chữ cũ; dvk không kiểm tra chính tả từng chữ. Lấy lại bản gốc hoặc chuyển sang Unicode.',
        en: 'Many words of the text are damaged ({{invalid}} of {{total}} syllables cannot be Vietnamese, e.g. {{examples}}): probably a PDF extraction or a legacy font; dvk does not spell-check it word by word. Use the original or convert it to Unicode.',
      },
    },
    examples: { wrong: 'mo_dau: Ke hoach to chuc thang cao diem dan van nam 2024 … (cả văn bản không dấu)', right: 'mo_dau: Kế hoạch tổ chức Tháng cao điểm dân vận năm 2024 …' },
  },
  check({ plan, sourceMap, report }) {
    // A copy that lost every hyphen (its cited symbols glued: "61/2018/NĐCP"): said once, where
    // the first glued symbol is; the rules that judge hyphens stay silent (lost-hyphens.ts).
    if (isReadBack(sourceMap)) {
      const glued = lostHyphens(sourceMap.text);
      if (glued.length) {
        const from = sourceMap.text.indexOf(glued[0]!);
        report({ messageId: 'hyphensLost', data: { count: glued.length, examples: glued.slice(0, 3).map((g) => `“${g}”`).join(', ') }, path: [], at: [from, from + glued[0]!.length] });
      }
    }
    const scan = scanSpelling(plan);
    if (!scan.damage) return;
    const first = scan.damage === 'stripped' ? scan.firstPlain : scan.invalid[0];
    if (!first) return;
    const at = { path: first.path, span: [first.from, first.to] as [number, number] };
    if (scan.damage === 'stripped') report({ messageId: 'stripped', data: { plain: scan.plain, total: scan.total }, ...at });
    else {
      const examples = [...new Set(scan.invalid.map((w) => `“${w.word}”`))].slice(0, 3).join(', ');
      report({ messageId: 'broken', data: { invalid: scan.invalid.length, total: scan.total, examples }, ...at });
    }
  },
});
