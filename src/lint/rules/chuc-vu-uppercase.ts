// Why: the title and the collective on the signature block are printed IN HOA (NĐ 30 Phụ lục I,
// ô 7a; HD 36 the same). dvk prints them in capitals whatever the plan says (“kiêm” aside), so in
// a YAML plan this keeps the plan in its printed form; in a .docx/.txt read back it is the real
// defect. A change of letter case is mechanical and safe.
import { hd36, nd30 } from '../helpers/basis.js';
import { isUpperCase, upper } from '../helpers/plan-text.js';
import type { PlanEdit } from '../rule.js';
import { defineRule } from '../rule.js';

export const chucVuUppercase = defineRule({
  meta: {
    id: 'chuc-vu-uppercase',
    title: { vi: 'Chức vụ, tập thể người ký viết IN HOA', en: 'Signer title and collective in capitals' },
    description: {
      vi: '`chuc_vu` và `tap_the` viết IN HOA (trừ chữ nối “kiêm” giữa hai chức vụ).',
      en: '`chuc_vu` and `tap_the` are written in capitals (except the word “kiêm” between two titles).',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.7 (ô 7a)'), party: hd36('Phụ lục 3 (mẫu chữ): quyền hạn, chức vụ') },
    fix: 'safe',
    tags: ['nguoi-ky', 'viet-hoa'],
    messages: { notUpper: { vi: '“{{value}}” phải viết IN HOA: “{{expected}}”.', en: '“{{value}}” must be in capitals: “{{expected}}”.' } },
    examples: { wrong: 'nguoi_ky:\n  chuc_vu: Giám đốc', right: 'nguoi_ky:\n  chuc_vu: GIÁM ĐỐC' },
  },
  check({ plan, report }) {
    for (const field of [plan.signer.title, plan.signer.onBehalfOf]) {
      if (!field) continue;
      let offset = 0;
      const fix: PlanEdit[] = [];
      const wrong: string[] = [];
      for (const line of field.text.split('\n')) {
        if (line.trim() !== 'kiêm' && !isUpperCase(line)) {
          fix.push({ path: field.path, from: offset, to: offset + line.length, text: upper(line) });
          wrong.push(line.trim());
        }
        offset += line.length + 1;
      }
      if (fix.length) report({ messageId: 'notUpper', data: { value: wrong.join(' / '), expected: wrong.map(upper).join(' / ') }, path: field.path, fix });
    }
  },
});
