// The ids dvk reports about the input itself rather than about the document's format, which a
// user can still switch in `quy_tac`, name in a suppression or look up with `dvk explain`
// (kind `input`): the profile a config pins against the plan's system, YAML read with a repair,
// text normalised to NFC, suppression comments, the config's own problems. Fatal input problems
// (a missing file, broken YAML, a plan that fails the schema) cannot be switched off and are not
// listed here; SARIF still describes their families (src/format/sarif.ts).
import { ruleOptionsText, unknownRuleText } from '../config/index.js';
import { yamlMessages, inputMessages } from '../plan/messages.js';
import { adjustMessages } from '../profile/adjust.js';
import { conflictMessages, PROFILE_CONFLICT_ID } from '../profile/resolve.js';
import type { LegalBasis } from '../report/finding.js';
import { lintMessages } from './messages.js';
import type { RuleMeta } from './rule.js';

type InputMeta = RuleMeta & { kind: 'input' };
const both = ['state', 'party'] as RuleMeta['systems'];
const tool = (where: string): LegalBasis => ({ source: 'dvk', where });

export const inputRules: InputMeta[] = [
  {
    id: PROFILE_CONFLICT_ID,
    kind: 'input',
    title: { vi: 'Thể thức được ghim không thuộc hệ thống của văn bản', en: 'A pinned profile of the other system' },
    description: {
      vi: 'Kế hoạch, tùy chọn --profile hoặc dvk.config.yaml ghim một thể thức của hệ thống khác (ví dụ dang-hd36 cho văn bản Nhà nước). dvk không dùng thể thức đó mà chọn theo hệ thống và ngày, và mọi lệnh (validate, lint, render, import) báo cùng một phát hiện này.',
      en: 'The plan, --profile or dvk.config.yaml pins a profile of the other system (say dang-hd36 for a State document). dvk does not use it, chooses by system and date instead, and every command (validate, lint, render, import) reports this one finding.',
    },
    systems: both,
    severity: 'warning',
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Điều 2 (đối tượng áp dụng)' }, party: { source: 'HD 36-HD/VPTW', where: 'phạm vi áp dụng (văn bản của Đảng)' } },
    fix: 'none',
    tags: ['the-thuc', 'cau-hinh'],
    messages: conflictMessages,
    examples: { wrong: '# dvk.config.yaml\nthe_thuc: dang-hd36\n# ke-hoach.yaml\nhe_thong: nha_nuoc', right: '# dvk.config.yaml (không ghim, hoặc ghim nd30)\n# ke-hoach.yaml\nhe_thong: nha_nuoc' },
  },
  {
    id: 'yaml/colon-in-text',
    kind: 'input',
    title: { vi: 'Dấu hai chấm trong một dòng chữ của YAML', en: 'A colon inside a line of YAML text' },
    description: {
      vi: 'Một dòng danh sách như “- Lưu: VT.” có “: ” nên YAML đọc thành cặp khóa: giá trị. dvk đọc lại thành chữ như người viết muốn và đề nghị đặt trong dấu nháy kép.',
      en: 'A list line such as “- Lưu: VT.” has “: ”, so YAML reads a key: value pair. dvk reads it back as the text the writer meant and suggests double quotes.',
    },
    systems: both,
    severity: 'warning',
    basis: { state: tool('cú pháp YAML (docs/plan-format.md)'), party: tool('cú pháp YAML (docs/plan-format.md)') },
    fix: 'safe',
    tags: ['yaml'],
    messages: { colonInText: yamlMessages.colonInText },
    examples: { wrong: 'noi_nhan:\n  luu:\n    - Lưu: VT.', right: 'noi_nhan:\n  luu:\n    - "Lưu: VT."' },
  },
  {
    id: 'input/unicode-nfc',
    kind: 'input',
    title: { vi: 'Unicode tổ hợp được chuẩn hóa', en: 'Decomposed Unicode normalised' },
    description: {
      vi: 'Tệp dùng Unicode tổ hợp (dấu tách khỏi chữ); dvk chuẩn hóa sang Unicode dựng sẵn (NFC) trước khi kiểm tra. Nên đặt bộ gõ ở bảng mã Unicode dựng sẵn.',
      en: 'The file uses decomposed Unicode (marks apart from letters); dvk normalises it to precomposed NFC before checking. Set the input method to precomposed Unicode.',
    },
    systems: both,
    severity: 'warning',
    basis: { state: { source: 'TCVN 6909:2001', where: 'bộ mã Unicode tiếng Việt' }, party: { source: 'TCVN 6909:2001', where: 'bộ mã Unicode tiếng Việt' } },
    fix: 'none',
    tags: ['unicode'],
    messages: { notNfc: inputMessages.notNfc },
    examples: { wrong: 'trich_yeu: Kế hoạch (e + dấu mũ + dấu sắc rời)', right: 'trich_yeu: Kế hoạch (ế dựng sẵn)' },
  },
  {
    id: 'dvk/directive-reason',
    kind: 'input',
    title: { vi: 'Chỉ thị tắt quy tắc thiếu lý do', en: 'A suppression without a reason' },
    description: {
      vi: 'Một chú thích “# dvk-disable…” phải ghi lý do sau “--”; không có lý do thì chỉ thị không có hiệu lực.',
      en: 'A “# dvk-disable…” comment must give a reason after “--”; without one it has no effect.',
    },
    systems: both,
    severity: 'warning',
    basis: { state: tool('tắt quy tắc tại chỗ (docs/rules/README.md)'), party: tool('tắt quy tắc tại chỗ (docs/rules/README.md)') },
    fix: 'none',
    tags: ['chi-thi'],
    messages: { directiveReason: lintMessages.directiveReason },
    examples: { wrong: '# dvk-disable-next-line quote-pairing', right: '# dvk-disable-next-line quote-pairing -- bản gốc ghi như vậy' },
  },
  {
    id: 'dvk/directive-unknown-rule',
    kind: 'input',
    title: { vi: 'Chỉ thị nhắc tới quy tắc không có', en: 'A suppression naming an unknown rule' },
    description: { vi: 'Một chú thích “# dvk-disable…” nhắc tới mã quy tắc không có trong danh sách `dvk rules`.', en: 'A “# dvk-disable…” comment names an id that `dvk rules` does not list.' },
    systems: both,
    severity: 'warning',
    basis: { state: tool('tắt quy tắc tại chỗ (docs/rules/README.md)'), party: tool('tắt quy tắc tại chỗ (docs/rules/README.md)') },
    fix: 'none',
    tags: ['chi-thi'],
    messages: { directiveUnknownRule: lintMessages.directiveUnknownRule },
    examples: { wrong: '# dvk-disable-next-line quote-pairng -- bản gốc', right: '# dvk-disable-next-line quote-pairing -- bản gốc' },
  },
  {
    id: 'dvk/unused-disable-directive',
    kind: 'input',
    title: { vi: 'Chỉ thị tắt quy tắc không tắt gì', en: 'A suppression that suppresses nothing' },
    description: {
      vi: 'Với --report-unused-disable-directives: một chú thích “# dvk-disable…” không tắt vấn đề nào (vấn đề đã được sửa); nên xóa.',
      en: 'With --report-unused-disable-directives: a “# dvk-disable…” comment suppresses nothing (the problem was fixed); remove it.',
    },
    systems: both,
    severity: 'warning',
    basis: { state: tool('tắt quy tắc tại chỗ (docs/rules/README.md)'), party: tool('tắt quy tắc tại chỗ (docs/rules/README.md)') },
    fix: 'none',
    tags: ['chi-thi'],
    messages: { unusedDirective: lintMessages.unusedDirective },
    examples: { wrong: '# dvk-disable-next-line extra-spaces -- bản gốc\ntrich_yeu: Kế hoạch tổ chức', right: 'trich_yeu: Kế hoạch tổ chức' },
  },
  {
    id: 'config/unknown-rule',
    kind: 'input',
    title: { vi: 'dvk.config.yaml nhắc tới quy tắc không có', en: 'dvk.config.yaml names an unknown rule' },
    description: { vi: 'Một khóa dưới `quy_tac` không phải mã quy tắc nào trong `dvk rules`, nên dòng đó không có tác dụng.', en: 'A key under `quy_tac` is no id that `dvk rules` lists, so the line has no effect.' },
    systems: both,
    severity: 'warning',
    basis: { state: tool('cấu hình dvk.config.yaml (README.md, schemas/config.schema.json)'), party: tool('cấu hình dvk.config.yaml (README.md, schemas/config.schema.json)') },
    fix: 'none',
    tags: ['cau-hinh'],
    messages: { unknownRule: unknownRuleText },
    examples: { wrong: 'quy_tac:\n  quote-pairng: off', right: 'quy_tac:\n  quote-pairing: off' },
  },
  {
    id: 'config/rule-options',
    kind: 'input',
    title: { vi: 'Tùy chọn của quy tắc không hợp lệ', en: 'Rule options that do not fit' },
    description: {
      vi: 'Giá trị `tuy_chon` của một quy tắc trong dvk.config.yaml không khớp lược đồ tùy chọn của quy tắc đó (xem `dvk explain <quy-tắc>`), hoặc quy tắc không có tùy chọn nào; dvk chạy quy tắc với tùy chọn mặc định.',
      en: 'The `tuy_chon` of a rule in dvk.config.yaml does not fit the rule’s options schema (see `dvk explain <rule>`), or the rule takes no options; dvk runs the rule with its defaults.',
    },
    systems: both,
    severity: 'warning',
    basis: { state: tool('cấu hình dvk.config.yaml (README.md, schemas/config.schema.json)'), party: tool('cấu hình dvk.config.yaml (README.md, schemas/config.schema.json)') },
    fix: 'none',
    tags: ['cau-hinh'],
    messages: ruleOptionsText,
    examples: { wrong: 'quy_tac:\n  quote-pairing:\n    tuy_chon: { toi_da: 3 }', right: 'quy_tac:\n  quote-pairing: warning' },
  },
  {
    id: 'config/trinh-bay-ngoai-khoang',
    kind: 'input',
    title: { vi: 'Chỉnh trình bày ngoài khoảng thể thức cho phép', en: 'A layout adjustment outside the allowed range' },
    description: {
      vi: 'Một giá trị dưới `trinh_bay` của dvk.config.yaml (lề, cỡ chữ, thụt đầu dòng, khoảng cách đoạn) nằm ngoài khoảng thể thức cho phép; dvk giữ giá trị của thể thức.',
      en: 'A value under `trinh_bay` in dvk.config.yaml (margins, body size, indent, spacing) is outside the range the format allows; dvk keeps the profile value.',
    },
    systems: both,
    severity: 'warning',
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục I' }, party: { source: 'HD 36-HD/VPTW', where: 'mục định lề trang, phông chữ' } },
    fix: 'none',
    tags: ['cau-hinh', 'trinh-bay'],
    messages: { outside: adjustMessages.outside },
    examples: { wrong: 'trinh_bay:\n  le:\n    trai: 25', right: 'trinh_bay:\n  le:\n    trai: 30' },
  },
];
