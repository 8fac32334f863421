// Why: a State công văn has no tên loại line; its trích yếu sits under the number "sau chữ
// “V/v”" (NĐ 30, Phụ lục I, mục II.5.b, ô 5b; TT 01/2011/TT-BNV said the same). A subject that
// opens "Về …" or with nothing reads as a line of the header, not as a letter's subject.
// Rewording is the drafter's ("Về cho học sinh nghỉ học" → "V/v cho học sinh nghỉ học" changes
// words), so only the case of the abbreviation ("v/v", "V/V") is fixed. Party letters write no
// "V/v" (HD 36: vv-only-cong-van says so), so this rule is the State's only.
import { nd30 } from '../helpers/basis.js';
import { TYPE_RULE_TAG } from '../../plan/doc-types.js';
import { defineRule } from '../rule.js';

export const congVanTrichYeuVv = defineRule({
  meta: {
    id: 'cong-van-trich-yeu-vv',
    title: { vi: 'Trích yếu công văn bắt đầu bằng “V/v”', en: 'A State letter’s subject opens with “V/v”' },
    description: {
      vi: 'Trích yếu của công văn Nhà nước in dưới số, ký hiệu, sau chữ “V/v” (viết đúng “V/v”, không “Về …”, “v/v”, “V/V”).',
      en: 'A State công văn’s subject, printed under the number, comes after “V/v” (written exactly so: not “Về …”, “v/v”, “V/V”).',
    },
    systems: ['state'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.5.b (ô 5b: trích yếu công văn sau chữ “V/v”)') },
    fix: 'safe',
    tags: ['trich-yeu', TYPE_RULE_TAG],
    messages: {
      missing: {
        vi: 'Trích yếu công văn viết sau chữ “V/v”: “V/v {{rest}}”, không bắt đầu bằng “{{first}}”.',
        en: 'A công văn’s subject comes after “V/v”: “V/v {{rest}}”, not opening with “{{first}}”.',
      },
      wrongCase: { vi: 'Viết “V/v”, không viết “{{written}}”.', en: 'Write “V/v”, not “{{written}}”.' },
    },
    examples: { wrong: 'loai: cong_van\ntrich_yeu: Về cho học sinh nghỉ học', right: 'loai: cong_van\ntrich_yeu: V/v cho học sinh nghỉ học' },
  },
  check({ plan, report }) {
    if (plan.system !== 'state' || plan.docType !== 'cong_van') return;
    const subject = plan.subject;
    const text = subject.text;
    const lead = text.length - text.trimStart().length;
    const body = text.slice(lead);
    if (body === '' || body.startsWith('V/v')) return;
    const abbreviation = /^[Vv]\s*\/\s*[Vv]\.?/u.exec(body);
    if (abbreviation) {
      report({
        messageId: 'wrongCase',
        data: { written: abbreviation[0] },
        path: subject.path,
        span: [lead, lead + abbreviation[0].length],
        fix: [{ path: subject.path, from: lead, to: lead + abbreviation[0].length, text: 'V/v' }],
      });
      return;
    }
    const first = /^\S+/u.exec(body)![0];
    // "Về …" / "về việc …": the words after it are the subject the drafter meant under "V/v".
    const rest = /^(về\s+việc|về)\s+/iu.exec(body) ? body.replace(/^(về\s+việc|về)\s+/iu, '') : body;
    report({ messageId: 'missing', data: { first, rest }, path: subject.path, span: [lead, lead + first.length] });
  },
});
