// Header and structure rules: co-quan-uppercase, dia-danh-capitalised, party-profile-date,
// post-2025-admin-units, trich-yeu-no-ten-loai, vv-only-cong-van, ke-hoach-required-parts,
// roman-heading-uppercase, typed-numbering.
import { coQuanUppercase } from '../../../src/lint/rules/co-quan-uppercase.js';
import { diaDanhCapitalised } from '../../../src/lint/rules/dia-danh-capitalised.js';
import { keHoachRequiredParts } from '../../../src/lint/rules/ke-hoach-required-parts.js';
import { partyProfileDate } from '../../../src/lint/rules/party-profile-date.js';
import { post2025AdminUnits } from '../../../src/lint/rules/post-2025-admin-units.js';
import { romanHeadingUppercase } from '../../../src/lint/rules/roman-heading-uppercase.js';
import { trichYeuNoTenLoai } from '../../../src/lint/rules/trich-yeu-no-ten-loai.js';
import { typedNumbering } from '../../../src/lint/rules/typed-numbering.js';
import { vvOnlyCongVan } from '../../../src/lint/rules/vv-only-cong-van.js';
import { congVanTrichYeuVv } from '../../../src/lint/rules/cong-van-trich-yeu-vv.js';
import { describe, expect, it } from 'vitest';
import type { DvkConfig } from '../../../src/config/index.js';
import { lintText } from '../../../src/lint/index.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';
import { lintDocument } from './document.js';

