// The ids the .txt/.docx reader reports itself, described like every catalog entry (kind
// `reader`): written-form mistakes a plan cannot hold (the colon after “Số”, the date line, the
// body's closing mark, a numbering gap), and what the reader could not read (a part not found, a
// line it skipped). The reader reports them (recognise.ts, with readerMessages); this file is
// what `dvk rules`, `dvk explain`, docs/rules, `quy_tac` and SARIF know about them.
import type { LegalBasis } from '../report/finding.js';
import type { RuleMeta } from '../lint/rule.js';
import { readerMessages as rm } from './messages.js';

const nd30 = (where: string): LegalBasis => ({ source: 'NĐ 30/2020/NĐ-CP', where });
const hd36 = (where: string): LegalBasis => ({ source: 'HD 36-HD/VPTW', where });
/** Not a rule of the format: what dvk could not read, said so that nothing is guessed. */
const reading: LegalBasis = { source: 'dvk', where: 'đọc văn bản .txt/.docx (docs/import.md); không phải quy định thể thức' };

type ReaderMeta = RuleMeta & { kind: 'reader' };
const both = ['state', 'party'] as RuleMeta['systems'];

export const readerRules: ReaderMeta[] = [
  {
    id: 'reader/not-found',
    kind: 'reader',
    title: { vi: 'Không tìm thấy một thành phần của văn bản', en: 'A part of the document was not found' },
    description: {
      vi: 'dvk không tìm thấy một thành phần bắt buộc (Quốc hiệu, số ký hiệu, ngày, tên loại, trích yếu, nơi nhận, chữ ký…): văn bản thiếu phần đó, hoặc dvk không nhận ra. dvk không đoán; các quy tắc khác không báo thêm về phần này.',
      en: 'dvk found no required part (national title, number, date, type, subject, recipients, signature…): the document lacks it, or dvk did not recognise it. dvk does not guess; the other rules say nothing more about that part.',
    },
    systems: both,
    severity: 'error',
    basis: { state: nd30('Điều 8 (thành phần thể thức bắt buộc)'), party: hd36('mục thành phần thể thức bắt buộc') },
    fix: 'none',
    tags: ['doc-van-ban'],
    messages: { notFound: rm.notFound },
    examples: { wrong: 'KẾ HOẠCH\n(không có dòng số, ký hiệu)', right: 'Số: 15/KH-SKHCN\nKẾ HOẠCH' },
  },
  {
    id: 'reader/unrecognised',
    kind: 'reader',
    title: { vi: 'Dòng ở phần đầu không thuộc thành phần nào', en: 'A header line that is no component' },
    description: {
      vi: 'Một dòng ở phần đầu văn bản không khớp thành phần thể thức nào (thường là dấu “công văn đến” hay ghi chú tay); dvk bỏ qua dòng đó và nói ra để người đọc kiểm tra.',
      en: 'A line in the header matches no component (usually a “received” stamp or a handwritten note); dvk skips it and says so for the reader to check.',
    },
    systems: both,
    severity: 'info',
    basis: { state: reading, party: reading },
    fix: 'none',
    tags: ['doc-van-ban'],
    messages: { unrecognisedHeaderLine: rm.unrecognisedHeaderLine },
    examples: { wrong: 'UBND TỈNH HÀ NAM\nĐến số: 125 ngày 3/10\nSỞ KHOA HỌC VÀ CÔNG NGHỆ', right: 'UBND TỈNH HÀ NAM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ' },
  },
  {
    id: 'reader/stamp',
    kind: 'reader',
    title: { vi: 'Dấu “công văn đến” trong bản quét', en: 'A “received” stamp in the text' },
    description: {
      vi: 'Khối “CÔNG VĂN ĐẾN / Số… / Ngày…” do nơi nhận đóng, không thuộc văn bản; dvk bỏ qua các dòng đó.',
      en: 'A “CÔNG VĂN ĐẾN / Số… / Ngày…” block stamped by the recipient is not part of the document; dvk skips those lines.',
    },
    systems: both,
    severity: 'info',
    basis: { state: reading, party: reading },
    fix: 'none',
    tags: ['doc-van-ban'],
    messages: { stamp: rm.stamp },
    examples: { wrong: 'CÔNG VĂN ĐẾN\nSố: 125\nNgày: 3/10/2023', right: '(không có dấu của nơi nhận trong bản gốc)' },
  },
  {
    id: 'reader/markdown',
    kind: 'reader',
    title: { vi: 'Dấu Markdown trong khối chữ ký', en: 'Markdown marks in the signature block' },
    description: {
      vi: 'Văn bản chép từ Markdown còn dấu “**” quanh chức vụ hay họ tên; dvk bỏ dấu khi đọc.',
      en: 'A document copied from Markdown keeps “**” around the title or name; dvk drops them when reading.',
    },
    systems: both,
    severity: 'info',
    basis: { state: reading, party: reading },
    fix: 'none',
    tags: ['doc-van-ban'],
    messages: { markdownMarks: rm.markdownMarks },
    examples: { wrong: '**GIÁM ĐỐC**', right: 'GIÁM ĐỐC' },
  },
  {
    id: 'ten-loai-uppercase',
    kind: 'reader',
    title: { vi: 'Tên loại văn bản viết in hoa', en: 'The document type in capitals' },
    description: { vi: 'Tên loại văn bản (KẾ HOẠCH, BÁO CÁO…) trình bày bằng chữ in hoa, đứng, đậm.', en: 'The document type (KẾ HOẠCH, BÁO CÁO…) is set in upright bold capitals.' },
    systems: both,
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.5.a'), party: hd36('mục tên loại văn bản') },
    fix: 'none',
    tags: ['tieu-de'],
    messages: { tenLoaiUppercase: rm.tenLoaiUppercase },
    examples: { wrong: 'Kế hoạch', right: 'KẾ HOẠCH' },
  },
  {
    id: 'date-line-format',
    kind: 'reader',
    title: { vi: 'Dòng địa danh, ngày tháng năm', en: 'The place and date line' },
    description: {
      vi: 'Dòng ngày ghi “Địa danh, ngày … tháng … năm …”: dấu phẩy sau địa danh, ngày tháng năm viết bằng chữ “ngày/tháng/năm”, không viết 05/10/2023.',
      en: 'The date line reads “Place, ngày … tháng … năm …”: a comma after the place, and the words ngày/tháng/năm, not 05/10/2023.',
    },
    systems: both,
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.4'), party: hd36('mục địa danh và ngày tháng năm') },
    fix: 'none',
    tags: ['ngay-thang'],
    messages: { dateComma: rm.dateComma, dateSlashes: rm.dateSlashes },
    examples: { wrong: 'Hà Nam ngày 05/10/2023', right: 'Hà Nam, ngày 05 tháng 10 năm 2023' },
  },
  {
    id: 'date-leading-zero',
    kind: 'reader',
    title: { vi: 'Số 0 trước ngày dưới 10 và tháng 1, 2', en: 'A leading zero for days below 10 and months 1, 2' },
    description: {
      vi: 'Trên dòng ngày ban hành, ngày dưới 10 và tháng 1, 2 ghi thêm số 0 ở trước (ngày 05 tháng 02).',
      en: 'On the issue-date line, days below 10 and months 1 and 2 take a leading zero (ngày 05 tháng 02).',
    },
    systems: both,
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.4'), party: hd36('mục địa danh và ngày tháng năm') },
    fix: 'none',
    tags: ['ngay-thang'],
    messages: { dateLeadingZero: rm.dateLeadingZero },
    examples: { wrong: 'Hà Nam, ngày 5 tháng 2 năm 2024', right: 'Hà Nam, ngày 05 tháng 02 năm 2024' },
  },
  {
    id: 'party-dau-sao',
    kind: 'reader',
    title: { vi: 'Dấu “*” dưới tên cơ quan: có ở văn bản Đảng, không có ở văn bản Nhà nước', en: 'The “*” under the organ: Party documents only' },
    description: {
      vi: 'Văn bản của Đảng có dấu sao (*) dưới tên cơ quan ban hành; văn bản Nhà nước thì không (dùng đường kẻ ngang).',
      en: 'A Party document has a star (*) under the issuing organ; a State document does not (it uses a rule line).',
    },
    systems: both,
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.2'), party: hd36('mục tên cơ quan ban hành (dấu sao)') },
    fix: 'none',
    tags: ['dau-van-ban'],
    messages: { missingStar: rm.missingStar, starInState: rm.starInState },
    examples: { wrong: 'ĐẢNG ỦY XÃ KIM BẢNG\nSố 22-KH/ĐU', right: 'ĐẢNG ỦY XÃ KIM BẢNG\n*\nSố 22-KH/ĐU' },
  },
  {
    id: 'body-terminator',
    kind: 'reader',
    title: { vi: 'Dấu kết thúc phần nội dung', en: 'The mark that ends the body' },
    description: {
      vi: 'Phần nội dung kết thúc bằng dấu của thể thức: “./.” (NĐ 30), “.” (HD 05); dvk so với dấu của thể thức đã chọn cho văn bản.',
      en: 'The body ends with the mark of the format: “./.” (NĐ 30), “.” (HD 05); dvk compares with the profile chosen for the document.',
    },
    systems: both,
    severity: 'info',
    basis: { state: nd30('Phụ lục III (các mẫu kết thúc bằng ./.)'), party: hd36('mục phần nội dung') },
    fix: 'none',
    tags: ['noi-dung'],
    messages: { terminator: rm.terminator },
    examples: { wrong: '… báo cáo kết quả về Sở trước ngày 30/11/2023', right: '… báo cáo kết quả về Sở trước ngày 30/11/2023./.' },
  },
  ...(['roman', 'arabic', 'diem-letter'] as const).map(
    (kind): ReaderMeta => ({
      id: `${kind}-sequence`,
      kind: 'reader',
      title: {
        roman: { vi: 'Số La Mã của các phần liền nhau', en: 'Roman part numbers in sequence' },
        arabic: { vi: 'Số thứ tự của các mục liền nhau', en: 'Item numbers in sequence' },
        'diem-letter': { vi: 'Chữ cái của các điểm liền nhau', en: 'Point letters in sequence' },
      }[kind],
      description: {
        roman: { vi: 'Các phần I, II, III… đánh số liền nhau, không bỏ sót, không lặp.', en: 'Parts I, II, III… are numbered in sequence, none skipped or repeated.' },
        arabic: { vi: 'Các mục 1, 2, 3… trong một phần đánh số liền nhau, không bỏ sót, không lặp.', en: 'Items 1, 2, 3… within a part are numbered in sequence, none skipped or repeated.' },
        'diem-letter': { vi: 'Các điểm a), b), c)… trong một mục theo thứ tự chữ cái tiếng Việt, không bỏ sót.', en: 'Points a), b), c)… within an item follow the Vietnamese alphabet, none skipped.' },
      }[kind],
      systems: both,
      severity: 'error',
      basis: { state: nd30('Phụ lục I, mục II.6.b (bố cục phần, mục, điểm)'), party: hd36('mục bố cục phần nội dung') },
      fix: 'none',
      tags: ['noi-dung', 'danh-so'],
      messages: { sequenceGap: rm.sequenceGap },
      examples: {
        roman: { wrong: 'I. MỤC ĐÍCH\nIII. NỘI DUNG', right: 'I. MỤC ĐÍCH\nII. NỘI DUNG' },
        arabic: { wrong: '1. Tuyên truyền\n3. Thi đua', right: '1. Tuyên truyền\n2. Thi đua' },
        'diem-letter': { wrong: 'a) Cấp tỉnh\nc) Cấp xã', right: 'a) Cấp tỉnh\nb) Cấp xã' },
      }[kind],
    }),
  ),
];
