// Messages about reading and parsing a plan file (before any schema or lint rule runs).
import type { Localized } from '../i18n/index.js';

export const inputMessages = {
  notFound: {
    vi: 'Không tìm thấy tệp "{{file}}". Kiểm tra lại tên và đường dẫn.',
    en: 'File "{{file}}" was not found. Check the name and the path.',
  },
  isDirectory: {
    vi: '"{{file}}" là một thư mục, không phải tệp kế hoạch. Hãy chỉ tới tệp .yaml (ví dụ "{{file}}/ke-hoach.yaml").',
    en: '"{{file}}" is a folder, not a plan file. Name a .yaml file (for example "{{file}}/ke-hoach.yaml").',
  },
  unreadable: {
    vi: 'Không đọc được tệp "{{file}}" ({{reason}}). Kiểm tra quyền đọc tệp.',
    en: 'Cannot read "{{file}}" ({{reason}}). Check that the file can be read.',
  },
  notRegular: {
    vi: '"{{file}}" không phải tệp thường (là ống dẫn FIFO, thiết bị hoặc socket); dvk không mở nó. Hãy chỉ tới một tệp .yaml; muốn đọc kế hoạch từ đầu vào chuẩn thì viết "-".',
    en: '"{{file}}" is not a regular file (it is a FIFO, a device or a socket); dvk does not open it. Name a .yaml file; to read a plan from standard input, write "-".',
  },
  tooLarge: {
    vi: 'Tệp quá lớn ({{size}}); một kế hoạch không vượt quá {{limit}}. Có thể bạn đã chọn nhầm tệp.',
    en: 'The file is too large ({{size}}); a plan is at most {{limit}}. This is probably the wrong file.',
  },
  empty: {
    vi: 'Tệp trống: chưa có nội dung kế hoạch. Tạo kế hoạch mới bằng lệnh `dvk new kehoach`.',
    en: 'The file is empty: there is no plan in it. Create one with `dvk new kehoach`.',
  },
  binary: {
    vi: 'Tệp không phải văn bản (có dữ liệu nhị phân). dvk đọc kế hoạch viết bằng YAML (.yaml); tệp Word hãy dùng `dvk import`.',
    en: 'This is not a text file (it holds binary data). dvk reads plans written in YAML (.yaml); for Word files use `dvk import`.',
  },
  utf16NoBom: {
    vi: 'Tệp có vẻ được lưu dạng UTF-16 không có BOM. Hãy mở tệp và lưu lại với bảng mã UTF-8.',
    en: 'The file looks like UTF-16 without a byte order mark. Open it and save it again as UTF-8.',
  },
  utf16: {
    vi: 'Tệp được lưu dạng {{encoding}}; dvk đã đọc được, nhưng nên lưu lại dạng UTF-8 để các công cụ khác đọc đúng.',
    en: 'The file is saved as {{encoding}}; dvk read it, but save it as UTF-8 so that other tools read it right.',
  },
  notUtf8: {
    vi: 'Tệp không phải UTF-8 (byte lạ ở dòng {{line}}). Có thể tệp dùng bảng mã cũ (TCVN3, VNI, Windows-1258): hãy chuyển sang Unicode UTF-8 (ví dụ bằng Unikey Toolkit) rồi lưu lại.',
    en: 'The file is not UTF-8 (an invalid byte on line {{line}}). It may use a legacy encoding (TCVN3, VNI, Windows-1258): convert it to Unicode UTF-8 and save it again.',
  },
  notNfc: {
    vi: 'Văn bản dùng Unicode tổ hợp (dấu tách rời khỏi chữ); dvk đã chuẩn hóa sang Unicode dựng sẵn (NFC). Nên đặt bộ gõ ở bảng mã "Unicode dựng sẵn".',
    en: 'The text uses decomposed Unicode (marks separate from letters); dvk normalised it to NFC. Set the input method to precomposed Unicode.',
  },
} satisfies Record<string, Localized>;