const lowerOrgan = planYaml('state', { co_quan: { ten: 'Sở Khoa học và Công nghệ' } });
testRule(coQuanUppercase, {
  valid: [{ yaml: planYaml('state') }, { yaml: planYaml('party') }],
  invalid: [{ yaml: lowerOrgan, findings: [{ messageId: 'notUpper', ...at(lowerOrgan, 'Sở Khoa học và Công nghệ') }], output: lowerOrgan.replace('Sở Khoa học và Công nghệ', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ') }],
});

const lowerPlace = planYaml('state', { dia_danh: 'hà nam' });
testRule(diaDanhCapitalised, {
  valid: [{ yaml: planYaml('state') }, { name: 'generic words stay lower case', yaml: planYaml('state', { dia_danh: 'Thành phố Hồ Chí Minh' }) }],
  invalid: [{ yaml: lowerPlace, findings: [{ messageId: 'lowercase', ...at(lowerPlace, 'hà nam') }] }],
});

const pinnedOld = planYaml('party', { the_thuc: 'dang-hd36', ngay: '2026-07-01' });
const pinnedNew = planYaml('party', { the_thuc: 'dang-hd05', ngay: '2024-05-27' });
const pinnedNewJuly = planYaml('party', { the_thuc: 'dang-hd05', ngay: '2026-07-01' });
const pinnedOldJune = planYaml('party', { du_thao: 'true', the_thuc: 'dang-hd36', ngay: '2026-06' });
/** The organisation moves the switch to 1/9/2026 (the documented top-level key of dvk.config.yaml). */
const laterSwitch = { ngay_chuyen_hd05: '2026-09-01' };
testRule(partyProfileDate, {
  valid: [
    { yaml: planYaml('party') },
    { yaml: planYaml('party', { the_thuc: 'dang-hd36' }) },
    { name: 'HD 36 in July 2026 when the config moves the switch to September', yaml: pinnedOld, config: laterSwitch },
    { name: 'a draft dated May 2026 (the month of the switch) may follow either guide', yaml: planYaml('party', { du_thao: 'true', the_thuc: 'dang-hd05', ngay: '2026-05' }) },
    { name: 'the same, pinned to HD 36', yaml: planYaml('party', { du_thao: 'true', the_thuc: 'dang-hd36', ngay: '2026-05' }) },
  ],
  invalid: [
    { name: 'HD 36 after the switch', yaml: pinnedOld, findings: [{ messageId: 'oldGuide', ...at(pinnedOld, 'dang-hd36'), severity: 'warning' }] },
    { name: 'HD 05 before the switch', yaml: pinnedNew, findings: [{ messageId: 'newGuide', ...at(pinnedNew, 'dang-hd05') }] },
    { name: 'HD 05 in July 2026, before the switch the config sets', yaml: pinnedNewJuly, config: laterSwitch, findings: [{ messageId: 'newGuide', ...at(pinnedNewJuly, 'dang-hd05'), severity: 'warning' }] },
    { name: 'a draft dated June 2026, wholly after the switch', yaml: pinnedOldJune, findings: [{ messageId: 'oldGuide', ...at(pinnedOldJune, 'dang-hd36') }] },
  ],
});

describe('party-profile-date and the profile read the same ngay_chuyen_hd05', () => {
  const lint = (yaml: string, config?: DvkConfig, lang: 'vi' | 'en' = 'vi') => lintText(yaml, { file: 'k.yaml', lang, rules: [partyProfileDate], ...(config ? { config } : {}) });

  it('the switch date from the config is the one the message names', () => {
    const [finding] = lint(pinnedNewJuly, laterSwitch).findings;
    expect(finding?.message).toBe('Văn bản ngày 1/7/2026 (trước 1/9/2026) nhưng ghim the_thuc: dang-hd05; văn bản trước ngày này theo HD 36.');
    expect(lint(pinnedNewJuly, laterSwitch, 'en').findings[0]?.message).toBe('The document is dated 2026-07-01 (before 2026-09-01) but pinned to dang-hd05; documents before that date follow HD 36.');
  });

  it('without the key, the default 2026-05-27', () => {
    expect(lint(pinnedOld).findings[0]?.message).toBe('Văn bản ngày 1/7/2026 (từ 27/5/2026) nhưng ghim the_thuc: dang-hd36; cân nhắc dang-hd05 hoặc bỏ the_thuc.');
  });

  it('an unpinned plan gets the profile the rule would accept, on either side of the configured date', () => {
    const july = planYaml('party', { ngay: '2026-07-01' });
    expect(lint(july, laterSwitch).profile?.id).toBe('dang-hd36');
    expect(lint(july).profile?.id).toBe('dang-hd05');
    expect(lint(planYaml('party', { ngay: '2026-09-01' }), laterSwitch).profile?.id).toBe('dang-hd05');
  });
});

const districts = planYaml('party', { ngay: '2025-09-01', noi_nhan: { gui: ['Thường trực Huyện ủy', 'Lãnh đạo UBND huyện'] } });
testRule(post2025AdminUnits, {
  valid: [{ name: 'seed 002 (2024) names Huyện ủy', yaml: planYaml('party', { noi_nhan: { gui: ['Thường trực Huyện ủy'] } }) }, { yaml: planYaml('state', { ngay: '2025-09-01' }) }],
  invalid: [
    {
      yaml: districts,
      findings: [
        { messageId: 'abolished', ...at(districts, 'Huyện ủy'), severity: 'warning' },
        { messageId: 'abolished', ...at(districts, 'UBND huyện') },
      ],
    },
  ],
});

const repeated = planYaml('state', { trich_yeu: 'Kế hoạch tổ chức Tháng cao điểm dân vận' });
testRule(trichYeuNoTenLoai, {
  valid: [{ yaml: planYaml('state') }, { name: 'a Kế hoạch cited inside', yaml: planYaml('party', { trich_yeu: 'Thực hiện Kế hoạch số 21-KH/BDVTU' }) }],
  invalid: [{ yaml: repeated, findings: [{ messageId: 'repeated', ...at(repeated, 'Kế hoạch ') }] }],
});

const vv = planYaml('party', { trich_yeu: 'V/v triển khai phong trào thi đua' });
const vvInText = planYaml('state', { loai: 'cong_van', ky_hieu: 'SKHCN-VP', trich_yeu: 'V/v tham gia bầu chọn', mo_dau: 'Sở nhận được Công văn số 847/UBND-VX ngày 22/3/2024 của UBND tỉnh V/v tiếp tục phối hợp tuyên truyền.' });
testRule(vvOnlyCongVan, {
  valid: [{ yaml: planYaml('state', { loai: 'cong_van', ky_hieu: 'SKHCN-VP', trich_yeu: 'V/v triển khai phong trào thi đua' }) }],
  invalid: [
    { yaml: vv, findings: [{ messageId: 'notCongVan', ...at(vv, 'V/v') }] },
    { name: 'in running text, citing a letter', yaml: vvInText, findings: [{ messageId: 'inText', ...at(vvInText, 'tỉnh V/v'), column: at(vvInText, 'tỉnh V/v').column + 5 }] },
  ],
});

const letter = (trich_yeu: string, system: 'state' | 'party' = 'state') => planYaml(system, { loai: 'cong_van', ky_hieu: system === 'state' ? 'SKHCN-VP' : 'CV/BDVĐU', trich_yeu });
const ve = letter('Về cho học sinh nghỉ học sau bão');
const veViec = letter('về việc tổ chức trồng cây đầu xuân');
const bare = letter('Tổ chức trồng cây đầu xuân');
const lowerVv = letter('v/v tổ chức trồng cây đầu xuân');
const upperVv = letter('V/V tổ chức trồng cây đầu xuân');
testRule(congVanTrichYeuVv, {
  valid: [
    { yaml: letter('V/v cho học sinh nghỉ học sau bão') },
    { name: 'a Party letter writes “về …” (HD 36)', yaml: letter('về việc gửi quy chế hoạt động', 'party') },
    { name: 'a plan has a tên loại and no V/v', yaml: planYaml('state') },
    { name: 'a subject not yet written is draft-placeholders’ finding', yaml: letter('[CẦN BỔ SUNG: trích yếu]') },
  ],
  invalid: [
    { name: 'opens “Về …”', yaml: ve, findings: [{ messageId: 'missing', ...at(ve, 'Về') }] },
    { name: 'opens “về việc …”', yaml: veViec, findings: [{ messageId: 'missing', ...at(veViec, 'về') }] },
    { name: 'no V/v at all', yaml: bare, findings: [{ messageId: 'missing', ...at(bare, 'Tổ') }] },
    { name: '“v/v”: the case is fixed', yaml: lowerVv, findings: [{ messageId: 'wrongCase', ...at(lowerVv, 'v/v') }], output: lowerVv.replace('v/v tổ', 'V/v tổ') },
    { name: '“V/V”: the case is fixed', yaml: upperVv, findings: [{ messageId: 'wrongCase', ...at(upperVv, 'V/V') }], output: upperVv.replace('V/V tổ', 'V/v tổ') },
  ],
});

describe('cong-van-trich-yeu-vv: the message shows the subject under “V/v”', () => {
  const messages = (yaml: string, lang: 'vi' | 'en' = 'vi') => lintText(yaml, { file: 'cv.yaml', lang, rules: [congVanTrichYeuVv] }).findings.filter((f) => f.ruleId === 'cong-van-trich-yeu-vv').map((f) => f.message);
  it('drops “Về”/“về việc” and keeps the drafter’s words', () => {
    expect(messages(ve)).toEqual(['Trích yếu công văn viết sau chữ “V/v”: “V/v cho học sinh nghỉ học sau bão”, không bắt đầu bằng “Về”.']);
    expect(messages(veViec)).toEqual(['Trích yếu công văn viết sau chữ “V/v”: “V/v tổ chức trồng cây đầu xuân”, không bắt đầu bằng “về”.']);
    expect(messages(ve, 'en')).toEqual(['A công văn’s subject comes after “V/v”: “V/v cho học sinh nghỉ học sau bão”, not opening with “Về”.']);
  });
});

const emptyPart = planYaml('state', { to_chuc_thuc_hien: [{ tieu_de: ' ' }] });
const missingPart = planYaml('party', { loai: 'huong_dan', ky_hieu: 'HD/BDVĐU' });
testRule(keHoachRequiredParts, {
  valid: [{ yaml: planYaml('state') }, { name: 'a Hướng dẫn has its own structure', yaml: missingPart }],
  invalid: [{ name: 'empty part', yaml: emptyPart, findings: [{ messageId: 'empty', ...at(emptyPart, 'to_chuc_thuc_hien') }] }],
});

// Seed 003: "I. Mục đích, yêu cầu".
const lowerTitle = planYaml('state', { noi_dung: { tieu_de: 'Nội dung hoạt động chính', noi_dung: ['Tuyên truyền trên trang thông tin điện tử.'] } });
testRule(romanHeadingUppercase, {
  valid: [{ yaml: planYaml('state') }, { yaml: planYaml('party', { noi_dung: { tieu_de: 'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', noi_dung: ['Tuyên truyền.'] } }) }],
  invalid: [{ yaml: lowerTitle, findings: [{ messageId: 'notUpper', ...at(lowerTitle, 'Nội dung hoạt động chính') }], output: lowerTitle.replace('Nội dung hoạt động chính', 'NỘI DUNG HOẠT ĐỘNG CHÍNH') }],
});

// Seed 001 "I- MỤC ĐÍCH, YÊU CẦU", "1- Nâng cao …".
const typedNumbers = planYaml('party', {
  muc_dich_yeu_cau: { tieu_de: 'I- MỤC ĐÍCH, YÊU CẦU', noi_dung: ['1- Nâng cao nhận thức về công tác dân vận.'] },
  noi_dung: [{ tieu_de: 'a) Tuyên truyền', noi_dung: [{ gach: ['- Tuyên truyền sâu rộng.'] }] }],
});
testRule(typedNumbering, {
  valid: [{ yaml: planYaml('party') }, { name: 'a sentence that starts with a number', yaml: planYaml('state', { muc_dich_yeu_cau: ['01 mô hình điển hình mỗi năm.', '2024 là năm tăng tốc.'] }) }],
  invalid: [
    {
      yaml: typedNumbers,
      findings: [
        { messageId: 'typed', ...at(typedNumbers, 'I- ') },
        { messageId: 'typed', ...at(typedNumbers, '1- ') },
        { messageId: 'typed', ...at(typedNumbers, 'a) ') },
        { messageId: 'typed', line: at(typedNumbers, '"- Tuyên').line, column: at(typedNumbers, '"- Tuyên').column + 1 },
      ],
      output: typedNumbers.replace('I- MỤC', 'MỤC').replace('1- Nâng', 'Nâng').replace('a) Tuyên', 'Tuyên').replace('"- Tuyên', '"Tuyên'),
    },
  ],
});

describe('typed-numbering on a document read back', () => {
  it('says nothing: a number the reader leaves in the text (a khoản “1.” inside an Điều) is the document’s own (unseen 07)', async () => {
    const doc = [
      'ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 119/QĐ-UBND', 'Hà Nam, ngày 23 tháng 11 năm 2024',
      'QUYẾT ĐỊNH', 'Về việc bổ sung thủ tục hành chính', 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', 'Xét đề nghị của Giám đốc Sở Tư pháp.', 'QUYẾT ĐỊNH:',
      'Điều 1. Bổ sung 04 thủ tục hành chính.', '1. Trường hợp thủ tục được sửa đổi thì áp dụng quy định mới.', 'Điều 2. Quyết định có hiệu lực từ ngày ký./.',
      'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An', '',
    ].join('\n');
    expect(await lintDocument(doc, typedNumbering)).toEqual([]);
  });
});
