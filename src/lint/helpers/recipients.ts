// Nơi nhận names compared after normalisation (the-thuc.md §9 rule 47): NFC, lower case, one
// tone-mark style, "các" dropped, purpose parentheticals dropped, and the abbreviations clerks
// mix with full names expanded (BCĐ = Ban Chỉ đạo, ĐU = Đảng ủy, TU = Tỉnh ủy…).
import { toToneStyle } from './vietnamese.js';

/** Abbreviation → full name, lower case, new tone style. Organisations may add theirs in settings. */
export const RECIPIENT_ABBREVIATIONS: Record<string, string> = {
  'bcđ': 'ban chỉ đạo',
  'btv': 'ban thường vụ',
  'bch': 'ban chấp hành',
  'đu': 'đảng ủy',
  'đuk': 'đảng ủy khối',
  'tu': 'tỉnh ủy',
  'hu': 'huyện ủy',
  'tt': 'thường trực',
  'ubnd': 'ủy ban nhân dân',
  'hđnd': 'hội đồng nhân dân',
  'ubmttq': 'ủy ban mặt trận tổ quốc',
  'mttq': 'mặt trận tổ quốc',
  'ubkt': 'ủy ban kiểm tra',
  'bdv': 'ban dân vận',
  'btg': 'ban tuyên giáo',
  'btc': 'ban tổ chức',
  'vp': 'văn phòng',
  'tw': 'trung ương',
  'bdvtu': 'ban dân vận tỉnh ủy',
  'btgtu': 'ban tuyên giáo tỉnh ủy',
  'vptu': 'văn phòng tỉnh ủy',
  'đhtn': 'đại học thái nguyên',
};

/** The key two recipients are compared by. */
export function recipientKey(name: string, extra: Record<string, string> = {}): string {
  const table = { ...RECIPIENT_ABBREVIATIONS, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])) };
  let text = toToneStyle(name.normalize('NFC').toLowerCase(), 'new');
  text = text.replace(/\([^)]*\)/g, ' ').replace(/[,.;:]+\s*$/u, '');
  const words = text.split(/[\s,]+/u).filter(Boolean);
  const expanded = words.map((w) => table[w] ?? w).join(' ').split(' ');
  if (expanded[0] === 'các') expanded.shift();
  return expanded.join(' ');
}

const PURPOSE_WORDS: Record<string, string> = { 'b/c': 'báo cáo', 't/h': 'thực hiện', 'p/h': 'phối hợp', 'c/đ': 'chỉ đạo' };

/**
 * A purpose typed in brackets after a recipient's name ("Ban Dân vận Tỉnh ủy (b/c)", "UBND tỉnh
 * (để báo cáo)"): the purpose as typed, the name before it, and the purpose in words for `de`.
 * Read by lint (noi-nhan-purpose) and by `dvk init`, which offers the split form at once.
 */
export function typedPurpose(text: string): { purpose: string; name: string; expanded: string; index: number; length: number } | undefined {
  const m = /\(\s*(?:để\s+)?(báo cáo|b\/c|thực hiện|t\/h|biết|phối hợp|p\/h|chỉ đạo|c\/đ|theo dõi)\s*\)/iu.exec(text);
  if (!m) return undefined;
  const purpose = m[1]!;
  return {
    purpose,
    name: text.slice(0, m.index).replace(/[\s,;.]+$/u, ''),
    expanded: PURPOSE_WORDS[purpose.toLowerCase()] ?? purpose.toLowerCase(),
    index: m.index,
    length: m[0].length,
  };
}
