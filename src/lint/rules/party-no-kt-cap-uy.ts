// Why: a cấp ủy is a collective; its deputy secretary signs on its behalf, "T/M BAN THƯỜNG VỤ /
// PHÓ BÍ THƯ" (seed 002), never "K/T BÍ THƯ" (the-thuc.md §4 and §9 rule 43).
import { hd36 } from '../helpers/basis.js';
import { PARTY_COLLECTIVE, readAuthority } from '../helpers/signer.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

export const partyNoKtCapUy = defineRule({
  meta: {
    id: 'party-no-kt-cap-uy',
    title: { vi: 'Cấp ủy không ký K/T', en: 'Party committees do not sign K/T' },
    description: {
      vi: 'Phó bí thư ký văn bản của cấp ủy bằng “T/M BAN THƯỜNG VỤ” (hoặc T/M cấp ủy), không ký “K/T BÍ THƯ”.',
      en: 'A deputy secretary signs for a party committee with “T/M BAN THƯỜNG VỤ” (or T/M the committee), not “K/T BÍ THƯ”.',
    },
    systems: ['party'],
    severity: 'error',
    basis: { party: hd36('mục quyền hạn, chức vụ của người ký (thành phần 7a)') },
    fix: 'none',
    tags: ['nguoi-ky'],
    messages: {
      ktForCommittee: {
        vi: 'Cấp ủy không ký “K/T {{head}}”: viết quyen_han “T/M”, tap_the “BAN THƯỜNG VỤ”, chức vụ “{{title}}”.',
        en: 'A party committee does not sign “K/T {{head}}”: write quyen_han “T/M”, tap_the “BAN THƯỜNG VỤ”, title “{{title}}”.',
      },
      ktForCommitteeDoc: {
        vi: 'Cấp ủy không ký “K/T {{head}}”: dòng quyền hạn viết “T/M BAN THƯỜNG VỤ”, dòng chức vụ “{{title}}”.',
        en: 'A party committee does not sign “K/T {{head}}”: the authority line reads “T/M BAN THƯỜNG VỤ”, the title line “{{title}}”.',
      },
    },
    examples: {
      wrong: 'nguoi_ky:\n  quyen_han: K/T\n  tap_the: BÍ THƯ\n  chuc_vu: PHÓ BÍ THƯ',
      right: 'nguoi_ky:\n  quyen_han: T/M\n  tap_the: BAN THƯỜNG VỤ\n  chuc_vu: PHÓ BÍ THƯ',
    },
  },
  check({ plan, sourceMap, report }) {
    const authority = plan.signer.authority;
    if (!authority) return;
    const { kind, rest } = readAuthority(authority.text);
    if (kind !== 'ky_thay') return;
    const head = (plan.signer.onBehalfOf?.text ?? rest).trim().toLocaleUpperCase('vi');
    const forSecretary = /^BÍ THƯ(?![\p{L}])/u.test(head);
    const committeeIssuer = PARTY_COLLECTIVE.test(plan.issuer.name.text.trim().toLocaleUpperCase('vi'));
    if (!forSecretary && !(committeeIssuer && head === '')) return;
    report({ messageId: isReadBack(sourceMap) ? 'ktForCommitteeDoc' : 'ktForCommittee', data: { head: head || 'BÍ THƯ', title: plan.signer.title.text.split('\n')[0]!.trim() }, path: authority.path });
  },
});
