// What the parts of a Vietnamese official document look like in text. Kept apart from the
// recogniser so the patterns can be read (and tested) on their own.
import { DOC_TYPE_IDS, DOC_TYPE_REGISTRY, upperName } from '../plan/doc-types.js';
import type { DocType } from '../plan/model.js';

/** NĐ 30, Phụ lục I, II.1 (both HÒA and HOÀ are written). */
// "XàHỘI", "Độc lập  Tự do  Hạnh phúc": a PDF extraction that maps Ã to à and drops the hyphens
// (unseen 08) still leaves the line recognisable; the rules judge what is written.
export const QUOC_HIEU = /^CỘNG\s+H[OÒ]\s*[AÀ]\s+X[ÃÀ]\s*HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM$/iu;
export const TIEU_NGU = /^Độc\s+lập(?:\s*[-–—]\s*|\s{2,})Tự\s+do(?:\s*[-–—]\s*|\s{2,})Hạnh\s+phúc$/iu;
/** QĐ 66-QĐ/TW, HD 36: the Party header. */
export const PARTY_HEADER = /^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$/iu;
export const STAR = /^\*$/;
/** The draft mark ("DỰ THẢO", "Dự thảo lần 2") and the secrecy and urgency marks. */
export const DRAFT_MARK = /^D[Ựự]\s+TH[Ảả]O\b/u;
export const SECRECY = /^(MẬT|TỐI MẬT|TUYỆT MẬT)$/u;
export const URGENCY = /^(KHẨN|THƯỢNG KHẨN|HỎA TỐC|HỎA TỐC HẸN GIỜ)$/u;
/** A typed rule line (dashes, underscores) under a header line or the subject; the border of a table drawn in text ("+-----+-----+"). */
export const RULE_LINE = /^[-_–—=.·]{3,}$|^\+[-=:+]{2,}$/;

/** What a draft leaves where the number or the day will be written: nothing, spaces, or dots ("……", "......", "___"). */
export const BLANK_FILL = /^[.…_]+$/u;

/**
 * "Số: 15/KH-SKHCN", "Số 22-KH/ĐU", "Số: /KH-SKHCN", "Số: ……/KH-SKHCN", "Số 22 -KH/ĐU": groups are
 * the colon, the number (digits, or a draft's blank), the separator after it, and the symbol.
 */
export const NUMBER_LINE = /^Số(\s*)(:?)(\s*)(\d*|[.…_]+)(\s*)([-/])(\s*)(\S.*?)$/u;

