// Why: a deputy (PHÓ …) signs for the head with KT. (State) or K/T (Party advisory bodies and
// steering committees), or under T/M for a collective; a deputy's title with no authority line
// reads as if the deputy were the head (NĐ 30 Điều 13; the-thuc.md §4). Seed 004 is signed
// by "PHÓ TRƯỞNG BAN … THƯỜNG TRỰC BAN CHỈ ĐẠO" with no K/T.
import { hd36, nd30 } from '../helpers/basis.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

export const deputySignsKt = defineRule({
  meta: {
    id: 'deputy-signs-kt',
    title: { vi: 'Cấp phó ký thay có quyền hạn ký', en: 'A deputy signs with an authority' },
    description: {
      vi: 'Người ký có chức vụ “PHÓ …” ký thay người đứng đầu (KT. / K/T) hoặc thay mặt tập thể (TM. / T/M), nên có `quyen_han`.',
      en: 'A signer whose title is “PHÓ …” signs for the head (KT. / K/T) or on behalf of a collective (TM. / T/M), so `quyen_han` is needed.',
    },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: nd30('Điều 13; Phụ lục I, mục II.7 (ô 7a)'), party: hd36('mục quyền hạn, chức vụ của người ký (thành phần 7a)') },
    fix: 'none',
    tags: ['nguoi-ky'],
    messages: {
      noAuthority: {
        vi: 'Chức vụ “{{title}}” là cấp phó nhưng không có quyền hạn ký: thêm quyen_han ({{forms}}) và tap_the.',
        en: 'The title “{{title}}” is a deputy but there is no signing authority: add quyen_han ({{forms}}) and tap_the.',
      },
      noAuthorityDoc: {
        vi: 'Chức vụ “{{title}}” là cấp phó nhưng không có dòng quyền hạn ký phía trên: thêm dòng “{{example}}” trên dòng chức vụ.',
        en: 'The title “{{title}}” is a deputy’s but no signing-authority line stands above it: add a line “{{example}}” above the title.',
      },
    },
    examples: { wrong: 'nguoi_ky:\n  chuc_vu: PHÓ GIÁM ĐỐC', right: 'nguoi_ky:\n  quyen_han: KT.\n  tap_the: GIÁM ĐỐC\n  chuc_vu: PHÓ GIÁM ĐỐC' },
  },
  check({ plan, profile, sourceMap, report }) {
    if (plan.signer.authority) return;
    const title = plan.signer.title;
    const first = title.text.trim().split('\n')[0]!.trim();
    if (!/^PHÓ\s/iu.test(first)) return;
    const forms = [profile.quyen_han.ky_thay, profile.quyen_han.thay_mat].filter(Boolean).join(', ');
    if (isReadBack(sourceMap)) {
      // "PHÓ CHỦ TỊCH" signs for "CHỦ TỊCH": the head's title is the deputy's without "PHÓ".
      const head = first.replace(/^PHÓ\s+/iu, '');
      report({ messageId: 'noAuthorityDoc', data: { title: first, example: `${profile.quyen_han.ky_thay} ${head}` }, path: title.path });
      return;
    }
    report({ messageId: 'noAuthority', data: { title: first, forms }, path: title.path });
  },
});