export const yamlMessages = {
  notAPlan: {
    vi: 'Tệp không phải một kế hoạch dvk: cần các dòng dạng `khóa: giá trị`, bắt đầu bằng `dvk: 1`. Xem các ví dụ trong thư mục examples/.',
    en: 'This is not a dvk plan: it needs `key: value` lines, starting with `dvk: 1`. See the examples/ folder.',
  },
  tabIndent: {
    vi: 'Dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách. Thay Tab ở đầu dòng bằng dấu cách (thường là 2 dấu cách mỗi cấp).',
    en: 'A tab is used for indentation: YAML accepts only spaces. Replace the tab at the start of the line with spaces (usually 2 per level).',
  },
  duplicateKey: {
    vi: 'Khóa `{{key}}` xuất hiện hai lần trong cùng một mục; giá trị sau sẽ ghi đè giá trị trước. Xóa hoặc gộp một trong hai.',
    en: 'Key `{{key}}` appears twice in the same block; the later value would replace the earlier one. Remove or merge one of them.',
  },
  multipleDocs: {
    vi: 'Tệp có nhiều tài liệu YAML (dòng `---` thứ hai). Mỗi tệp chỉ chứa một kế hoạch; tách phần sau ra tệp khác.',
    en: 'The file holds several YAML documents (a second `---`). Keep one plan per file; move the rest to another file.',
  },
  aliasBomb: {
    vi: 'Tệp dùng quá nhiều tham chiếu YAML (*bí danh) và có thể làm treo máy; dvk không đọc tệp này. Hãy viết thẳng nội dung thay cho các tham chiếu.',
    en: 'The file uses too many YAML aliases (*alias) and could exhaust memory; dvk refuses it. Write the content out instead of the aliases.',
  },
  badIndent: {
    vi: 'Thụt lề không đúng: dòng này phải thẳng hàng với các mục cùng cấp. Kiểm tra số dấu cách ở đầu dòng.',
    en: 'Wrong indentation: this line must line up with the items at its level. Check the spaces at the start of the line.',
  },
  unclosedQuote: {
    vi: 'Thiếu dấu nháy đóng: một chuỗi mở bằng dấu nháy nhưng chưa được đóng. Thêm dấu nháy đóng ở cuối giá trị.',
    en: 'A closing quote is missing: a string opens with a quote that is never closed. Add the closing quote at the end of the value.',
  },
  colonInValue: {
    vi: 'Giá trị này có dấu hai chấm (ví dụ “như sau:”, “Thời gian:”) nên YAML hiểu nhầm là một khóa mới. Đặt cả giá trị trong dấu nháy kép: {{suggestion}}',
    en: 'This value contains a colon (e.g. "như sau:"), so YAML reads it as a new key. Put the whole value in double quotes: {{suggestion}}',
  },
  colonInMapKey: {
    vi: 'Dòng này có dấu hai chấm trong một giá trị nhiều dòng nên YAML không đọc được. Đặt cả giá trị trong dấu nháy kép: "…: …".',
    en: 'This line has a colon inside a multi-line value, which YAML cannot read. Put the whole value in double quotes: "…: …".',
  },
  textAfterBlockIndicator: {
    vi: 'Sau dấu “{{indicator}}” (mở một khối văn bản nhiều dòng) không được viết chữ trên cùng dòng. Đưa “{{text}}” xuống dòng dưới, thụt lề như các dòng của khối.',
    en: 'Nothing may follow “{{indicator}}” (which opens a multi-line block) on its line. Move “{{text}}” to the next line, indented like the block’s lines.',
  },
  badEscape: {
    vi: 'Trong dấu nháy kép, dấu “\\” mở một ký tự đặc biệt, mà “{{sequence}}” thì không phải. Viết “\\\\” cho một dấu gạch chéo ngược, hoặc đặt giá trị trong dấu nháy đơn \'…\'.',
    en: 'Inside double quotes a “\\” starts an escape, and “{{sequence}}” is not one. Write “\\\\” for a backslash, or put the value in single quotes \'…\'.',
  },
  reservedStart: {
    vi: 'Giá trị không được bắt đầu bằng ký tự “{{char}}” (YAML dành riêng ký tự này). Đặt cả giá trị trong dấu nháy kép: "{{char}}…".',
    en: 'A value cannot start with “{{char}}” (YAML reserves it). Put the whole value in double quotes: "{{char}}…".',
  },
  unclosedBracket: {
    vi: 'Dấu “{{open}}” mở ở dòng {{line}} chưa có dấu “{{close}}” đóng (hoặc các dòng sau nó chưa thụt lề vào trong). Thêm “{{close}}” ở cuối danh sách, hoặc đặt cả giá trị trong dấu nháy kép nếu “{{open}}” là chữ.',
    en: 'The “{{open}}” opened on line {{line}} has no closing “{{close}}” (or the lines after it are not indented inside it). Add “{{close}}” at the end of the list, or put the whole value in double quotes if “{{open}}” is text.',
  },
  textAfterValue: {
    vi: 'Có chữ thừa sau một giá trị đã đóng (thường là sau dấu nháy đóng). Đặt cả giá trị trong một cặp dấu nháy, hoặc xóa phần thừa.',
    en: 'There is text after a value that is already closed (usually after a closing quote). Put the whole value in one pair of quotes, or remove the extra text.',
  },
  generic: {
    vi: 'Lỗi cú pháp YAML (bộ đọc YAML báo: “{{detail}}”). Kiểm tra thụt lề, dấu hai chấm sau tên khóa và dấu nháy.',
    en: 'YAML syntax error: {{detail}}. Check the indentation, the colon after each key and the quotes.',
  },
  tooDeep: {
    vi: 'Các mục lồng nhau quá sâu (quá nhiều dấu [ hoặc {, hoặc quá nhiều cấp thụt lề); một kế hoạch chỉ lồng vài cấp. Có thể tệp bị hỏng; hãy kiểm tra các dấu ngoặc ở dòng này.',
    en: 'The entries are nested too deeply (too many [ or {, or indentation levels); a plan nests only a few levels. The file may be damaged; check the brackets on this line.',
  },
  tooManyEntries: {
    vi: 'Tệp có hơn {{limit}} mục và khóa YAML, hơn xa một kế hoạch thật (dvk đọc kế hoạch đến {{limit}} mục). Có thể đã chọn nhầm tệp hoặc tệp bị sinh tự động sai.',
    en: 'The file holds more than {{limit}} YAML entries and keys, far more than a real plan (dvk reads plans of up to {{limit}}). This may be the wrong file, or a generated file gone wrong.',
  },
  tooManyItems: {
    vi: 'Danh sách này có {{count}} mục; dvk đọc mỗi danh sách đến {{limit}} mục, hơn xa một kế hoạch thật. Hãy kiểm tra lại tệp.',
    en: 'This list has {{count}} items; dvk reads lists of up to {{limit}} items, far more than a real plan. Check the file.',
  },
  valueTooLong: {
    vi: 'Giá trị này dài {{count}} ký tự; dvk đọc mỗi giá trị đến {{limit}} ký tự (một đoạn văn thật ngắn hơn nhiều). Hãy tách thành nhiều đoạn.',
    en: 'This value is {{count}} characters long; dvk reads values of up to {{limit}} characters (a real paragraph is far shorter). Split it into several paragraphs.',
  },
  colonInText: {
    vi: 'Dòng "{{text}}" có dấu hai chấm và dấu cách nên YAML hiểu là một cặp khóa: giá trị. dvk đã đọc là văn bản "{{text}}"; để chắc chắn, hãy đặt trong dấu nháy kép: "{{text}}".',
    en: 'The line "{{text}}" has a colon followed by a space, so YAML reads it as a key: value pair. dvk read it as the text "{{text}}"; to be sure, put it in double quotes: "{{text}}".',
  },
} satisfies Record<string, Localized>;
