// The questions `dvk init` and `dvk new` ask, each with the flag that answers it without a
// terminal. One list, so the two commands ask the same thing in the same words.
import type { Localized } from '../i18n/index.js';
import { isoText, parseDate } from '../shared/dates.js';
import { markedLetters, suggestOrganCode, symbolLetters } from '../shared/symbol-letters.js';
import type { Choice, ConfirmQuestion, SelectQuestion, TextQuestion } from './ask.js';

const problems = {
  notIsoDate: { vi: 'viết ngày dạng năm-tháng-ngày (2024-04-23), ngày/tháng/năm (23/4/2024) hoặc “ngày 23 tháng 4 năm 2024”.', en: 'write the date as year-month-day (2024-04-23), day/month/year (23/4/2024) or “ngày 23 tháng 4 năm 2024”.' },
  notADate: { vi: 'ngày này không có trên lịch.', en: 'this date is not on the calendar.' },
  badCode: { vi: 'chỉ dùng chữ IN HOA, chữ số và dấu gạch nối, không có dấu cách (ví dụ SKHCN, ĐU, BDVĐU).', en: 'use capital letters, digits and hyphens only, no spaces (e.g. SKHCN, ĐU, BDVĐU).' },
  badNumber: { vi: 'ghi chữ số (ví dụ 16) hoặc “tiep-theo” để dùng số tiếp theo dvk đề xuất.', en: 'write digits (e.g. 16) or “tiep-theo” for the next number dvk proposes.' },
  markedCode: { vi: 'ký hiệu viết chữ in hoa không dấu, chỉ giữ Đ: ghi “{{plain}}”.', en: 'symbols are written in capitals without tone marks, keeping Đ: write “{{plain}}”.' },
  noLetters: { vi: 'cần có chữ.', en: 'letters are needed.' },
} satisfies Record<string, Localized>;

/** "23/4/2024", "2024-04-23", "ngày 23 tháng 4 năm 2024" → "2024-04-23"; undefined when it is not a real date. */
export function toIsoDate(value: string): string | undefined {
  const parsed = parseDate(value);
  return parsed.ok ? isoText(parsed.day) : undefined;
}

const validateDate = (value: string): Localized | undefined => {
  const parsed = parseDate(value);
  return parsed.ok ? undefined : parsed.problem === 'shape' ? problems.notIsoDate : problems.notADate;
};

const hasLetters = (value: string): Localized | undefined => (/\p{L}/u.test(value) ? undefined : problems.noLetters);

/** Organ names, titles and collectives are printed IN HOA (NĐ 30 Phụ lục I, II.2; HD 36). */
export const upper = (value: string | undefined): string | undefined => value?.toLocaleUpperCase('vi');

/** A suggested abbreviation, written as ký hiệu are (src/shared/symbol-letters.ts): SỞ KHOA HỌC VÀ CÔNG NGHỆ → SKHCN. */
export const suggestCode = suggestOrganCode;

/** An abbreviation with tone or vowel marks is refused, naming the form to write (Ủ → U; Đ stays). */
const validateCode = (value: string): Localized | undefined => {
  const upperValue = value.toLocaleUpperCase('vi');
  if (!/^[\p{Lu}\p{N}]+(-[\p{Lu}\p{N}]+)*$/u.test(upperValue)) return problems.badCode;
  if (markedLetters(upperValue).length === 0) return undefined;
  const plain = symbolLetters(upperValue);
  return { vi: problems.markedCode.vi.replace('{{plain}}', plain), en: problems.markedCode.en.replace('{{plain}}', plain) };
};

/**
 * Examples in the questions follow the answers already given: a State office reads State
 * examples, a Party office Party ones; with the system still unknown, the State one (the first
 * choice). Names as they are written in running text; dvk prints the header IN HOA itself.
 */
