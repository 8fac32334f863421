// Messages for files the reader cannot use (exit code 2).
import type { Localized } from '../../i18n/index.js';

export const fileMessages = {
  notFound: { vi: 'Không tìm thấy tệp "{{file}}". Kiểm tra lại tên và đường dẫn.', en: 'File "{{file}}" was not found. Check the name and the path.' },
  isDirectory: { vi: '"{{file}}" là một thư mục, không phải tệp văn bản.', en: '"{{file}}" is a folder, not a document.' },
  unreadable: { vi: 'Không đọc được tệp "{{file}}" ({{reason}}). Kiểm tra quyền đọc tệp.', en: 'Cannot read "{{file}}" ({{reason}}). Check that the file can be read.' },
  notRegular: {
    vi: '"{{file}}" không phải tệp thường (là ống dẫn FIFO, thiết bị hoặc socket); dvk không mở nó. Hãy chỉ tới tệp .docx hoặc .txt.',
    en: '"{{file}}" is not a regular file (it is a FIFO, a device or a socket); dvk does not open it. Name a .docx or .txt file.',
  },
  tooLarge: { vi: 'Tệp "{{file}}" quá lớn (trên 20 MB) để là một văn bản; có thể đã chọn nhầm tệp.', en: '"{{file}}" is too large (over 20 MB) for a document; probably the wrong file.' },
  notZip: {
    vi: 'Tệp "{{file}}" không phải tệp Word .docx (không có cấu trúc nén ZIP của .docx). Nếu đây là văn bản thường, hãy đổi đuôi thành .txt; nếu là tệp Word, mở bằng Word rồi “Lưu thành” .docx.',
    en: '"{{file}}" is not a Word .docx file (it is not a ZIP package). If it is plain text, rename it to .txt; if it is a Word file, open it in Word and "Save as" .docx.',
  },
  corruptZip: {
    vi: 'Tệp "{{file}}" là tệp .docx bị hỏng (không giải nén được: {{reason}}). Mở lại bằng Word để sửa, hoặc lấy lại bản gốc.',
    en: '"{{file}}" is a damaged .docx (it cannot be unzipped: {{reason}}). Open it in Word to repair it, or get the original again.',
  },
  notWordPackage: {
    vi: 'Tệp "{{file}}" là tệp nén nhưng không phải văn bản Word (thiếu word/document.xml).',
    en: '"{{file}}" is a ZIP file but not a Word document (word/document.xml is missing).',
  },
  encrypted: {
    vi: 'Tệp "{{file}}" được đặt mật khẩu (mã hóa), dvk không đọc được. Mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại.',
    en: '"{{file}}" is password-protected (encrypted) and dvk cannot read it. Open it in Word, remove the password (File → Info → Protect Document) and save again.',
  },
  legacyDoc: {
    vi: 'Tệp "{{file}}" là định dạng Word 97–2003 (.doc), dvk chỉ đọc .docx. Mở bằng Word và “Lưu thành” .docx, hoặc chạy: soffice --headless --convert-to docx "{{file}}".',
    en: '"{{file}}" is in the Word 97–2003 format (.doc); dvk reads only .docx. Open it in Word and "Save as" .docx, or run: soffice --headless --convert-to docx "{{file}}".',
  },
  badXml: {
    vi: 'Phần nội dung của tệp "{{file}}" ({{part}}) bị hỏng, không đọc được: {{reason}}. Mở lại bằng Word (Word sẽ đề nghị sửa) rồi lưu lại, hoặc lấy lại bản gốc.',
    en: 'The content of "{{file}}" ({{part}}) is damaged and cannot be read: {{reason}}. Open it in Word (it offers to repair it) and save again, or get the original again.',
  },
  xmlAt: { vi: 'XML sai cấu trúc ở dòng {{line}}, cột {{column}}', en: 'malformed XML at line {{line}}, column {{column}}' },
  xmlBroken: { vi: 'XML sai cấu trúc', en: 'malformed XML' },
  zipAsText: {
    vi: 'Tệp "{{file}}" thực ra là tệp Word .docx (hoặc tệp nén) bị đặt đuôi .txt. Hãy đổi đuôi thành .docx.',
    en: '"{{file}}" is actually a Word .docx (or ZIP) file with a .txt name. Rename it to .docx.',
  },
  oleAsText: {
    vi: 'Tệp "{{file}}" thực ra là tệp Word cũ (.doc) bị đặt đuôi .txt. Mở bằng Word và lưu thành .docx.',
    en: '"{{file}}" is actually an old Word (.doc) file with a .txt name. Open it in Word and save it as .docx.',
  },
  zipTooLarge: {
    vi: 'Tệp "{{file}}" khi giải nén quá lớn ({{part}}{{size}}, giới hạn {{limit}}): không văn bản thật nào lớn như vậy, tệp bị hỏng hoặc là một “bom nén”. dvk không mở tệp này; hãy kiểm tra lại nguồn của tệp.',
    en: '"{{file}}" unpacks to too much ({{part}}{{size}}, the limit is {{limit}}): no real document is that large, the file is damaged or a "zip bomb". dvk does not open it; check where the file came from.',
  },
  zipRatio: {
    vi: 'Tệp "{{file}}" nén với tỉ lệ bất thường ({{ratio}}:1, giới hạn {{limit}}:1): đây là dấu hiệu của một “bom nén”, không phải văn bản Word thật. dvk không mở tệp này.',
    en: '"{{file}}" is compressed at an abnormal ratio ({{ratio}}:1, the limit is {{limit}}:1): the mark of a "zip bomb", not a real Word document. dvk does not open it.',
  },
  zipEntries: {
    vi: 'Tệp "{{file}}" có quá nhiều phần ({{size}}, giới hạn {{limit}}) để là một văn bản Word. dvk không mở tệp này.',
    en: '"{{file}}" has too many parts ({{size}}, the limit is {{limit}}) to be a Word document. dvk does not open it.',
  },
  tooManyParagraphs: {
    vi: 'Tệp "{{file}}" có {{count}} đoạn (dòng); dvk đọc văn bản đến {{limit}} đoạn, hơn xa một văn bản hành chính thật. Có thể đã chọn nhầm tệp; nếu không, hãy tách văn bản thành nhiều tệp.',
    en: '"{{file}}" has {{count}} paragraphs (lines); dvk reads documents of up to {{limit}}, far more than a real official document. This may be the wrong file; if not, split it into several files.',
  },
  paragraphTooLong: {
    vi: 'Đoạn ở dòng {{line}} của tệp "{{file}}" dài {{count}} ký tự; dvk đọc mỗi đoạn đến {{limit}} ký tự. Có thể tệp bị hỏng hoặc thiếu dấu xuống dòng; hãy tách đoạn này.',
    en: 'The paragraph on line {{line}} of "{{file}}" is {{count}} characters long; dvk reads paragraphs of up to {{limit}} characters. The file may be damaged or missing line breaks; split this paragraph.',
  },
  empty: { vi: 'Tệp "{{file}}" không có chữ nào.', en: '"{{file}}" has no text in it.' },
} satisfies Record<string, Localized>;
