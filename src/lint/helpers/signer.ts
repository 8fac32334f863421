// The signature block: known titles (chức vụ) for spelling suggestions, học hàm/học vị prefixes,
// and which Party bodies are collectives that sign "T/M" (the-thuc.md §4).
import { distance } from 'fastest-levenshtein';

/** Titles that appear on the chức vụ line, State and Party. */
export const KNOWN_TITLES = [
  'TỔNG BÍ THƯ', 'BÍ THƯ', 'PHÓ BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'ỦY VIÊN', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM',
  'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'TRƯỞNG ĐOÀN', 'PHÓ TRƯỞNG ĐOÀN',
  'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC',
  'TỔNG GIÁM ĐỐC', 'PHÓ TỔNG GIÁM ĐỐC', 'CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'VỤ TRƯỞNG', 'PHÓ VỤ TRƯỞNG',
  'TỔNG CỤC TRƯỞNG', 'TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'VIỆN TRƯỞNG',
  'PHÓ VIỆN TRƯỞNG', 'CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA', 'CHÁNH ÁN', 'TRƯỞNG KHOA', 'THƯỜNG TRỰC',
];

/**
 * When the chức vụ line does not start with a known title but its first words are one or two
 * letters away from one ("KHO BÍ THƯ" → "PHÓ BÍ THƯ"), returns that title and how many
 * characters of the line it replaces.
 */
export function closestTitle(line: string): { title: string; length: number } | undefined {
  const upperLine = line.trim().toLocaleUpperCase('vi');
  if (KNOWN_TITLES.some((t) => upperLine === t || upperLine.startsWith(`${t} `))) return undefined;
  const words = upperLine.split(/\s+/);
  let best: { title: string; length: number; d: number } | undefined;
  for (const title of KNOWN_TITLES) {
    const count = title.split(' ').length;
    if (words.length < count) continue;
    const head = words.slice(0, count).join(' ');
    const d = distance(head, title);
    const limit = Math.min(2, Math.floor(title.length / 4));
    if (d > 0 && d <= limit && (!best || d < best.d || (d === best.d && title.length > best.title.length))) best = { title, length: head.length, d };
  }
  return best ? { title: best.title, length: best.length } : undefined;
}

/** Academic titles and honorifics that must not precede the signer's name (NĐ 30, Phụ lục I, ô 7b). */
export const NAME_PREFIX = /^(?:(?:GS|PGS|TS|ThS|TSKH|BS|CN|KS|Đ\/c|đ\/c)\.?(?:\s*,?\s*(?:TS|TSKH|BS|ThS)\.?)*\s+|(?:Đồng chí|Giáo sư|Phó Giáo sư|Tiến sĩ|Thạc sĩ|Ông|Bà)\s+)/u;

/**
 * Party collectives that sign "T/M" (HD 36; the-thuc.md §4): congresses and their bodies, cấp
 * ủy and their standing committees, ủy ban kiểm tra, đảng đoàn, ban cán sự đảng, councils.
 */
export const PARTY_COLLECTIVE = /^(?:BAN THƯỜNG VỤ|BAN CHẤP HÀNH|THƯỜNG TRỰC|ĐẢNG ỦY|ĐẢNG UỶ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|QUẬN UỶ|CHI ỦY|CHI UỶ|CHI BỘ|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA|ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG|HỘI ĐỒNG|ĐOÀN CHỦ TỊCH|ĐẠI HỘI|BỘ CHÍNH TRỊ|BAN BÍ THƯ)(?![\p{L}])/u;

/** Party advisory and support bodies and steering committees: the head signs directly, a deputy signs "K/T". */
export const PARTY_ADVISORY = /^(?:BAN (?!THƯỜNG VỤ|CHẤP HÀNH|CÁN SỰ|BÍ THƯ)|VĂN PHÒNG)/u;

/** thay_mat, ky_thay… from what the clerk wrote ("T/M.", "TM", "K/T", "thay_mat"), and the rest of the line. */
export function readAuthority(text: string): { kind?: 'thay_mat' | 'ky_thay' | 'thua_lenh' | 'thua_uy_quyen' | 'quyen'; rest: string } {
  const trimmed = text.trim();
  if (/^(thay_mat|ky_thay|thua_lenh|thua_uy_quyen|quyen)$/.test(trimmed)) return { kind: trimmed as 'thay_mat', rest: '' };
  const m = /^([A-Za-z][A-Za-z./]*)\s*(.*)$/su.exec(trimmed);
  if (!m) return { rest: trimmed };
  const letters = m[1]!.replace(/[./]/g, '').toUpperCase();
  const kinds = { TM: 'thay_mat', KT: 'ky_thay', TL: 'thua_lenh', TUQ: 'thua_uy_quyen', Q: 'quyen' } as const;
  const kind = kinds[letters as keyof typeof kinds];
  return kind ? { kind, rest: m[2]!.trim() } : { rest: trimmed };
}