const EXAMPLES = {
  nha_nuoc: {
    parent: 'Ủy ban nhân dân tỉnh Hà Nam',
    issuer: 'Sở Khoa học và Công nghệ',
    recipients: 'UBND tỉnh; Các phòng, đơn vị thuộc Sở',
    citedNumber: '25/KH-UBND',
    citedIssuer: 'Ủy ban nhân dân tỉnh',
  },
  dang: {
    parent: 'Tỉnh ủy Hà Nam',
    issuer: 'Ban Dân vận',
    recipients: 'Ban Dân vận Trung ương; Các huyện ủy, thành ủy',
    citedNumber: '25-CT/TU',
    citedIssuer: 'Ban Thường vụ Tỉnh ủy',
  },
} as const;

const example = (system: string | undefined, what: keyof (typeof EXAMPLES)['nha_nuoc']): string => EXAMPLES[system === 'dang' ? 'dang' : 'nha_nuoc'][what];

/** The authority word as printed: TM./KT./TL./TUQ./Q. (State), T/M, K/T, T/L (Party). */
function authorityWord(system: string | undefined, authority: string): string {
  const party = system === 'dang';
  const words: Record<string, string> = { thay_mat: party ? 'T/M' : 'TM.', ky_thay: party ? 'K/T' : 'KT.', thua_lenh: party ? 'T/L' : 'TL.', thua_uy_quyen: 'TUQ.', quyen: 'Q.' };
  return words[authority] ?? '';
}

/**
 * Who signs, by system and authority: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN / CHỦ
 * TỊCH, T/M BAN THƯỜNG VỤ / BÍ THƯ, K/T BÍ THƯ / PHÓ BÍ THƯ, TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG…
 */
