// An organ name as it reads inside a sentence. Plans write organ names IN HOA for the header
// ("SỞ KHOA HỌC VÀ CÔNG NGHỆ"); the generated opening sentence names the same organ as a clerk
// writes it in running text ("Sở Khoa học và Công nghệ xây dựng Kế hoạch …"), after NĐ 30, Phụ
// lục II, mục IV: the words for the kind of organ and for its field take a capital, a place name
// capitalises every syllable, the administrative unit before it ("tỉnh", "phường") does not.
// A name the plan already writes in mixed case is the clerk's own and is kept as written.

/** Fixed forms, matched on lower-case syllables (longest first). `then` says what follows. */
const FIXED: [string, string, 'field' | 'place' | 'name' | 'none'][] = [
  ['mặt trận tổ quốc việt nam', 'Mặt trận Tổ quốc Việt Nam', 'none'],
  ['ủy ban nhân dân', 'Ủy ban nhân dân', 'none'],
  ['uỷ ban nhân dân', 'Uỷ ban nhân dân', 'none'],
  ['hội đồng nhân dân', 'Hội đồng nhân dân', 'none'],
  ['ủy ban kiểm tra', 'Ủy ban Kiểm tra', 'none'],
  ['ban thường vụ', 'Ban Thường vụ', 'none'],
  ['ban chấp hành', 'Ban Chấp hành', 'none'],
  ['ban chỉ đạo', 'Ban Chỉ đạo', 'field'],
  ['đảng ủy khối', 'Đảng ủy Khối', 'none'],
  ['đảng uỷ khối', 'Đảng uỷ Khối', 'none'],
  ['văn phòng', 'Văn phòng', 'field'],
  ['trung tâm', 'Trung tâm', 'field'],
  ['chi cục', 'Chi cục', 'field'],
  ['đại học', 'Đại học', 'name'],
  ['thành phố', 'thành phố', 'place'],
  ['thị trấn', 'thị trấn', 'place'],
  ['thị xã', 'thị xã', 'place'],
];
const HEADS = new Set(['sở', 'ban', 'phòng', 'cục', 'vụ', 'viện', 'bộ', 'hội', 'trường']);
const UNITS = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận']);
const COMMITTEES = /^(đảng|tỉnh|huyện|thành|quận|thị) (ủy|uỷ)$/u;

/** Abbreviations that stay in capitals inside a name ("Văn phòng UBND tỉnh"). */
const ABBREVIATIONS = new Set(['UBND', 'HĐND', 'MTTQ', 'BCH', 'BTV', 'BCĐ', 'TW', 'CAND', 'QĐND', 'ĐHQG']);

const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);
/** Capitalises the first letter, after any opening quote or bracket. */
const capWord = (s: string) => s.replace(/^([“"(‘]*)(\p{L})/u, (_, lead: string, letter: string) => lead + letter.toLocaleUpperCase('vi-VN'));

export function organInSentence(name: string): string {
  const text = name.replace(/\s+/g, ' ').trim();
  if (!text || /\p{Ll}/u.test(text)) return text;
  const original = text.split(' ');
  const words = text.toLocaleLowerCase('vi-VN').split(' ');
  const out: string[] = [];
  let mode: 'field' | 'place' | 'name' | 'none' = 'none';
  let fieldStart = false;
  for (let i = 0; i < words.length; ) {
    const fixed = FIXED.find(([form]) => words.slice(i, i + form.split(' ').length).join(' ') === form);
    if (fixed) {
      out.push(fixed[1]);
      i += fixed[0].split(' ').length;
      mode = fixed[2];
      fieldStart = true;
      continue;
    }
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (COMMITTEES.test(pair)) {
      out.push(cap(pair)); // Đảng ủy, Tỉnh ủy, Huyện ủy: then a place name
      i += 2;
      mode = 'place';
      continue;
    }
    const w = words[i]!;
    if (ABBREVIATIONS.has(original[i]!)) {
      out.push(original[i]!);
    } else if (w === 'các') {
      out.push(w); // "Đảng ủy các cơ quan tỉnh": a common noun follows
      mode = 'none';
    } else if (UNITS.has(w)) {
      out.push(w);
      mode = 'place';
    } else if (HEADS.has(w) && (i === 0 || mode !== 'field')) {
      out.push(cap(w));
      mode = 'field';
      fieldStart = true;
      i++;
      continue;
    } else if (mode === 'place' || mode === 'name') {
      out.push(capWord(w));
    } else if (mode === 'field') {
      out.push(fieldStart || /^[“"(‘]/.test(w) ? capWord(w) : w);
      fieldStart = w === 'và' || w.endsWith(',');
      if (w === 'và') out[out.length - 1] = 'và';
      i++;
      continue;
    } else {
      out.push(i === 0 ? capWord(w) : w);
    }
    fieldStart = false;
    i++;
  }
  return out.join(' ');
}
