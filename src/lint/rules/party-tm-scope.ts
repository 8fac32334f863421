// Why: in Party documents "T/M" is signed on behalf of a collective (cấp ủy, ban thường vụ,
// ủy ban kiểm tra, đảng đoàn, ban cán sự đảng, hội đồng, đại hội). An advisory body such as a
// Ban Dân vận is led by its head: the head signs directly, a deputy signs "K/T TRƯỞNG BAN".
// Seed 000 signs "T/M. BAN DÂN VẬN / TRƯỞNG BAN".
import { hd36 } from '../helpers/basis.js';
import { PARTY_ADVISORY, PARTY_COLLECTIVE, readAuthority } from '../helpers/signer.js';
import { isReadBack } from '../helpers/read-back.js';
import { defineRule } from '../rule.js';

export const partyTmScope = defineRule({
  meta: {
    id: 'party-tm-scope',
    title: { vi: 'T/M chỉ dùng cho tập thể lãnh đạo', en: 'T/M only for collectives' },
    description: {
      vi: 'Văn bản Đảng: T/M dùng khi ký thay mặt tập thể (cấp ủy, ban thường vụ, ủy ban kiểm tra, đảng đoàn, ban cán sự đảng, hội đồng, đại hội). Cơ quan tham mưu, giúp việc (Ban …, Văn phòng) và ban chỉ đạo: người đứng đầu ký trực tiếp, cấp phó ký K/T.',
      en: 'Party documents: T/M is for signing on behalf of a collective (party committee, standing committee, inspection committee, party delegation, council, congress). Advisory bodies (Ban …, Văn phòng) and steering committees: the head signs directly, a deputy signs K/T.',
    },
    systems: ['party'],
    severity: 'warning',
    basis: { party: hd36('mục quyền hạn, chức vụ của người ký (thành phần 7a)') },
    fix: 'none',
    tags: ['nguoi-ky'],
    messages: {
      advisoryBody: {
        vi: '“{{body}}” là cơ quan tham mưu, giúp việc, không ký T/M: trưởng ban ký trực tiếp (bỏ quyen_han), cấp phó ký “K/T {{head}}”.',
        en: '“{{body}}” is an advisory body and does not sign T/M: the head signs directly (drop quyen_han), a deputy signs “K/T {{head}}”.',
      },
      advisoryBodyDoc: {
        vi: '“{{body}}” là cơ quan tham mưu, giúp việc, không ký T/M: trưởng ban ký trực tiếp (bỏ dòng “T/M …”), cấp phó ký “K/T {{head}}”.',
        en: '“{{body}}” is an advisory body and does not sign T/M: the head signs directly (drop the “T/M …” line), a deputy signs “K/T {{head}}”.',
      },
    },
    examples: {
      wrong: 'co_quan: { ten: BAN DÂN VẬN }\nnguoi_ky:\n  quyen_han: T/M\n  tap_the: BAN DÂN VẬN\n  chuc_vu: TRƯỞNG BAN',
      right: 'co_quan: { ten: BAN DÂN VẬN }\nnguoi_ky:\n  chuc_vu: TRƯỞNG BAN',
    },
  },
  check({ plan, sourceMap, report }) {
    const authority = plan.signer.authority;
    if (!authority) return;
    const { kind, rest } = readAuthority(authority.text);
    if (kind !== 'thay_mat') return;
    const body = (plan.signer.onBehalfOf?.text ?? (rest || plan.issuer.name.text)).trim().toLocaleUpperCase('vi');
    if (PARTY_COLLECTIVE.test(body) || !PARTY_ADVISORY.test(body)) return;
    const head = body.startsWith('VĂN PHÒNG') ? 'CHÁNH VĂN PHÒNG' : 'TRƯỞNG BAN';
    report({ messageId: isReadBack(sourceMap) ? 'advisoryBodyDoc' : 'advisoryBody', data: { body, head }, path: authority.path });
  },
});
