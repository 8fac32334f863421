import { describe, expect, it } from 'vitest';
import { loadPlanBytes, loadPlanText } from '../../src/plan/index.js';

const minimal = `dvk: 1
he_thong: nha_nuoc
loai: thong_bao
co_quan:
  ten: SỞ KHOA HỌC VÀ CÔNG NGHỆ
so: "05"
ky_hieu: TB-SKHCN
dia_danh: Hà Nam
ngay: 2026-02-05
trich_yeu: Lịch làm việc tháng 02/2026
noi_dung:
  - Đoạn văn thứ nhất.
noi_nhan:
  gui:
    - Các phòng chuyên môn
  luu: VT, VP
nguoi_ky:
  chuc_vu: GIÁM ĐỐC
  ho_ten: Nguyễn Văn A
`;

const load = (text: string) => loadPlanText(text, 'plan.yaml', 'vi');
const rules = (text: string) => load(text).report.findings.map((f) => f.ruleId);

describe('loading a plan', () => {
  it('accepts a minimal valid plan and builds the model', () => {
    const { plan, report } = load(minimal);
    expect(report.findings).toEqual([]);
    expect(plan?.system).toBe('state');
    expect(plan?.number?.text).toBe('05');
    expect(plan?.issueDate).toMatchObject({ year: 2026, month: 2, day: 5 });
    expect(plan?.body[0]).toMatchObject({ kind: 'paragraph', text: 'Đoạn văn thứ nhất.', path: ['noi_dung', 0] });
    expect(plan?.recipients.archive.map((a) => a.text)).toEqual(['VT, VP']);
  });

  it('keeps leading zeros and phone-like numbers as the clerk typed them', () => {
    const { plan } = load(minimal.replace('so: "05"', 'so: 05').replace('- Các phòng chuyên môn', '- 0912345678'));
    expect(plan?.number?.text).toBe('05');
    expect(plan?.recipients.to[0]?.name.text).toBe('0912345678');
  });

  it('reads "Lưu: VT, VP." in a list as the text the clerk meant, and says so with a quoting fix', () => {
    const text = minimal.replace('- Các phòng chuyên môn', '- Lưu: VT, VP.');
    const { plan, report } = load(text);
    expect(plan?.recipients.to[0]?.name.text).toBe('Lưu: VT, VP.');
    const finding = report.findings.find((f) => f.ruleId === 'yaml/colon-in-text')!;
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain('"Lưu: VT, VP."');
    expect(finding.range.start).toMatchObject({ line: 15, column: 7 });
    const edit = finding.fix!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toContain('- "Lưu: VT, VP."');
  });

  it('explains a colon inside a key: value line ("a: b: c")', () => {
    const { report } = load(minimal.replace('trich_yeu: Lịch làm việc tháng 02/2026', 'trich_yeu: Thời gian thực hiện: Quý II/2024'));
    expect(report.unusable).toBe(true);
    expect(report.findings[0]).toMatchObject({ ruleId: 'yaml/block-as-implicit-key', fatal: true });
    expect(report.findings[0]!.message).toContain('dấu nháy kép');
    expect(report.findings[0]!.range.start.line).toBe(10);
  });

  it('explains a value ending in "như sau:" and offers the quoted line as a fix', () => {
    const text = minimal.replace('trich_yeu: Lịch làm việc tháng 02/2026', 'trich_yeu: Lịch làm việc\nmo_dau: Sở xây dựng kế hoạch như sau:');
    const { report } = load(text);
    expect(report.unusable).toBe(true);
    const finding = report.findings[0]!;
    expect(finding.message).toContain('mo_dau: "Sở xây dựng kế hoạch như sau:"');
    expect(finding.range.start).toMatchObject({ line: 11, column: 9 });
    const edit = finding.fix!.edits[0]!;
    const fixed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    expect(load(fixed).report.findings).toEqual([]);
  });

  it('reports a misspelt key, a wrong type and a missing part in one run, each at its line and column', () => {
    const text = minimal
      .replace('dia_danh: Hà Nam', 'dia_dan: Hà Nam')
      .replace('  ho_ten: Nguyễn Văn A', '  ho_ten: [Nguyễn Văn A]')
      .replace('trich_yeu: Lịch làm việc tháng 02/2026\n', '');
    const findings = load(text).report.findings;
    expect(findings).toHaveLength(3);
    const byRule = Object.fromEntries(findings.map((f) => [f.ruleId, f]));
    expect(byRule['schema/additionalProperties']!.message).toContain('Có phải ý bạn là `dia_danh`');
    expect(byRule['schema/additionalProperties']!.range.start).toMatchObject({ line: 8, column: 1 });
    expect(byRule['schema/type']!.range.start).toMatchObject({ line: 18, column: 11 });
    expect(byRule['schema/type']!.message).toContain('“Họ tên” phải là một dòng chữ');
    expect(byRule['schema/required']!.message).toContain('“Trích yếu” (`trich_yeu`)');
    expect(byRule['schema/required']!.path).toEqual(['trich_yeu']);
  });

  it('points a missing nested part at its parent key', () => {
    const findings = load(minimal.replace('  chuc_vu: GIÁM ĐỐC\n', '')).report.findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'schema/required', path: ['nguoi_ky', 'chuc_vu'] });
    expect(findings[0]!.range.start).toMatchObject({ line: 17, column: 1 });
    expect(findings[0]!.message).toContain('“Chức vụ”');
  });

  it('points an item of a list at its own line (/noi_nhan/gui/1)', () => {
    const findings = load(minimal.replace('    - Các phòng chuyên môn', '    - Các phòng chuyên môn\n    - [a, b]')).report.findings;
    expect(findings[0]).toMatchObject({ path: ['noi_nhan', 'gui', 1] });
    expect(findings[0]!.range.start).toMatchObject({ line: 16, column: 7 });
  });

  it('rejects impossible dates with the calendar fact', () => {
    const findings = load(minimal.replace('ngay: 2026-02-05', 'ngay: 2024-02-30')).report.findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('tháng 2 năm 2024 có 29 ngày');
    expect(findings[0]!.range.start).toMatchObject({ line: 9, column: 7 });
  });

  it('explains a date written the Vietnamese way', () => {
    const findings = load(minimal.replace('ngay: 2026-02-05', 'ngay: 05/02/2026')).report.findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('2026-02-05');
  });

  it('suggests the enum value for a value typed with diacritics', () => {
    const findings = load(minimal.replace('he_thong: nha_nuoc', 'he_thong: nhà nước')).report.findings;
    expect(findings[0]!.message).toContain('`nha_nuoc`');
  });

  it('refuses a future format version clearly', () => {
    const findings = load(minimal.replace('dvk: 1', 'dvk: 2')).report.findings;
    expect(findings[0]!.message).toContain('chỉ đọc định dạng 1');
  });

  it('refuses tabs used for indentation, with the position', () => {
    const { report } = load(minimal.replace('  ten: SỞ', '\tten: SỞ'));
    expect(report.unusable).toBe(true);
    expect(report.findings.some((f) => f.ruleId === 'yaml/tab-as-indent' && f.range.start.line === 5)).toBe(true);
    expect(report.findings.find((f) => f.ruleId === 'yaml/tab-as-indent')!.message).toContain('dấu cách');
  });

  it('says the common YAML syntax errors in the clerk\'s words, never the parser\'s English', () => {
    const cases: [string, string, string, number][] = [
      [minimal.replace('trich_yeu: Lịch', 'trich_yeu: >- (thử)\n  Lịch'), 'yaml/unexpected-token', 'Sau dấu “>-” (mở một khối văn bản nhiều dòng) không được viết chữ trên cùng dòng. Đưa “(thử)” xuống dòng dưới', 10],
      [minimal.replace('so: "05"', 'so: "C:\\q"'), 'yaml/bad-dq-escape', 'mà “\\q” thì không phải', 6],
      [minimal.replace('so: "05"', 'so: @05'), 'yaml/bad-scalar-start', 'bắt đầu bằng ký tự “@”', 6],
      [minimal.replace('so: "05"', 'so: "05" ab'), 'yaml/unexpected-token', 'Có chữ thừa sau một giá trị đã đóng', 6],
      [minimal.replace('so: "05"', 'so: [05'), 'yaml/bad-indent', 'Dấu “[” mở ở dòng 6 chưa có dấu “]” đóng', 7],
    ];
    for (const [text, ruleId, message, line] of cases) {
      const { report } = load(text);
      expect(report.unusable).toBe(true);
      const finding = report.findings.find((f) => f.ruleId === ruleId)!;
      expect(finding.message).toContain(message);
      expect(finding.message).not.toMatch(/Not a YAML token|Invalid escape|reserved character|Unexpected scalar|sufficiently indented/);
      expect(finding.range.start.line).toBe(line);
    }
    const en = loadPlanText(minimal.replace('so: "05"', 'so: @05'), 'x.yaml', 'en').report.findings[0]!;
    expect(en.message).toBe('A value cannot start with “@” (YAML reserves it). Put the whole value in double quotes: "@…".');
  });

  it('refuses duplicate keys and names the key', () => {
    const { report } = load(minimal.replace('dia_danh: Hà Nam', 'dia_danh: Hà Nam\ndia_danh: Hà Nội'));
    expect(report.unusable).toBe(true);
    expect(report.findings[0]).toMatchObject({ ruleId: 'yaml/duplicate-key' });
    expect(report.findings[0]!.message).toContain('`dia_danh`');
    expect(report.findings[0]!.range.start.line).toBe(9);
  });

  it('refuses a YAML alias bomb without hanging', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const { report } = load(bomb.join('\n'));
    expect(report.unusable).toBe(true);
    expect(report.findings[0]!.ruleId).toBe('yaml/alias-bomb');
  });

  it('refuses text that is not a plan', () => {
    const { report } = load('Đây chỉ là một đoạn văn bản.\n');
    expect(report.findings[0]).toMatchObject({ ruleId: 'yaml/not-a-plan', fatal: true });
  });

  it('handles CRLF line endings with correct positions', () => {
    const { report } = load(minimal.replace('ngay: 2026-02-05', 'ngay: 2024-02-30').replace(/\n/g, '\r\n'));
    expect(report.findings[0]!.range.start).toMatchObject({ line: 9, column: 7 });
  });
});