function signingExample(system: string | undefined, authority: string): { onBehalfOf: string; title: string } {
  const party = system === 'dang';
  switch (authority) {
    case 'thay_mat':
      return party ? { onBehalfOf: 'Ban Thường vụ', title: 'Bí thư' } : { onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch' };
    case 'ky_thay':
      return party ? { onBehalfOf: 'Trưởng ban', title: 'Phó Trưởng ban' } : { onBehalfOf: 'Giám đốc', title: 'Phó Giám đốc' };
    case 'thua_lenh':
      return party ? { onBehalfOf: 'Ban Thường vụ', title: 'Chánh Văn phòng' } : { onBehalfOf: 'Giám đốc', title: 'Chánh Văn phòng' };
    case 'thua_uy_quyen':
      return { onBehalfOf: 'Chủ tịch', title: 'Giám đốc Sở Nội vụ' };
    case 'quyen':
      return party ? { onBehalfOf: 'Trưởng ban', title: 'Phó Trưởng ban' } : { onBehalfOf: 'Giám đốc', title: 'Phó Giám đốc' };
    default:
      return party ? { onBehalfOf: '', title: 'Trưởng ban' } : { onBehalfOf: '', title: 'Giám đốc' };
  }
}

export const systemChoices: Choice[] = [
  { value: 'nha_nuoc', name: { vi: 'Nhà nước (NĐ 30/2020/NĐ-CP: “Số: 15/KH-SKHCN”, Quốc hiệu, TM./KT.)', en: 'State (Decree 30/2020: “Số: 15/KH-SKHCN”, national title, TM./KT.)' } },
  { value: 'dang', name: { vi: 'Đảng (HD 36 / HD 05-HD/VPTW: “Số 22-KH/ĐU”, ĐẢNG CỘNG SẢN VIỆT NAM, T/M, K/T)', en: 'Party (HD 36 / HD 05-HD/VPTW: “Số 22-KH/ĐU”, party title, T/M, K/T)' } },
];

export const q = {
  system: {
    flag: '--he-thong',
    message: { vi: 'Hệ thống văn bản của cơ quan:', en: 'Format system of the office:' },
    choices: systemChoices,
    required: true,
  } satisfies SelectQuestion,
  parentOrgan: (system?: string): TextQuestion => ({
    flag: '--cap-tren',
    message: {
      vi: `Cơ quan cấp trên trực tiếp (ví dụ ${example(system, 'parent')}; Enter nếu không có; dvk viết IN HOA):`,
      en: `Parent organ (e.g. ${example(system, 'parent')}; Enter if none; printed in capitals):`,
    },
    validate: hasLetters,
  }),
  issuer: (system?: string): TextQuestion => ({
    flag: '--co-quan',
    message: { vi: `Tên cơ quan ban hành (ví dụ ${example(system, 'issuer')}; dvk viết IN HOA):`, en: `Issuing organ (e.g. ${example(system, 'issuer')}; printed in capitals):` },
    required: true,
    validate: hasLetters,
  }),
  issuerCode: (suggestion: string | undefined): TextQuestion => ({
    flag: '--viet-tat',
    message: { vi: 'Tên viết tắt của cơ quan, dùng trong ký hiệu văn bản:', en: 'Abbreviation of the organ, used in document symbols:' },
    required: true,
    ...(suggestion ? { default: suggestion } : {}),
    validate: validateCode,
  }),
  place: {
    flag: '--dia-danh',
    message: { vi: 'Địa danh ở dòng ngày tháng (ví dụ Hà Nam):', en: 'Place name for the date line (e.g. Hà Nam):' },
    required: true,
    validate: hasLetters,
  } satisfies TextQuestion,
  authority: (system: string): SelectQuestion => ({
    flag: '--quyen-han',
    message: { vi: 'Người ký thường ký với quyền hạn nào:', en: 'How the usual signer signs:' },
    default: 'khong',
    choices: [
      { value: 'khong', name: { vi: 'Người đứng đầu ký trực tiếp (không ghi quyền hạn)', en: 'The head signs directly (no authority line)' } },
      { value: 'thay_mat', name: { vi: system === 'dang' ? 'Thay mặt tập thể (T/M)' : 'Thay mặt tập thể (TM.)', en: system === 'dang' ? 'On behalf of a collective (T/M)' : 'On behalf of a collective (TM.)' } },
      { value: 'ky_thay', name: { vi: system === 'dang' ? 'Ký thay người đứng đầu (K/T)' : 'Ký thay người đứng đầu (KT.)', en: system === 'dang' ? 'Signing for the head (K/T)' : 'Signing for the head (KT.)' } },
      { value: 'thua_lenh', name: { vi: system === 'dang' ? 'Thừa lệnh (T/L)' : 'Thừa lệnh (TL.)', en: system === 'dang' ? 'By order (T/L)' : 'By order (TL.)' } },
      ...(system === 'dang' ? [] : [{ value: 'thua_uy_quyen', name: { vi: 'Thừa ủy quyền (TUQ.)', en: 'By delegation (TUQ.)' } }]),
      { value: 'quyen', name: { vi: 'Quyền (Q.)', en: 'Acting (Q.)' } },
    ],
  }),
  onBehalfOf: (system: string | undefined, authority: string): TextQuestion => ({
    flag: '--tap-the',
    message: {
      vi: `Tập thể hoặc chức vụ người đứng đầu ghi sau “${authorityWord(system, authority)}” (ví dụ ${signingExample(system, authority).onBehalfOf}):`,
      en: `Collective or head after “${authorityWord(system, authority)}” (e.g. ${signingExample(system, authority).onBehalfOf}):`,
    },
    required: true,
    validate: hasLetters,
  }),
  signerTitle: (system?: string, authority = 'khong'): TextQuestion => ({
    flag: '--chuc-vu',
    message: {
      vi: `Chức vụ người ký (ví dụ ${signingExample(system, authority).title}; dvk viết IN HOA):`,
      en: `Title of the signer (e.g. ${signingExample(system, authority).title}; printed in capitals):`,
    },
    validate: hasLetters,
  }),
  signerName: {
    flag: '--ho-ten',
    message: { vi: 'Họ tên người ký (không ghi học hàm, học vị):', en: 'Name of the signer (no academic titles):' },
    validate: hasLetters,
  } satisfies TextQuestion,
  recipients: (system?: string): TextQuestion => ({
    flag: '--noi-nhan',
    message: {
      vi: `Nơi nhận thường dùng, chỉ ghi tên, cách nhau bằng dấu ; (ví dụ ${example(system, 'recipients')}; Enter nếu chưa có):`,
      en: `Usual recipients, names only, separated by ; (e.g. ${example(system, 'recipients')}; Enter for none):`,
    },
  }),
  archive: (system: string): TextQuestion => ({
    flag: '--luu',
    message: system === 'dang'
      ? { vi: 'Dòng lưu (ví dụ Văn phòng Đảng ủy; dvk in “- Lưu Văn phòng Đảng ủy.”):', en: 'Archive line (e.g. Văn phòng Đảng ủy):' }
      : { vi: 'Dòng lưu (dvk in “- Lưu: VT, VP.”):', en: 'Archive line (printed “- Lưu: VT, VP.”):' },
    ...(system === 'dang' ? {} : { default: 'VT, VP' }),
  }),
  profile: {
    flag: '--the-thuc',
    message: { vi: 'Thể thức văn bản Đảng:', en: 'Party format profile:' },
    default: 'tu-dong',
    choices: [
      { value: 'tu-dong', name: { vi: 'Tự chọn theo ngày ban hành: từ 27/5/2026 theo HD 05, trước đó theo HD 36 (khuyên dùng)', en: 'By issue date: HD 05 from 27/5/2026, HD 36 before (recommended)' } },
      { value: 'dang-hd05', name: { vi: 'Luôn theo HD 05-HD/VPTW (2026)', en: 'Always HD 05-HD/VPTW (2026)' } },
      { value: 'dang-hd36', name: { vi: 'Luôn theo HD 36-HD/VPTW (2018)', en: 'Always HD 36-HD/VPTW (2018)' } },
    ],
  } satisfies SelectQuestion,
  subject: (typeName: string): TextQuestion => ({
    flag: '--trich-yeu',
    message: { vi: `Trích yếu của ${typeName.toLowerCase()} (không ghi tên loại ở đầu):`, en: `Subject line of the ${typeName} (without the type name):` },
    required: true,
    validate: hasLetters,
  }),
  implementsSomething: {
    flag: '--can-cu-so',
    message: { vi: 'Văn bản này triển khai một văn bản của cấp trên?', en: 'Does this document implement a document from above?' },
    default: false,
  } satisfies ConfirmQuestion,
  citedType: {
    flag: '--can-cu-loai',
    message: { vi: 'Tên loại văn bản được triển khai (ví dụ Chỉ thị, Kế hoạch, Công văn):', en: 'Type of the implemented document (e.g. Chỉ thị, Kế hoạch, Công văn):' },
    required: true,
    validate: hasLetters,
  } satisfies TextQuestion,
  citedNumber: (system?: string): TextQuestion => ({
    flag: '--can-cu-so',
    message: { vi: `Số, ký hiệu của văn bản đó (ví dụ ${example(system, 'citedNumber')}):`, en: `Its number and symbol (e.g. ${example(system, 'citedNumber')}):` },
    required: true,
  }),
  citedDate: {
    flag: '--can-cu-ngay',
    message: { vi: 'Ngày của văn bản đó (ví dụ 23/4/2024; Enter nếu không rõ):', en: 'Its date (e.g. 23/4/2024; Enter if unknown):' },
    validate: validateDate,
  } satisfies TextQuestion,
  citedIssuer: (system?: string): TextQuestion => ({
    flag: '--can-cu-co-quan',
    message: { vi: `Cơ quan ban hành văn bản đó (ví dụ ${example(system, 'citedIssuer')}; Enter để bỏ qua):`, en: `Its issuer (e.g. ${example(system, 'citedIssuer')}; Enter to skip):` },
  }),
  citedSubject: {
    flag: '--can-cu-trich-yeu',
    message: { vi: 'Trích yếu văn bản đó, bắt đầu bằng “về …” (Enter để bỏ qua):', en: 'Its subject, starting with “về …” (Enter to skip):' },
  } satisfies TextQuestion,
  useNextNumber: (next: string, source: string): ConfirmQuestion => ({
    flag: '--so',
    message: { vi: `Ghi luôn số ${next} (${source}) vào văn bản? Thường văn thư cấp số khi ký.`, en: `Write number ${next} (${source}) into the document now? Usually the registry assigns it at signing.` },
    default: false,
  }),
  useSplit: (value: string): ConfirmQuestion => ({
    flag: '',
    message: { vi: `Ghi “${value}”?`, en: `Write “${value}”?` },
    default: true,
  }),
  numberProblem: problems.badNumber,
  dateProblem: validateDate,
};
