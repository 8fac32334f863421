// How the letters of a ký hiệu are written, decided once: capitals without tone marks or other
// vowel marks, keeping Đ, as every official symbol does ("QĐ-UBND", "KH-SGDĐT", "21-KH/BDVTU",
// "24-BS/UBKTTU", "365-CV/ĐUK"). NĐ 30/2020 Phụ lục I, mục II.3 and HD 36-HD/VPTW mục 1.3 call the
// organ part "chữ viết tắt tên cơ quan"; the practice of every office writes it this way. Used by
// the scaffold (the abbreviation `dvk init`/`dvk new` suggest) and by lint (ky-hieu-no-tone-marks).

/** Combining marks Vietnamese letters carry: the five tones and the vowel shapes (â ă ê ô ơ ư). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const SHAPE_MARKS = /[\u0302\u0306\u031b]/u;
const ANY_MARK = /[\u0300-\u036f]/gu;

export interface MarkedLetter {
  /** Offset of the letter in the (NFC) text. */
  index: number;
  letter: string;
  /** The letter without any mark: "Ủ" → "U", "Ư" → "U". */
  plain: string;
  /**
   * True when stripping is certainly what the writer meant: an upper-case letter whose only mark
   * is a tone (Ủ → U). Not so for a vowel shape (is "TƯ" Trung ương, written "TW"?) or a
   * lower-case letter (capital or not?).
   */
  certain: boolean;
}

/** The letters of `text` that carry a tone or vowel mark (Đ is a letter of its own, not a mark). */
export function markedLetters(text: string): MarkedLetter[] {
  const out: MarkedLetter[] = [];
  const nfc = text.normalize('NFC');
  for (let i = 0; i < nfc.length; i++) {
    const letter = nfc[i]!;
    const decomposed = letter.normalize('NFD');
    if (decomposed.length === 1) continue;
    if (!TONE_MARKS.test(decomposed) && !SHAPE_MARKS.test(decomposed)) continue;
    const plain = decomposed.replace(ANY_MARK, '');
    out.push({ index: i, letter, plain, certain: !SHAPE_MARKS.test(decomposed) && letter !== letter.toLocaleLowerCase('vi') });
  }
  return out;
}

/** Capitals without marks, Đ kept: "Ủy" → "UY", "đảng" → "ĐANG". */
export function symbolLetters(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi').normalize('NFD').replace(ANY_MARK, '').normalize('NFC');
}

/**
 * Where the organ's own name ends and its place or unit begins. Offices write only the organ:
 * "Ủy ban nhân dân xã An Bình" → UBND ("Số: 15/KH-UBND"), "Phòng Giáo dục và Đào tạo huyện Kim
 * Bảng" → PGDĐT, "Ban Dân vận Tỉnh ủy Hà Nam" → BDVTU, "Đảng ủy Đại học Thái Nguyên" → ĐU.
 */
const LEVEL_WORDS = /\s(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)(?=\s)(?!\s+ủy\b)/iu;
const PARTY_COMMITTEE = /^(.*?(?:^|\s)(?:đảng ủy khối|đảng ủy|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy))(?=\s|$)/iu;

/** A parent that is itself a Party committee: "Tỉnh ủy Hà Nam", "Đảng ủy Đại học Thái Nguyên". */
const COMMITTEE_FIRST = /^(đảng ủy khối|đảng ủy|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy)(?=\s|$)/iu;

/** The organ part of a name, without its place: see LEVEL_WORDS and PARTY_COMMITTEE. */
function organPart(name: string): string {
  const committee = PARTY_COMMITTEE.exec(name);
  if (committee) return committee[1]!;
  const level = LEVEL_WORDS.exec(name);
  return level && level.index > 0 ? name.slice(0, level.index) : name;
}

/** Initials of a name's words, "và" left out; a word already in capitals (THCS) kept whole. */
function initials(text: string, allCaps: boolean): string {
  const words = text.split(/[\s,]+/).filter((w) => w && w.toLocaleLowerCase('vi') !== 'và' && /\p{L}/u.test(w));
  const isAcronym = (w: string) => !allCaps && w.length > 1 && w === w.toLocaleUpperCase('vi');
  return words.map((w) => (isAcronym(w) ? w : [...w.replace(/^\P{L}+/u, '')][0] ?? '')).join('');
}

/**
 * The abbreviation to suggest for an organ name: initials of its own words (without “và” and
 * without the place), in symbol letters. "Sở Khoa học và Công nghệ" → SKHCN, "Ủy ban nhân dân
 * xã An Bình" → UBND, "Ban Tuyên giáo và Dân vận Tỉnh ủy" → BTGDVTU. A Party body named without
 * its committee ("Ban Dân vận" under "Đảng ủy Đại học Thái Nguyên" or "Tỉnh ủy Hà Nam") carries
 * the committee's letters, as its symbols do: BDVĐU, BDVTU.
 */
export function suggestOrganCode(name: string, parent?: string): string {
  const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const own = clean(name);
  // In a name written in ordinary case, a word already in capitals is an abbreviation: kept whole
  // ("Trường THCS Nguyễn Du" → TTHCSND). A name typed all in capitals has no such words.
  const allCaps = own === own.toLocaleUpperCase('vi');
  let code = initials(organPart(own), allCaps);
  const committee = parent ? COMMITTEE_FIRST.exec(clean(parent)) : null;
  if (committee && !PARTY_COMMITTEE.test(own)) code += initials(committee[1]!, true);
  return symbolLetters(code);
}