describe('decoding plan bytes', () => {
  const utf8 = Buffer.from(minimal, 'utf8');
  it('strips a UTF-8 BOM without shifting columns', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(minimal.replace('dvk: 1', 'dvk: 1\nxx: 1'))]);
    const finding = loadPlanBytes(bytes, 'plan.yaml', 'vi').report.findings[0]!;
    expect(finding.range.start).toMatchObject({ line: 2, column: 1 });
  });

  it('decodes UTF-16 LE with a BOM and says so', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal, 'utf16le')]);
    const { plan, report } = loadPlanBytes(bytes, 'plan.yaml', 'vi');
    expect(plan?.issuer.name.text).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['input/encoding']);
  });

  it('refuses UTF-16 without a BOM with a hint', () => {
    const { report } = loadPlanBytes(Buffer.from(minimal, 'utf16le'), 'plan.yaml', 'vi');
    expect(report.unusable).toBe(true);
    expect(report.findings[0]!.message).toContain('UTF-8');
  });

  it('refuses binary data', () => {
    const { report } = loadPlanBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 0, 0x89, 0x50]), 'x.docx', 'vi');
    expect(report.findings[0]).toMatchObject({ ruleId: 'input/binary', fatal: true });
  });

  it('refuses a legacy 8-bit encoding and names the line', () => {
    const bytes = Buffer.concat([utf8.subarray(0, 20), Buffer.from('\ntrich_yeu: K\xea ho\xb9ch\n', 'latin1')]);
    const { report } = loadPlanBytes(bytes, 'plan.yaml', 'vi');
    expect(report.findings[0]).toMatchObject({ ruleId: 'input/encoding', fatal: true });
    expect(report.findings[0]!.message).toContain('TCVN3');
  });

  it('refuses an empty file', () => {
    expect(loadPlanBytes(Buffer.from(''), 'plan.yaml', 'vi').report.findings[0]!.ruleId).toBe('input/empty');
    expect(loadPlanBytes(Buffer.from('# chỉ có chú thích\n\n'), 'plan.yaml', 'vi').report.findings[0]!.ruleId).toBe('input/empty');
  });

  it('normalises decomposed Unicode to NFC and warns', () => {
    const decomposed = minimal.normalize('NFD');
    const { plan, report } = loadPlanBytes(Buffer.from(decomposed, 'utf8'), 'plan.yaml', 'vi');
    expect(plan?.issuer.name.text).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['input/unicode-nfc']);
  });

  it('speaks English with lang en', () => {
    const { report } = loadPlanText(minimal.replace('dia_danh', 'dia_dan'), 'plan.yaml', 'en');
    expect(report.findings.find((f) => f.ruleId === 'schema/additionalProperties')!.message).toContain('Did you mean `dia_danh`');
  });

  void rules;
});
