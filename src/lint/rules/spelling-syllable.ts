// Why: a word that cannot be a Vietnamese syllable is a typing slip ("viêc", "ngiên", "cơng") or
// two words glued together ("họcsinh"); official documents are written in correct Vietnamese
// (NĐ 30, Điều 8 k.1 and Phụ lục II on chính tả). Checked by the rules of the syllable itself
// (helpers/syllable.ts: onset + rhyme + tone), with no dictionary, so a rare word is never called
// wrong. Capitalised words (names), words in plain ASCII (loanwords, units: "internet", "clip",
// "km") and words glued to codes or numbers are skipped; a damaged text is text-damaged's.
import { hd36, nd30 } from '../helpers/basis.js';
import { scanSpelling } from '../helpers/spelling.js';
import { proseTexts } from '../helpers/plan-text.js';
import { splitGlued } from '../helpers/syllable.js';
import { MASK } from '../placeholders.js';
import { defineRule } from '../rule.js';

export const spellingSyllable = defineRule({
  meta: {
    id: 'spelling-syllable',
    title: { vi: 'Âm tiết không có trong tiếng Việt', en: 'A syllable that cannot be Vietnamese' },
    description: {
      vi: 'Báo từ viết thường không thể là âm tiết tiếng Việt theo quy tắc âm đầu + vần + thanh: vần tận cùng -c, -ch, -p, -t chỉ mang dấu sắc hoặc nặng (“viêc”), k/gh/ngh chỉ đứng trước i, e, ê (“ngiên”), vần không có (“cơng”), hai từ viết liền (“họcsinh”). Bỏ qua từ viết hoa (tên riêng), từ không dấu (từ mượn, đơn vị), mã và số.',
      en: 'Reports a lower-case word that cannot be a Vietnamese syllable by onset + rhyme + tone: a rhyme ending in -c, -ch, -p, -t takes only the sắc or nặng tone (“viêc”), k/gh/ngh come only before i, e, ê (“ngiên”), a rhyme that does not exist (“cơng”), two words glued together (“họcsinh”). Capitalised words (names), words without diacritics (loanwords, units), codes and numbers are skipped.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Điều 8 k.1; Phụ lục II (chính tả tiếng Việt)'), party: hd36('chính tả tiếng Việt (theo NĐ 30/2020/NĐ-CP, Phụ lục II)') },
    fix: 'none',
    tags: ['chinh-ta'],
    messages: {
      tone: { vi: '“{{word}}” không phải âm tiết tiếng Việt: vần tận cùng bằng -c, -ch, -p, -t chỉ mang dấu sắc hoặc nặng (gõ thiếu hoặc sai dấu?).', en: '“{{word}}” cannot be a Vietnamese syllable: a rhyme ending in -c, -ch, -p, -t takes only the sắc or nặng tone (a tone mark missing or wrong?).' },
      spelling: { vi: '“{{word}}” viết sai quy tắc chính tả: k, gh, ngh đứng trước i, e, ê; c, g, ng đứng trước các vần khác.', en: '“{{word}}” breaks the spelling rule: k, gh, ngh go before i, e, ê; c, g, ng before the other rhymes.' },
      rhyme: { vi: '“{{word}}” không phải âm tiết tiếng Việt (không có vần này): kiểm tra lại chính tả.', en: '“{{word}}” cannot be a Vietnamese syllable (no such rhyme): check the spelling.' },
      tones: { vi: '“{{word}}” mang hai dấu thanh: kiểm tra lại chính tả.', en: '“{{word}}” carries two tone marks: check the spelling.' },
      glued: { vi: '“{{word}}” có vẻ là hai từ viết liền: “{{split}}”.', en: '“{{word}}” looks like two words run together: “{{split}}”.' },
    },
    examples: { wrong: 'mo_dau: Tổ chức viêc ngiên cứu cho họcsinh toàn tỉnh.', right: 'mo_dau: Tổ chức việc nghiên cứu cho học sinh toàn tỉnh.' },
  },
  check({ plan, report }) {
    const scan = scanSpelling(plan);
    if (scan.damage) return;
    // A text that stops mid-word (a web page keeps only its first part: "… dạy học trực tuyế")
    // ends on a piece of a word, not a misspelt one: the last word of the last text (the parts
    // the reader did not find are placeholders after it), with no mark after it, is not judged.
    const last = proseTexts(plan).filter((t) => /\p{L}/u.test(t.text.replaceAll(MASK, '')) && !/^\[[^\]]*\]$/u.test(t.text.trim())).at(-1);
    const lastEnd = last && !/[.;:!?…)\]”"'’]$/u.test(last.text.trimEnd()) ? last.text.trimEnd().length : -1;
    const lastKey = last ? JSON.stringify(last.path) : '';
    for (const w of scan.invalid) {
      if (w.check.reason === 'letters') continue;
      if (w.to === lastEnd && JSON.stringify(w.path) === lastKey) continue;
      const glued = splitGlued(w.word);
      if (glued) report({ messageId: 'glued', data: { word: w.word, split: glued.join(' ') }, path: w.path, span: [w.from, w.to] });
      else report({ messageId: w.check.reason!, data: { word: w.word }, path: w.path, span: [w.from, w.to] });
    }
  },
});
