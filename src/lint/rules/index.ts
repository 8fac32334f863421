// The rule catalog, in the order `dvk rules` and docs/rules list it: the header (number,
// symbol, date, organ), the body, the signature block, the distribution list, then text
// hygiene over every value.
import type { Rule } from '../rule.js';
import { abbrevDefinedBeforeUse } from './abbrev-defined-before-use.js';
import { anniversaryArithmetic } from './anniversary-arithmetic.js';
import { canonicalOrganCase } from './canonical-organ-case.js';
import { capitalMidSentence } from './capital-mid-sentence.js';
import { chucVuSpelling } from './chuc-vu-spelling.js';
import { chucVuUppercase } from './chuc-vu-uppercase.js';
import { citationFirstFull } from './citation-first-full.js';
import { citationCommaConsistent } from './citation-comma-consistent.js';
import { citationSo } from './citation-so.js';
import { citationSymbolForm } from './citation-symbol-form.js';
import { citationTenLoaiCapital } from './citation-ten-loai-capital.js';
import { commonConfusions } from './common-confusions.js';
import { congVanKyHieu } from './cong-van-ky-hieu.js';
import { controlCharacters } from './control-characters.js';
import { coQuanUppercase } from './co-quan-uppercase.js';
import { dateFormatConsistent } from './date-format-consistent.js';
import { dateLineMonthZero } from './date-line-month-zero.js';
import { dateListStyle } from './date-list-style.js';
import { dateValid } from './date-valid.js';
import { deputySignsKt } from './deputy-signs-kt.js';
import { deadlineBeforeIssue } from './deadline-before-issue.js';
import { diaDanhCapitalised } from './dia-danh-capitalised.js';
import { diemLetterForm } from './diem-letter-form.js';
import { doubledPunctuation } from './doubled-punctuation.js';
import { draftPlaceholders } from './draft-placeholders.js';
import { extraSpaces } from './extra-spaces.js';
import { fixedPairPunctuation } from './fixed-pair-punctuation.js';
import { headingNumberSpace } from './heading-number-space.js';
import { iYConsistent } from './i-y-consistent.js';
import { keHoachRequiredParts } from './ke-hoach-required-parts.js';
import { kinhGuiScope } from './kinh-gui-scope.js';
import { kyHieuCoQuanConsistent } from './ky-hieu-co-quan-consistent.js';
import { kyHieuNoToneMarks } from './ky-hieu-no-tone-marks.js';
import { kyHieuTenLoaiAllowed } from './ky-hieu-ten-loai-allowed.js';
import { lawNameCapital } from './law-name-capital.js';
import { adminUnitLowercase } from './admin-unit-lowercase.js';
import { legacyEncodingMojibake } from './legacy-encoding-mojibake.js';
import { namedDays } from './named-days.js';
import { nhanDanNhaNuoc } from './nhan-dan-nha-nuoc.js';
import { noiNhanDuplicate } from './noi-nhan-duplicate.js';
import { noiNhanLuuForm } from './noi-nhan-luu-form.js';
import { noiNhanLuuLast } from './noi-nhan-luu-last.js';
import { noiNhanPunctuation } from './noi-nhan-punctuation.js';
import { noiNhanPurpose } from './noi-nhan-purpose.js';
import { partyNoKtCapUy } from './party-no-kt-cap-uy.js';
import { partyProfileDate } from './party-profile-date.js';
import { partyTmScope } from './party-tm-scope.js';
import { post2025AdminUnits } from './post-2025-admin-units.js';
import { quocHieuExact } from './quoc-hieu-exact.js';
import { punctuationSpacing } from './punctuation-spacing.js';
import { quotePairing } from './quote-pairing.js';
import { quyenHanFormat } from './quyen-han-format.js';
import { rangeStyleConsistent } from './range-style-consistent.js';
import { refDateAfterIssue } from './ref-date-after-issue.js';
import { refSymbolYearMismatch } from './ref-symbol-year-mismatch.js';
import { repeatedWords } from './repeated-words.js';
import { romanHeadingUppercase } from './roman-heading-uppercase.js';
import { signerNoTitlePrefix } from './signer-no-title-prefix.js';
import { spellingSyllable } from './spelling-syllable.js';
import { soKyHieuFormat } from './so-ky-hieu-format.js';
import { soKyHieuSystemMismatch } from './so-ky-hieu-system-mismatch.js';
import { soLeadingZero } from './so-leading-zero.js';
import { tenLoaiKhopKyHieu } from './ten-loai-khop-ky-hieu.js';
import { textDamaged } from './text-damaged.js';
import { tieuNguExact } from './tieu-ngu-exact.js';
import { toneMarkConsistent } from './tone-mark-consistent.js';
import { trichYeuNoTenLoai } from './trich-yeu-no-ten-loai.js';
import { typedNumbering } from './typed-numbering.js';
import { unicodeNfc } from './unicode-nfc.js';
import { vvOnlyCongVan } from './vv-only-cong-van.js';
import { congVanTrichYeuVv } from './cong-van-trich-yeu-vv.js';

export const rules: Rule[] = [
  // Header: number and symbol
  soKyHieuFormat,
  soLeadingZero,
  soKyHieuSystemMismatch,
  kyHieuTenLoaiAllowed,
  tenLoaiKhopKyHieu,
  congVanKyHieu,
  kyHieuCoQuanConsistent,
  kyHieuNoToneMarks,
  // Header: Quốc hiệu and Tiêu ngữ as written in a document read back
  quocHieuExact,
  tieuNguExact,
  // Header: organ, place, date, profile
  coQuanUppercase,
  diaDanhCapitalised,
  dateValid,
  dateLineMonthZero,
  draftPlaceholders,
  partyProfileDate,
  post2025AdminUnits,
  // Title block and body
  trichYeuNoTenLoai,
  vvOnlyCongVan,
  congVanTrichYeuVv,
  kinhGuiScope,
  keHoachRequiredParts,
  romanHeadingUppercase,
  headingNumberSpace,
  diemLetterForm,
  typedNumbering,
  // Citations, dates in the text
  citationFirstFull,
  citationTenLoaiCapital,
  citationSymbolForm,
  citationSo,
  citationCommaConsistent,
  lawNameCapital,
  adminUnitLowercase,
  canonicalOrganCase,
  nhanDanNhaNuoc,
  refDateAfterIssue,
  refSymbolYearMismatch,
  deadlineBeforeIssue,
  anniversaryArithmetic,
  dateFormatConsistent,
  dateListStyle,
  abbrevDefinedBeforeUse,
  // Signature block
  quyenHanFormat,
  partyTmScope,
  partyNoKtCapUy,
  deputySignsKt,
  chucVuUppercase,
  chucVuSpelling,
  signerNoTitlePrefix,
  // Nơi nhận
  noiNhanPunctuation,
  noiNhanPurpose,
  noiNhanLuuLast,
  noiNhanLuuForm,
  noiNhanDuplicate,
  // Text hygiene over every value
  unicodeNfc,
  controlCharacters,
  legacyEncodingMojibake,
  quotePairing,
  punctuationSpacing,
  doubledPunctuation,
  fixedPairPunctuation,
  rangeStyleConsistent,
  extraSpaces,
  toneMarkConsistent,
  capitalMidSentence,
  namedDays,
  // Spelling: the damage check first (when it fires, the spelling rules stay silent)
  textDamaged,
  spellingSyllable,
  commonConfusions,
  repeatedWords,
  iYConsistent,
];
