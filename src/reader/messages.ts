// Messages of the document reader (dvk lint/import on .txt and .docx).
import { localize, type Lang, type Localized } from '../i18n/index.js';

type M = Record<string, Localized>;

export const readerMessages = {
  notFound: {
    vi: 'Không tìm thấy {{part}} trong văn bản (văn bản thiếu phần này, hoặc dvk không nhận ra). Kiểm tra lại bản gốc.',
    en: 'Not found in the document: {{part}} (it is missing, or dvk did not recognise it). Check the original.',
  },
  unrecognisedHeaderLine: {
    vi: 'Dòng “{{text}}” ở phần đầu văn bản không thuộc thành phần thể thức nào (có thể là dấu “công văn đến” hoặc ghi chú tay); dvk bỏ qua dòng này.',
    en: 'The line “{{text}}” in the header is not a component of the document (perhaps a "received" stamp or a handwritten note); dvk ignores it.',
  },
  unrecognisedSignatureLine: {
    vi: 'Dòng “{{text}}” trên khối chữ ký không phải quyền hạn, chức vụ hay họ tên người ký (có thể là đường dẫn tệp hoặc ghi chú); dvk bỏ qua dòng này.',
    en: 'The line “{{text}}” above the signature block is no authority, title or name of the signer (perhaps a file path or a note); dvk ignores it.',
  },
  cutOff: {
    vi: 'Văn bản dừng giữa chừng ở “{{tail}}” (không có dấu kết thúc, nơi nhận, chữ ký): có lẽ chỉ là một phần của văn bản (trang web thường cắt bớt). dvk không kiểm tra các phần lẽ ra ở sau chỗ này.',
    en: 'The text stops mid-way at “{{tail}}” (no final mark, no nơi nhận, no signature): it is probably only part of the document (web pages often cut it). dvk does not check the parts that would follow.',
  },
  cutOffInRecipients: {
    vi: 'Văn bản dừng giữa chừng trong phần nơi nhận, ở “{{tail}}” (dòng cuối không có dấu câu, không có dòng “Lưu”): có lẽ chỉ là một phần của văn bản (trang web thường cắt bớt). dvk không kiểm tra các phần lẽ ra ở sau chỗ này.',
    en: 'The text stops mid-way in the nơi nhận, at “{{tail}}” (the last line has no mark, there is no “Lưu” line): it is probably only part of the document (web pages often cut it). dvk does not check the parts that would follow.',
  },
  damagedType: {
    vi: 'Dòng “{{written}}” có lẽ là tên loại “{{expected}}” bị hỏng chữ (thường do chép từ PDF); dvk đọc là “{{expected}}”. Kiểm tra lại bản gốc.',
    en: 'The line “{{written}}” is probably the type “{{expected}}” with damaged letters (often from a PDF copy); dvk reads it as “{{expected}}”. Check the original.',
  },
  lastLineNoMark: {
    vi: 'Dòng cuối của nơi nhận (dòng Lưu) kết thúc bằng dấu “{{mark}}”: “{{expected}}”.',
    en: 'The last line of the nơi nhận (the Lưu line) ends with “{{mark}}”: “{{expected}}”.',
  },
  itemNoMark: {
    vi: 'Dòng nơi nhận không có dấu “{{mark}}” ở cuối: “{{expected}}”.',
    en: 'The nơi nhận line has no “{{mark}}” at its end: “{{expected}}”.',
  },
  labelSpaceColon: {
    vi: 'Bỏ khoảng trắng trước dấu “:” sau “{{label}}”: viết “{{label}}:”.',
    en: 'Remove the space before the “:” after “{{label}}”: write “{{label}}:”.',
  },
  unknownType: {
    vi: 'Tên loại “{{name}}” không có trong danh mục loại văn bản dvk biết quy tắc riêng; dvk chỉ kiểm tra các quy tắc chung của thể thức (không kiểm tra các quy tắc theo loại văn bản như chữ viết tắt tên loại, bố cục, Kính gửi).',
    en: 'The type “{{name}}” is not one whose own rules dvk knows; dvk checks only the general format rules (not those that depend on the type, such as the type code, the parts, Kính gửi).',
  },
  noHeader: {
    vi: 'Văn bản không có phần đầu (cơ quan ban hành, Quốc hiệu, số, ngày tháng, tên loại): có lẽ chỉ là phần nội dung được đăng lại. dvk chỉ kiểm tra phần nội dung.',
    en: 'The document has no header (issuing organ, national title, number, date, type): it is probably the body reposted alone. dvk checks the body only.',
  },
  typeAndSubject: {
    vi: 'Tên loại “{{type}}” và trích yếu viết liền trên một dòng; thể thức in tên loại trên một dòng riêng, trích yếu ở dòng dưới (bản sao từ trang web có thể đã nối hai dòng).',
    en: 'The type “{{type}}” and the subject are on one line; the format prints the type on its own line and the subject under it (a copy from a web page may have joined the two lines).',
  },
  stamp: {
    vi: 'Dấu “công văn đến” của nơi nhận (dòng {{from}}–{{to}}) không thuộc văn bản; dvk bỏ qua.',
    en: 'A "received" stamp of the recipient (lines {{from}}–{{to}}) is not part of the document; dvk ignores it.',
  },
  soColonParty: {
    vi: 'Văn bản của Đảng ghi “Số” không có dấu hai chấm: “Số {{expected}}”.',
    en: 'Party documents write “Số” without a colon: “Số {{expected}}”.',
  },
  soColonState: {
    vi: 'Văn bản hành chính ghi “Số:” có dấu hai chấm: “Số: {{expected}}”.',
    en: 'State documents write “Số:” with a colon: “Số: {{expected}}”.',
  },
  soShapeMismatch: {
    vi: 'Số, ký hiệu “{{written}}” viết theo kiểu {{shape}}, nhưng văn bản là {{system}}.',
    en: 'The number “{{written}}” has the {{shape}} shape, but the document is a {{system}} document.',
  },
  dateComma: {
    vi: 'Sau địa danh cần dấu phẩy: “{{expected}}”.',
    en: 'A comma follows the place name: “{{expected}}”.',
  },
  dateSlashes: {
    vi: 'Dòng ngày tháng viết bằng chữ “ngày … tháng … năm …”, không viết “{{written}}”.',
    en: 'The date line spells out “ngày … tháng … năm …”, not “{{written}}”.',
  },
  dateLeadingZero: {
    vi: '{{what}} “{{written}}” cần thêm số 0 ở trước: “{{expected}}” (ngày dưới 10, tháng 1 và 2).',
    en: '{{what}} “{{written}}” needs a leading zero: “{{expected}}” (days below 10, months 1 and 2).',
  },
  tenLoaiUppercase: {
    vi: 'Tên loại văn bản viết IN HOA: “{{expected}}”.',
    en: 'The document type is written in capitals: “{{expected}}”.',
  },
  missingStar: {
    vi: 'Văn bản của Đảng cần dấu “*” dưới tên cơ quan ban hành.',
    en: 'A Party document has a “*” under the issuing organ.',
  },
  starInState: {
    vi: 'Văn bản hành chính Nhà nước không có dấu “*” dưới tên cơ quan (đó là thể thức của Đảng).',
    en: 'State documents have no “*” under the organ (that is the Party format).',
  },
  sequenceGap: {
    vi: 'Số thứ tự “{{written}}” không liền sau “{{previous}}”; cần “{{expected}}”.',
    en: 'The number “{{written}}” does not follow “{{previous}}”; expected “{{expected}}”.',
  },
  terminator: {
    vi: 'Phần nội dung kết thúc bằng “{{expected}}” ({{profile}}), bản gốc ghi “{{written}}”.',
    en: 'The body ends with “{{expected}}” ({{profile}}); the original has “{{written}}”.',
  },
  markdownMarks: {
    vi: 'Có dấu “**” của Markdown trong khối chữ ký; dvk bỏ dấu này khi đọc.',
    en: 'Markdown “**” marks in the signature block; dvk drops them when reading.',
  },
} satisfies M;

