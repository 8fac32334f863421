// The one registry of document types. Every module that needs to know something about a type —
// the schema's `loai` values (checked by test/plan/doc-types.test.ts), the plan model, the
// renderer, `dvk new`, the lint rules and the reader — asks here. Adding a type is one entry
// below plus its wording: templates/<id>.yaml (sentences the renderer prints) and, for a type
// `dvk new` can start, templates/skeletons/<id>.yaml.hbs (the YAML a clerk fills in).
//
// The ký hiệu codes are those of NĐ 30, Phụ lục III (State) and HD 36 / practice (Party; the-thuc.md
// §3). Profiles carry the same table (`viet_tat_ten_loai`) because a later format system may change
// a code; the test checks that every profile agrees with the system's code given here.

export type System = 'state' | 'party';

export const DOC_TYPE_IDS = [
  'ke_hoach', 'huong_dan', 'bao_cao', 'thong_bao', 'chuong_trinh', 'de_an', 'phuong_an', 'to_trinh',
  'nghi_quyet', 'quyet_dinh', 'chi_thi', 'ket_luan', 'quy_che', 'quy_dinh', 'thong_tri', 'thong_cao',
  'cong_van', 'bien_ban',
] as const;

export type DocType = (typeof DOC_TYPE_IDS)[number];

export interface DocTypeEntry {
  id: DocType;
  /** The tên loại as written in running text ("Kế hoạch"); printed IN HOA as the tên loại line. */
  name: string;
  /** English gloss for --lang en messages and `dvk new` words ("plan"). */
  en: string;
  /** The type's code in the ký hiệu, per system; null: the ký hiệu has none (a State công văn). */
  code: Record<System, string | null>;
  /**
   * How the top of the document is laid out: `ten_loai` — the tên loại line, the trích yếu under
   * it, a short rule (NĐ 30 ô 5a); `cong_van` — no tên loại, the trích yếu under the number in the
   * left column (ô 5b: State "V/v …", Party "về …" in italics).
   */
  heading: 'ten_loai' | 'cong_van';
  /**
   * How the body is organised: `parts` — the named Roman parts of a kế hoạch (muc_dich_yeu_cau,
   * noi_dung, …); `blocks` — `noi_dung` as numbered items; `articles` — a quyết định: the
   * enacting line ("QUYẾT ĐỊNH:") then Điều 1., Điều 2. …
   */
  body: 'parts' | 'blocks' | 'articles';
  /** Plan keys the schema requires for this type, besides the common ones. */
  required: readonly string[];
  /** Whether a "Kính gửi" belongs to this type (NĐ 30, Phụ lục I, II.9, ô 9a). */
  addressee: boolean;
  /** The word `dvk new` takes ("kehoach"); set only for types with a skeleton. */
  newWord?: string;
}

const entry = (e: Omit<DocTypeEntry, 'heading' | 'body' | 'required' | 'addressee'> & Partial<DocTypeEntry>): DocTypeEntry => ({
  heading: 'ten_loai',
  body: 'blocks',
  required: ['noi_dung'],
  addressee: false,
  ...e,
});

const both = (code: string) => ({ state: code, party: code });

export const DOC_TYPE_REGISTRY: Record<DocType, DocTypeEntry> = {
  ke_hoach: entry({ id: 'ke_hoach', name: 'Kế hoạch', en: 'plan', code: both('KH'), body: 'parts', required: ['muc_dich_yeu_cau', 'noi_dung', 'to_chuc_thuc_hien'], newWord: 'kehoach' }),
  huong_dan: entry({ id: 'huong_dan', name: 'Hướng dẫn', en: 'guidance', code: both('HD'), newWord: 'huongdan' }),
  bao_cao: entry({ id: 'bao_cao', name: 'Báo cáo', en: 'report', code: both('BC'), addressee: true, newWord: 'baocao' }),
  thong_bao: entry({ id: 'thong_bao', name: 'Thông báo', en: 'notice', code: both('TB'), newWord: 'thongbao' }),
  chuong_trinh: entry({ id: 'chuong_trinh', name: 'Chương trình', en: 'programme', code: both('CTr') }),
  de_an: entry({ id: 'de_an', name: 'Đề án', en: 'scheme', code: both('ĐA') }),
  phuong_an: entry({ id: 'phuong_an', name: 'Phương án', en: 'option', code: both('PA') }),
  to_trinh: entry({ id: 'to_trinh', name: 'Tờ trình', en: 'submission', code: both('TTr'), addressee: true }),
  nghi_quyet: entry({ id: 'nghi_quyet', name: 'Nghị quyết', en: 'resolution', code: both('NQ') }),
  quyet_dinh: entry({ id: 'quyet_dinh', name: 'Quyết định', en: 'decision', code: both('QĐ'), body: 'articles', required: ['tham_quyen', 'noi_dung'], newWord: 'quyetdinh' }),
  chi_thi: entry({ id: 'chi_thi', name: 'Chỉ thị', en: 'directive', code: both('CT') }),
  ket_luan: entry({ id: 'ket_luan', name: 'Kết luận', en: 'conclusion', code: { state: null, party: 'KL' } }),
  quy_che: entry({ id: 'quy_che', name: 'Quy chế', en: 'regulation', code: both('QC') }),
  quy_dinh: entry({ id: 'quy_dinh', name: 'Quy định', en: 'rules', code: { state: 'QyĐ', party: 'QĐ' } }),
  thong_tri: entry({ id: 'thong_tri', name: 'Thông tri', en: 'circular', code: { state: null, party: 'TT' } }),
  thong_cao: entry({ id: 'thong_cao', name: 'Thông cáo', en: 'communiqué', code: { state: 'TC', party: null } }),
  cong_van: entry({ id: 'cong_van', name: 'Công văn', en: 'letter', code: { state: null, party: 'CV' }, heading: 'cong_van', addressee: true, newWord: 'congvan' }),
  bien_ban: entry({ id: 'bien_ban', name: 'Biên bản', en: 'minutes', code: both('BB') }),
};

