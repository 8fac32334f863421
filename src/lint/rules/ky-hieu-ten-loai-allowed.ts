// Why: each system has its own table of type abbreviations (NĐ 30 Phụ lục III; Party practice,
// the-thuc.md §3.2): "QyĐ" is State only, "QĐi" Party only, and mixed-case forms (CTr, TTr)
// must be kept exactly.
import { nd30, hd36, tt01 } from '../helpers/basis.js';
import { allowedTypeAbbreviations, parseSymbol } from '../helpers/number-symbol.js';
import { defineRule } from '../rule.js';

export const kyHieuTenLoaiAllowed = defineRule({
  meta: {
    id: 'ky-hieu-ten-loai-allowed',
    title: { vi: 'Chữ viết tắt tên loại có trong bảng của hệ thống', en: "Type abbreviation is in the system's table" },
    description: {
      vi: 'Phần tên loại của ký hiệu là một chữ viết tắt trong bảng của thể thức (Nhà nước: Phụ lục III NĐ 30; Đảng: bảng chữ viết tắt thường dùng), viết đúng chữ hoa, chữ thường.',
      en: "The type part of the symbol is an abbreviation from the format's table (State: NĐ 30 Appendix III; Party: the usual table), with its exact letter case.",
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục III, mục I'), 'TT 01/2011/TT-BNV': tt01('Phụ lục I (bảng chữ viết tắt tên loại văn bản)'), party: hd36('mục 1.3; thực tế viết tắt') },
    fix: 'safe',
    tags: ['so-ky-hieu', 'loai-van-ban'],
    messages: {
      unknown: { vi: 'Chữ viết tắt tên loại “{{type}}” không có trong bảng của {{profile}}.', en: 'Type abbreviation “{{type}}” is not in the {{profile}} table.' },
      letterCase: { vi: 'Chữ viết tắt tên loại viết đúng là “{{expected}}”, không phải “{{type}}”.', en: 'The type abbreviation is written “{{expected}}”, not “{{type}}”.' },
    },
    examples: { wrong: 'he_thong: dang\nloai: quy_dinh\nky_hieu: QyĐ/TU', right: 'he_thong: dang\nloai: quy_dinh\nky_hieu: QĐ/TU' },
  },
  check({ plan, profile, report }) {
    const symbol = plan.symbol;
    if (!symbol) return;
    // A State công văn has no type abbreviation: its first part is the organ (cong-van-ky-hieu).
    if (plan.system === 'state' && plan.docType === 'cong_van') return;
    const parsed = parseSymbol(symbol.text);
    if (parsed.shape === 'unknown') return;
    // A 2015 document may use TT 01's codes (GN, TTh, UQ, NP) that NĐ 30 renamed.
    const allowed = allowedTypeAbbreviations(profile, plan.system, plan.issueDate);
    if (allowed.includes(parsed.type)) return;
    const from = symbol.text.indexOf(parsed.type);
    const span: [number, number] = [from, from + parsed.type.length];
    const sameLetters = allowed.find((a) => a.toLocaleUpperCase('vi') === parsed.type.toLocaleUpperCase('vi'));
    if (sameLetters && from >= 0) {
      report({ messageId: 'letterCase', data: { type: parsed.type, expected: sameLetters }, path: symbol.path, span, fix: [{ path: symbol.path, from, to: span[1], text: sameLetters }] });
      return;
    }
    report({ messageId: 'unknown', data: { type: parsed.type, profile: profile.ten }, path: symbol.path, ...(from >= 0 ? { span } : {}) });
  },
});