/** "Hà Nam, ngày 05 tháng 10 năm 2023" (day, month and year may be blank in a draft: spaces or dots). */
export const DATE_LINE = /^(\p{Lu}[\p{L} .'-]*?|\[[^\]]*\])\s*(,?)\s*ngày\s*(\d{0,2}|[.…_]+)\s*tháng\s*(\d{0,2}|[.…_]+)\s*năm\s*(\d{4}|[.…_]+)?\s*$/u;
/** "Hà Nam, ngày 5/10/2023": the date written with slashes. */
export const DATE_LINE_SLASHES = /^(\p{Lu}[\p{L} .'-]*?)\s*(,?)\s*ngày\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/u;

/** Cells of a "received" stamp (dấu công văn đến) copied or scanned into the text. */
export const STAMP_CELLS: RegExp[] = [
  /^(CV|CÔNG VĂN)?\s*ĐẾN$/iu,
  /^(CV|CÔNG VĂN)$/iu,
  /^Ngày\s*:/iu,
  /^Chuy[eêể]n\s*:?/iu,
  /^Lưu hồ sơ/iu,
  /^Số\s*:?\s*\d+\s*$/u,
];

/** The tên loại lines the reader knows: every registered type that prints one (not a công văn). */
export const DOC_TYPES: [RegExp, DocType][] = DOC_TYPE_IDS.filter((id) => DOC_TYPE_REGISTRY[id].heading === 'ten_loai').map((id) => [
  new RegExp(`^${upperName(id)}$`, 'iu'),
  id,
]);

/**
 * A tên loại and its trích yếu typed on one line in capitals ("KẾ HOẠCH TỔ CHỨC NGÀY HỘI …"):
 * the type's name in capitals, then more words in capitals. Case-sensitive, so a sentence
 * ("Kế hoạch này …") never matches; group 1 is the type's name.
 */
export const DOC_TYPES_WITH_SUBJECT: [RegExp, DocType][] = DOC_TYPE_IDS.filter((id) => DOC_TYPE_REGISTRY[id].heading === 'ten_loai').map((id) => [
  new RegExp(`^(${upperName(id)})\\s+(?=\\p{Lu})`, 'u'),
  id,
]);

/** "I. MỤC ĐÍCH", "II- NỘI DUNG": a Roman-numbered part heading. */
export const ROMAN_HEADING = /^([IVXLC]{1,7})(\s*[.\-–)]\s*|\s*:\s*)(\S.*)$/u;
/** "1. …", "2- …", "3) …". */
export const ARABIC_ITEM = /^(\d{1,2})(\s*[.\-–)]\s+|\.(?=\p{L}))(\S.*)$/u;
/** "7.1. …", "1.2.3 …". */
export const DECIMAL_ITEM = /^(\d{1,2}(?:\.\d{1,2})+)(\.?\s+)(\S.*)$/u;
/** "a) …", "b. …" (Vietnamese letter order includes đ). */
export const LETTER_ITEM = /^([a-zđ])(\s*[).]\s+)(\S.*)$/u;
export const BULLET = /^([-–—•·])\s*(?=[^\s\-–—])/u;
export const PLUS_BULLET = /^\+\s*/u;

/** T/M, K/T, T/L (Party) and TM., KT., TL., TUQ., Q. (State), as written (dot or not). */
export const AUTHORITY = /^(T\/M|K\/T|T\/L|TUQ|TM|KT|TL|Q)(\.?)\s+(\S.*)$/u;

/**
 * The detail lines of a task, as typed and as dvk prints them: "Chủ trì: …", "Đơn vị chủ trì: …",
 * "Cơ quan chủ trì thực hiện: …", "Phối hợp: …", "Thời gian (thực hiện): …", "Sản phẩm: …".
 * Groups: chủ trì, phối hợp, thời gian, sản phẩm.
 */
export const TASK_DETAIL = /^(?:(?:(?:Đơn\s+vị|Cơ\s+quan)\s+)?(chủ\s+trì)(?:\s+thực\s+hiện)?|(?:(?:Đơn\s+vị|Cơ\s+quan)\s+)?(phối\s+hợp)(?:\s+thực\s+hiện)?|(thời\s+gian)(?:\s+thực\s+hiện|\s+hoàn\s+thành)?|(sản\s+phẩm)(?:\s+dự\s+kiến)?)\s*:\s*/iu;

/** A căn cứ line: "Căn cứ …", "Thực hiện …" at the start of the opening. */
export const BASIS_START = /^(Căn\s+cứ|Thực\s+hiện)\s/u;
/**
 * A cited document in the words dvk prints it (templates/_chung.yaml, dan_chieu):
 * "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
 * "Thực hiện Chỉ thị số 25-CT/TU, ngày 23/4/2024 của Ban Thường vụ Tỉnh ủy về …".
 */
export const CITATION =
  /^(?<mode>Căn cứ|Thực hiện) (?<type>\p{L}+(?: \p{L}+){0,5}) số (?<symbol>\d+[-/][\p{L}\d./-]*\p{Lu}[\p{L}\d./-]*)(?<date>,? ngày (?<day>\d{1,2})\/(?<month>\d{1,2})\/(?<year>\d{4}))?(?: của (?<organ>[^,;]+?))?(?: (?<subject>về .+))?$/du;

/** "Phần I", "PHẦN 2", "Phần thứ nhất": a part heading in words. */
export const PART_WORD_HEADING = /^(Phần|PHẦN)\s+(([IVXLC]+|\d{1,2})(?=[\s.:\-–)]|$)|(thứ|THỨ)\s+\p{L})/u;
/** "A. …", "B- …", "C) …": a part heading lettered in capitals. */
export const CAPITAL_LETTER_HEADING = /^[A-Z]\s*[.\-–)]\s+\S/u;
/**
 * The first words of an opening paragraph: what the body begins with when no blank line
 * separates it from the trích yếu. (No `\b`: it is ASCII-only, and "cứ", "Để" end in
 * non-ASCII letters.)
 */