/** Names of the parts, for "not found" and uncertainty comments. */
export const partNames = {
  header: { vi: 'Quốc hiệu, Tiêu ngữ hoặc tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”', en: 'the national motto or the Party header' },
  organ: { vi: 'tên cơ quan ban hành', en: 'the issuing organ' },
  number: { vi: 'số, ký hiệu văn bản', en: 'the document number' },
  date: { vi: 'dòng địa danh, ngày tháng', en: 'the place and date line' },
  type: { vi: 'tên loại văn bản (KẾ HOẠCH, HƯỚNG DẪN…)', en: 'the document type (KẾ HOẠCH, HƯỚNG DẪN…)' },
  subject: { vi: 'trích yếu nội dung', en: 'the subject line' },
  body: { vi: 'phần nội dung', en: 'the body' },
  purposes: { vi: 'phần “Mục đích, yêu cầu”', en: 'the "purposes and requirements" part' },
  organisation: { vi: 'phần “Tổ chức thực hiện”', en: 'the "implementation" part' },
  recipients: { vi: 'phần “Nơi nhận”', en: 'the recipient list (Nơi nhận)' },
  archive: { vi: 'dòng “Lưu” trong nơi nhận', en: 'the archive line (Lưu)' },
  signer: { vi: 'khối chữ ký (chức vụ, họ tên người ký)', en: 'the signature block' },
  signerName: { vi: 'họ tên người ký', en: "the signer's name" },
  signerTitle: { vi: 'chức vụ người ký', en: "the signer's title" },
  authority: { vi: 'thẩm quyền ban hành quyết định', en: 'who decides (the authority of the decision)' },
  enacting: { vi: 'dòng “QUYẾT ĐỊNH:”', en: 'the “QUYẾT ĐỊNH:” line' },
} satisfies M;

