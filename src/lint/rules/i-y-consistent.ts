// Why: some syllables are spelled with i or y (kỉ/kỷ niệm, kĩ/kỹ thuật, lí/lý luận, mĩ/mỹ,
// qui/quy định, hi/hy sinh); both spellings are in use, but one document should keep one. Seed
// 003 writes "kỷ niệm" in its trích yếu and "kỉ niệm" in its closing. Info only; people's names
// are not checked.
import { hd36, nd30 } from '../helpers/basis.js';
import { planTexts } from '../helpers/plan-text.js';
import { defineRule } from '../rule.js';
import { matchesOf } from '../helpers/match-all.js';

/** Whole words, i spelling → y spelling. Only words where both spellings mean the same. */
const PAIRS: [string, string][] = [
  ['kỉ', 'kỷ'], ['kĩ', 'kỹ'], ['lí', 'lý'], ['mĩ', 'mỹ'], ['qui', 'quy'], ['hi sinh', 'hy sinh'], ['sĩ', 'sỹ'],
];
const WORD = new RegExp(`(?<![\\p{L}])(${PAIRS.flat().join('|')})(?![\\p{L}])`, 'giu');
/** The same words anywhere, without the look-arounds: a quick exact pre-check (most texts have none). */
const ANY_WORD = new RegExp(PAIRS.flat().join('|'), 'iu');

export const iYConsistent = defineRule({
  meta: {
    id: 'i-y-consistent',
    title: { vi: 'Một cách viết i/y trong văn bản', en: 'One i/y spelling per document' },
    description: {
      vi: 'Không viết lẫn hai cách i và y của cùng một âm tiết trong một văn bản (kỉ niệm/kỷ niệm, lí luận/lý luận). Cả hai đều được dùng; chỉ là gợi ý.',
      en: 'Do not mix the i and y spellings of the same syllable in one document (kỉ niệm/kỷ niệm, lí luận/lý luận). Both are in use; info only.',
    },
    systems: ['state', 'party'],
    severity: 'info',
    basis: { state: nd30('thực tế chính tả (một kiểu trong một văn bản)'), party: hd36('thực tế chính tả') },
    fix: 'none',
    tags: ['chinh-ta'],
    messages: { mixed: { vi: '“{{written}}” và “{{other}}” cùng có trong văn bản: dùng một cách viết.', en: '“{{written}}” and “{{other}}” both occur in the document: use one spelling.' } },
    examples: { wrong: 'trich_yeu: … nhân kỷ niệm 93 năm …\ncau_ket: … nhân kỉ niệm 93 năm …', right: 'trich_yeu: … nhân kỷ niệm 93 năm …\ncau_ket: … nhân kỷ niệm 93 năm …' },
  },
  check({ plan, report }) {
    // The signer's name is left alone (joined only when the path can be it: joining every path cost more).
    const texts = planTexts(plan).filter((t) => !String(t.path[0]).startsWith('nguoi_ky') || t.path.join('.') !== 'nguoi_ky.ho_ten');
    const uses = texts.flatMap((t) => (ANY_WORD.test(t.text) ? [...matchesOf(WORD, t.text)] : []).map((m) => ({ t, m, word: m[1]!.toLowerCase() })));
    for (const [iForm, yForm] of PAIRS) {
      const iUses = uses.filter((u) => u.word === iForm);
      const yUses = uses.filter((u) => u.word === yForm);
      if (iUses.length === 0 || yUses.length === 0) continue;
      // Report the less used spelling; on a tie, the i spelling.
      const [minority, other] = iUses.length <= yUses.length ? [iUses, yForm] : [yUses, iForm];
      for (const { t, m } of minority) {
        report({ messageId: 'mixed', data: { written: m[1]!, other }, path: t.path, span: [m.index, m.index + m[1]!.length] });
      }
    }
  },
});