export const docTypeOf = (id: DocType | string): DocTypeEntry => DOC_TYPE_REGISTRY[id as DocType] ?? DOC_TYPE_REGISTRY.ke_hoach;

export const isDocType = (id: string): id is DocType => Object.hasOwn(DOC_TYPE_REGISTRY, id);

/** The types `dvk new` can start, in the order the help lists them. */
export const NEW_DOC_TYPES: readonly DocTypeEntry[] = DOC_TYPE_IDS.map((id) => DOC_TYPE_REGISTRY[id]).filter((e) => e.newWord);

/** "kehoach, huongdan, baocao, thongbao, quyetdinh, congvan". */
export const newWords = (): string => NEW_DOC_TYPES.map((e) => e.newWord).join(', ');

/** "KẾ HOẠCH": the tên loại line as printed. */
export const upperName = (id: DocType): string => docTypeOf(id).name.toLocaleUpperCase('vi');

/**
 * Tên loại lines of types dvk has no rules of its own for: the other types of NĐ 30, Điều 7
 * (dự án, hợp đồng, công điện, giấy mời, thư công…) and the letters offices sign under a name of
 * their own (thư ngỏ, thư kêu gọi, lời kêu gọi…). The reader takes such a line as the tên loại
 * line, so that the trích yếu under it is the subject and the header ends there; it says once
 * that dvk does not know the type's rules, and the rules that judge a document by its type
 * (tagged TYPE_RULE_TAG) say nothing about it.
 */
export const UNREGISTERED_TYPE_NAMES: readonly string[] = [
  // NĐ 30/2020/NĐ-CP, Điều 7 k.3: the types the registry above does not hold.
  'DỰ ÁN', 'HỢP ĐỒNG', 'CÔNG ĐIỆN', 'BẢN GHI NHỚ', 'BẢN THỎA THUẬN', 'GIẤY ỦY QUYỀN', 'GIẤY MỜI',
  'GIẤY GIỚI THIỆU', 'GIẤY NGHỈ PHÉP', 'PHIẾU GỬI', 'PHIẾU CHUYỂN', 'PHIẾU BÁO', 'THƯ CÔNG',
  // Letters (thư công) under a name of their own, and appeals.
  'THƯ NGỎ', 'THƯ KÊU GỌI', 'THƯ CẢM ƠN', 'THƯ CHÚC MỪNG', 'THƯ THĂM HỎI', 'THƯ MỜI', 'THƯ CHIA BUỒN',
  'THƯ KHEN', 'LỜI KÊU GỌI', 'LỜI HIỆU TRIỆU',
];

/** Old and new tone placement are both written ("UỶ"/"ỦY", "THOẢ"/"THỎA"): compared in one form. */
const oneToneStyle = (t: string) => t.replace(/UỶ/gu, 'ỦY').replace(/OẢ/gu, 'ỎA').replace(/OÀ/gu, 'ÒA').replace(/OÁ/gu, 'ÓA');
const UNREGISTERED = new Set(UNREGISTERED_TYPE_NAMES.map(oneToneStyle));

/** The name of an unregistered type when `line` is such a tên loại line alone ("THƯ NGỎ"), else undefined. */
export function unregisteredTypeName(line: string): string | undefined {
  const t = oneToneStyle(line.trim().replace(/\s+/gu, ' ').toLocaleUpperCase('vi'));
  return UNREGISTERED.has(t) ? t : undefined;
}

/**
 * What the plan's `loai` holds for a document of an unregistered type (the schema knows only the
 * registry's ids): a type with a tên loại line and numbered blocks, no parts of its own. The
 * reader marks the value unsure, and the rules tagged TYPE_RULE_TAG do not judge it.
 */
export const UNREGISTERED_TYPE_STAND_IN: DocType = 'thong_bao';

/** The tag of the rules that judge a document by its type (its code, its parts, its Kính gửi, its V/v). */
export const TYPE_RULE_TAG = 'loai-van-ban';