/** Why a value is uncertain: written as a `# dvk: chưa chắc — …` comment by import. */
export const unsure = {
  systemGuess: { vi: 'hệ thống văn bản đoán từ {{evidence}}', en: 'system guessed from {{evidence}}' },
  systemDefault: { vi: 'không có dấu hiệu rõ ràng; tạm chọn văn bản Nhà nước', en: 'no clear sign; State assumed' },
  organSplit: { vi: 'tên cơ quan ghép từ {{count}} dòng; kiểm tra cấp trên và cơ quan ban hành', en: 'organ joined from {{count}} lines; check parent and issuing organ' },
  organCode: { vi: 'tên viết tắt lấy từ ký hiệu văn bản', en: 'abbreviation taken from the document symbol' },
  joinedLines: { vi: 'ghép từ {{count}} dòng của bản gốc', en: 'joined from {{count}} lines of the original' },
  joinedBroken: { vi: 'ghép hai đoạn bị ngắt giữa câu (ngắt trang?) ở dòng {{line}}', en: 'joined two paragraphs broken mid-sentence (page break?) at line {{line}}' },
  partKey: { vi: 'phần “{{title}}” được xếp vào {{key}}', en: 'part “{{title}}” filed under {{key}}' },
  partRepeated: { vi: 'phần “{{title}}” trùng loại với một phần trước; gộp vào phần đó', en: 'part “{{title}}” repeats an earlier part; merged into it' },
  placeholder: { vi: 'bản gốc không có (hoặc dvk không nhận ra) {{part}}; hãy bổ sung', en: 'nothing found for {{part}} in the original (or dvk missed it); fill it in' },
  draft: { vi: 'bản gốc để trống số hoặc ngày: coi là dự thảo', en: 'the original leaves the number or day blank: treated as a draft' },
  typeUnregistered: { vi: 'tên loại “{{name}}” dvk chưa biết; tạm ghi {{standIn}}', en: 'type “{{name}}” unknown to dvk; {{standIn}} written in its place' },
  typeGuess: { vi: 'không thấy tên loại; tạm coi là kế hoạch', en: 'no document type found; assumed a plan' },
  terminatorRemoved: { vi: 'dvk bỏ dấu kết thúc “{{mark}}” ở cuối (dvk tự in theo thể thức)', en: 'dvk removed the final “{{mark}}” (it prints the terminator itself)' },
  formKept: { vi: 'bản gốc ghi “{{written}}”', en: 'the original reads “{{written}}”' },
} satisfies M;

/**
 * Localises a reader message whose data may carry an English twin of a value (`partEn` for
 * `part`): names of parts are words of the message, so they follow --lang too.
 */
export function localizeNote(message: Localized, lang: Lang, data?: Record<string, string | number>): string {
  if (!data || lang !== 'en') return localize(message, lang, data);
  const out: Record<string, string | number> = { ...data };
  for (const [key, value] of Object.entries(data)) if (key.endsWith('En')) out[key.slice(0, -2)] = value;
  return localize(message, lang, out);
}

/** The mark on every value dvk import was unsure of (a YAML comment, in the --lang language). */
export const unsureMark: Localized = { vi: 'dvk: chưa chắc', en: 'dvk: unsure' };