export const OPENING_START =
  /^(?:(?:Căn\s+cứ|Thực\s+hiện|Thi\s+hành|Kính\s+gửi|Nhằm|Để|Theo|Trên\s+cơ\s+sở|Triển\s+khai|Hưởng\s+ứng|Được\s+sự)(?=[\s,:]|$)|Ngày\s+\d{1,2}(?:\/\d{1,2}\/\d{4}|\s+tháng\s))/u;
/**
 * Who decides a quyết định, in capitals between its trích yếu and its căn cứ (NĐ 30, Phụ lục
 * III, mẫu 1.4): the collective ("ỦY BAN NHÂN DÂN TỈNH …", "HỘI ĐỒNG …", "CHÍNH PHỦ") or an
 * individual's title and organ ("CHỦ TỊCH ỦY BAN NHÂN DÂN …", "BỘ TRƯỞNG BỘ …", "GIÁM ĐỐC SỞ …").
 * Read as such only right above a căn cứ line: a trích yếu never begins with these words there.
 */
export const AUTHORITY_LINE =
  /^(?:(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|TỔNG\s+GIÁM\s+ĐỐC|GIÁM\s+ĐỐC|HIỆU\s+TRƯỞNG|CỤC\s+TRƯỞNG|VIỆN\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+BAN)\s+)?(?:[ỦU][YỶ]\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|CHÍNH\s+PHỦ|BỘ\s+(?!TRƯỞNG)\S|SỞ\s|TRƯỜNG\s|ĐẠI\s+HỌC\s|CỤC\s|TỔNG\s+CỤC\s)/u;
