// Why: the place in the date line is a proper name: "Hà Nội", "Thái Nguyên"; generic words of
// a unit's name stay lower case after the first ("Thành phố Hồ Chí Minh") (NĐ 30, Phụ lục I,
// II.4 and Phụ lục II). A name is content: the fix is a suggestion.
import { hd36, nd30 } from '../helpers/basis.js';
import { capitalise, startsUpper } from '../helpers/vietnamese.js';
import { defineRule } from '../rule.js';

/** Generic words that stay lower case inside a place name ("Thành phố", "Thị xã", "Thị trấn"). */
const GENERIC = new Set(['phố', 'xã', 'trấn']);

export const diaDanhCapitalised = defineRule({
  meta: {
    id: 'dia-danh-capitalised',
    title: { vi: 'Địa danh viết hoa', en: 'Place name capitalised' },
    description: { vi: 'Mỗi âm tiết của địa danh viết hoa chữ cái đầu: “Hà Nội, ngày …”.', en: 'Each syllable of the place name starts with a capital: “Hà Nội, ngày …”.' },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.4; Phụ lục II (viết hoa địa danh)'), party: hd36('mục địa danh, ngày tháng năm') },
    fix: 'suggestion',
    tags: ['dau-trang', 'viet-hoa'],
    messages: {
      lowercase: { vi: 'Địa danh viết hoa: “{{expected}}”.', en: 'Capitalise the place name: “{{expected}}”.' },
      useCapitals: { vi: 'Sửa thành “{{expected}}”', en: 'Change to “{{expected}}”' },
    },
    examples: { wrong: 'dia_danh: hà nội', right: 'dia_danh: Hà Nội' },
  },
  check({ plan, report }) {
    const place = plan.place;
    const words = place.text.split(/(\s+)/u);
    const fixed = words.map((w, i) => (/^\s*$/u.test(w) || startsUpper(w) || (i > 0 && GENERIC.has(w.toLowerCase())) ? w : capitalise(w))).join('');
    if (fixed === place.text) return;
    report({ messageId: 'lowercase', data: { expected: fixed }, path: place.path, suggestions: [{ messageId: 'useCapitals', data: { expected: fixed }, fix: [{ path: place.path, text: fixed }] }] });
  },
});
