// Why: the State system writes the signing authority with a dot (TM., KT., TL., TUQ., Q.), the
// Party system with a slash and no dot (T/M, K/T, T/L). Signature blocks are copied between
// offices, and seed 000 (a Party plan) signs "T/M.", both forms at once. The profile, not the
// rule, knows which form a system uses.
import type { AuthorityKind } from '../../profile/index.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

/** The written forms, reduced to their letters, for every authority kind either system knows. */
const KIND_BY_LETTERS: Record<string, AuthorityKind> = { TM: 'thay_mat', KT: 'ky_thay', TL: 'thua_lenh', TUQ: 'thua_uy_quyen', Q: 'quyen' };
const KIND_WORDS = new Set<string>(Object.values(KIND_BY_LETTERS));

export const quyenHanFormat = defineRule({
  meta: {
    id: 'quyen-han-format',
    title: { vi: 'Quyền hạn ký viết đúng thể thức', en: "Signing authority uses the system's form" },
    description: {
      vi: 'Văn bản Nhà nước viết quyền hạn ký có dấu chấm (TM., KT., TL., TUQ., Q.); văn bản Đảng viết có gạch chéo, không dấu chấm (T/M, K/T, T/L).',
      en: 'State documents write the signing authority with a dot (TM., KT., TL., TUQ., Q.); Party documents with a slash and no dot (T/M, K/T, T/L).',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: {
      state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Điều 13; Phụ lục I, mục II.7.a' },
      party: { source: 'HD 36-HD/VPTW', where: 'mục quyền hạn, chức vụ của người ký (thành phần 7a)' },
    },
    fix: 'safe',
    tags: ['nguoi-ky'],
    messages: {
      wrongForm: {
        vi: 'Quyền hạn ký “{{actual}}” chưa đúng thể thức {{profile}}; viết “{{expected}}”.',
        en: 'Signing authority “{{actual}}” is not in the {{profile}} form; write “{{expected}}”.',
      },
      notInSystem: {
        vi: 'Thể thức {{profile}} không có quyền hạn ký “{{actual}}”; dùng một trong: {{allowed}}.',
        en: 'The {{profile}} format has no signing authority “{{actual}}”; use one of: {{allowed}}.',
      },
      unknown: {
        vi: 'Không nhận ra quyền hạn ký “{{actual}}”; dùng một trong: {{allowed}} (hoặc thay_mat, ky_thay, thua_lenh…).',
        en: 'Unknown signing authority “{{actual}}”; use one of: {{allowed}} (or thay_mat, ky_thay, thua_lenh…).',
      },
      unknownDoc: {
        vi: 'Không nhận ra quyền hạn ký “{{actual}}”; thể thức viết một trong: {{allowed}}.',
        en: 'Unknown signing authority “{{actual}}”; the format writes one of: {{allowed}}.',
      },
    },
    examples: {
      wrong: 'he_thong: dang\nnguoi_ky:\n  quyen_han: T/M.\n  tap_the: BAN THƯỜNG VỤ',
      right: 'he_thong: dang\nnguoi_ky:\n  quyen_han: T/M\n  tap_the: BAN THƯỜNG VỤ',
    },
  },
  check({ plan, profile, sourceMap, report }) {
    const authority = plan.signer.authority;
    if (!authority) return;
    const forms = profile.quyen_han;
    const allowed = Object.values(forms).join(', ');
    const value = authority.text;
    const data = { actual: value.trim(), profile: profile.can_cu.nguon, allowed };

    // The code words (thay_mat, ky_thay…) are rendered in the profile's form: fine if it has one.
    if (KIND_WORDS.has(value.trim())) {
      if (!forms[value.trim() as AuthorityKind]) report({ messageId: 'notInSystem', data, path: authority.path });
      return;
    }
    // The form is the first word ("T/M." in "T/M. BAN THƯỜNG VỤ"): fix only that, keep the rest.
    const match = /^(\s*)([A-Za-z][A-Za-z./]*)/.exec(value);
    const written = match?.[2] ?? '';
    const kind = KIND_BY_LETTERS[written.replace(/[./]/g, '').toUpperCase()];
    if (!match || !kind || (written.match(/\//g)?.length ?? 0) > 1) {
      report({ messageId: isReadBack(sourceMap) ? 'unknownDoc' : 'unknown', data, path: authority.path });
      return;
    }
    const expected = forms[kind];
    if (!expected) {
      report({ messageId: 'notInSystem', data: { ...data, actual: written }, path: authority.path });
      return;
    }
    if (written === expected) return;
    const from = match[1]!.length;
    const to = from + written.length;
    report({
      messageId: 'wrongForm',
      data: { ...data, actual: written, expected },
      path: authority.path,
      span: [from, to],
      fix: [{ path: authority.path, from, to, text: expected }],
    });
  },
});
