// Words of the signature block: the signer's titles the reader knows (the list the chuc-vu rules
// use): a line that is exactly one, in any case ("Giám đốc", "PHÓ CHỦ TỊCH"), belongs to the
// signature block; and the common family names, which tell a name typed in capitals
// ("NGUYỄN VĂN AN") from one more title line.
import { KNOWN_TITLES } from '../../lint/helpers/signer.js';

/** A line that is a signer's title and nothing else ("Giám đốc", "Phó Chủ tịch"), in any case. */
export function isTitle(text: string): boolean {
  return KNOWN_TITLES.includes(text.replace(/\*\*/g, '').trim().toLocaleUpperCase('vi'));
}

/** The most common Vietnamese family names, in capitals (together well over nine names in ten). */
const FAMILY_NAMES = new Set([
  'NGUYỄN', 'TRẦN', 'LÊ', 'PHẠM', 'HOÀNG', 'HUỲNH', 'PHAN', 'VŨ', 'VÕ', 'ĐẶNG', 'BÙI', 'ĐỖ', 'HỒ', 'NGÔ', 'DƯƠNG', 'LÝ',
  'ĐINH', 'ĐÀO', 'ĐOÀN', 'LƯƠNG', 'TRỊNH', 'TRƯƠNG', 'LÂM', 'TÔ', 'VƯƠNG', 'LƯU', 'TẠ', 'CHU', 'QUÁCH', 'THÁI', 'KIỀU',
  'TĂNG', 'TÔN', 'MẠC', 'KHỔNG', 'LẠI', 'NÔNG', 'TRIỆU', 'THÂN', 'DIỆP', 'PHÙNG', 'TỐNG', 'BẠCH', 'NINH', 'HẦU', 'LỤC',
]);

/** A person's name typed in capitals: two to five words, the first a common family name, and no title. */
export function isNameInCapitals(text: string): boolean {
  const t = text.replace(/\*\*/g, '').trim();
  const words = t.split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}+$/u.test(w)) && FAMILY_NAMES.has(words[0]!) && !isTitle(t);
}