/** A line that opens a căn cứ of a quyết định ("Căn cứ …", "Xét đề nghị …", "Theo đề nghị …"). */
export const AUTHORITY_FOLLOWER = /^(?:-\s*)?(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị|Thực\s+hiện)\s/u;
/** The halves of the names written with a spaced hyphen ("Lao động - Thương binh và Xã hội", "kinh tế - xã hội"), as a line's end and the next line's start. */
export const HYPHEN_NAME_HEAD = /(?:^|\s)(?:lao\s+động|kinh\s+tế|quốc\s+phòng|văn\s+h[oó]á?|chính\s+trị)$/iu;
export const HYPHEN_NAME_TAIL = /^[-–]\s+(?:thương\s+binh|xã\s+hội|an\s+ninh)(?=[\s,;.]|$)/iu;
/** A line under the trích yếu that separates it from the body: "-----", "*", "* * *", "---*---", a web page's short "—–". */
export const SUBJECT_SEPARATOR = /^(?:[-_–—=.·]{3,}|[–—][-–—]+|[-_–—=.·\s]*\*[\s*]*[-_–—=.·\s]*)$/u;
/** A line that ends as a sentence does (".", ";", ":", "!", "?", maybe before a closing quote). */
export const SENTENCE_END = /[.;:!?]["”’')\]]*$/u;

export const NOI_NHAN_LABEL = /^Nơi\s+nhận\s*:?/iu;
export const LUU_ITEM = /^Lưu(\s*)(:?)(\s*)(.*)$/u;
/** "Phụ lục", "PHỤ LỤC I", "Phụ lục 2" on a line of its own: an appendix begins. */
export const APPENDIX = /^(PHỤ LỤC|Phụ lục)(\s+([IVXLC]+|\d{1,2}))?\.?$/u;
/** The closing sentence: "Trên đây là …", or a letter's "Trân trọng." (a whole paragraph). */
export const CLOSING = /^(Trên\s+đây\s+là|Trân\s+trọng\s*[.!]?\s*(\.\/\.)?$)/iu;
export const KINH_GUI = /^Kính\s+gửi\s*:?\s*/iu;
/**
 * A label typed with a space before its colon ("Kính gửi :", "Nơi nhận :"): group 1 is the
 * label, group 2 the spaces. The plan does not hold the label (dvk prints it), so the reader
 * reports the spacing itself, under punctuation-spacing.
 */
export const LABEL_SPACE_COLON = /^(Kính\s+gửi|Nơi\s+nhận)([^\S\n]+):/iu;
/** A quyết định's enacting line: "QUYẾT ĐỊNH:" (State) or "QUYẾT ĐỊNH" after the căn cứ (Party). */
export const ENACTING = /^QUYẾT\s+ĐỊNH\s*:?$/u;
/** "Điều 1. …", an article of a quyết định. */
/** "Chương I", "CHƯƠNG II": a chapter of a quy chế, quy định or an article-shaped text. */
export const CHAPTER = /^(Chương|CHƯƠNG)\s+([IVXLC]+|\d{1,3})(?![\p{L}\d])/u;
/** "(Ban hành kèm theo Quyết định số …)": the line under the title of a text issued with a decision. */
export const ATTACHMENT_NOTE = /^\(\s*(Ban\s+hành\s+)?kèm\s+theo\b/iu;
export const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]\s*/u;
/** A công văn's trích yếu under the number: State "V/v …" (also mistyped "v/v", "V/V"), Party "về …" (NĐ 30 ô 5b; HD 36 ô 5b). */
export const LETTER_SUBJECT = /^([Vv]\/[Vv]|[Vv]ề)\s+\S/u;

export const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToInt(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUES[roman[i]!] ?? 0;
    const next = ROMAN_VALUES[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function intToRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Letters as they count in Vietnamese documents: a b c d đ e g h i k l m n o p q r s t u v x y. */
export const VIET_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** Upper case and at least two letters: organ names, titles, headings. */
export function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** A person's name: 2–6 capitalised words, nothing else. */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

/** Words an organ name begins with (NĐ 30, Phụ lục I, II.2; HD 36): a line starting so is a new name. */
const ORGAN_HEAD = /^(ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|SỞ|BAN|BỘ|TỔNG CỤC|CỤC|CHI CỤC|VỤ|VIỆN|TRƯỜNG|PHÒNG|VĂN PHÒNG|TRUNG TÂM|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG ĐOÀN|BAN CÁN SỰ|CHI BỘ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY|CÔNG AN|BỘ CHỈ HUY|MẶT TRẬN|HỘI|ĐOÀN|LIÊN ĐOÀN|CÔNG ĐOÀN|BỆNH VIỆN|ĐẠI HỌC|HỌC VIỆN|THANH TRA|KHO BẠC|TÒA ÁN|VIỆN KIỂM SÁT|CÔNG TY|TẬP ĐOÀN|NGÂN HÀNG|ĐÀI|BÁO|BCH|BTV|HĐND|MTTQ)(?=\s|$)/u;
/** Words that join two halves of one name across a line break. */
const JOINER_START = /^(VÀ|CỦA|VỀ|THUỘC|TẠI|CHO|VỚI|-|&)\s/u;
const JOINER_END = /\s(VÀ|CỦA|VỀ|THUỘC|TẠI|CHO|VỚI|-|&)$/u;

/** Whether the upper-case line `next` continues the organ name on the line `previous`. */
export function continuesOrganName(previous: string, next: string): boolean {
  const p = previous.trim();
  const n = next.trim();
  if (JOINER_START.test(n) || JOINER_END.test(p)) return true;
  return !ORGAN_HEAD.test(n);
}

/**
 * A line the trích yếu never holds: a numbered or lettered heading, a bullet, "Kính gửi",
 * "Nơi nhận:", a separator line. Where the body starts when no blank line comes before it.
 */
export function isBodyStructure(text: string): boolean {
  const t = text.trim();
  return (
    CHAPTER.test(t) ||
    ARTICLE.test(t) ||
    ATTACHMENT_NOTE.test(t) ||
    ROMAN_HEADING.test(t) ||
    ARABIC_ITEM.test(t) ||
    DECIMAL_ITEM.test(t) ||
    LETTER_ITEM.test(t) ||
    PART_WORD_HEADING.test(t) ||
    CAPITAL_LETTER_HEADING.test(t) ||
    BULLET.test(t) ||
    KINH_GUI.test(t) ||
    NOI_NHAN_LABEL.test(t) ||
    RULE_LINE.test(t) ||
    SUBJECT_SEPARATOR.test(t)
  );
}
