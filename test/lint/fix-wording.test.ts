// "Wording, legal content, names and dates are never changed by a fix": checked edit by edit over
// the whole catalog. Every edit of every safe fix, on the seed fixtures and on plans made to trip
// each fixable rule, keeps the letters (ignoring letter case and Unicode normalisation) and the
// value of every number; the only words a fix may delete are the ones dvk prints itself (typed
// numbering "I-", "1.", a typed "Lưu:"). And the rules about dates, names and content cannot fix.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/catalog.js';
import { lintText, type LintFinding } from '../../src/lint/index.js';
import { planYaml } from '../../src/lint/testing.js';

const root = new URL('../../', import.meta.url);
const seeds = readdirSync(new URL('test/fixtures/seeds/', root))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => [`seed ${f}`, readFileSync(new URL(`test/fixtures/seeds/${f}`, root), 'utf8')] as const);

/** Plans with the mechanical mistakes each fixable rule repairs, as the seeds and clerks make them. */
const crafted: (readonly [string, string])[] = [
  ['Party plan, seed 000 and 001 mistakes', planYaml('party', {
    so: '8',
    ky_hieu: 'KH /BDVĐU',
    mo_dau: 'Thực hiện nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương, Ban Dân vận xây dựng Kế hoạch  phong trào "Dân vận khéo" như sau :',
    muc_dich_yeu_cau: { tieu_de: 'I- Mục đích, yêu cầu', noi_dung: ['1. Nâng cao nhận thức về phong trào thi đua “ Dân vận khéo”.'] },
    nguoi_ky: { quyen_han: 'T/M.', tap_the: 'Ban thường vụ', chuc_vu: 'Phó Bí thư' },
    noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy ,', 'Đảng bộ cơ sở'], luu: 'Lưu: Văn phòng Đảng ủy' },
  })],
  ['State plan, seed 003 and 004 mistakes', planYaml('state', {
    so: '5',
    ky_hieu: 'kh/SKHCN',
    co_quan: { ten: 'Sở Khoa học và Công nghệ' },
    trich_yeu: 'Tổ chức Tháng cao điểm dân vận năm 2024'.normalize('NFD'),
    nguoi_ky: { quyen_han: 'KT', tap_the: 'Giám đốc', chuc_vu: 'Phó Giám đốc' },
    noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy;'], luu: '- Lưu: VT, VP.' },
  })],
  ['Party plan, an abbreviation typed with its tone mark', planYaml('party', { co_quan: { viet_tat: 'BTGDVTỦ' }, ky_hieu: 'KH/BTGDVTỦ' })],
  // Raw control characters (issue 14 item 7): ESC/BEL of a terminal title, U+202E in a name.
  ['State plan, control characters pasted in', planYaml('state', { mo_dau: 'GIỮ CHỖ' }).replace('GIỮ CHỖ', 'Sở xây dựng\u001b]0;x\u0007 kế hoạch \u202Enhư sau.')],
  ['State plan, citations typed loosely (corpus kinds)', planYaml('state', {
    mo_dau: 'Thực hiện Kế hoạch số 14/KH –UBND ngày 05/3/2024, Quyết định số: 59/QĐ-UBND ngày 05/3/2024 và Quyết định số 12/QĐ-TTG ngày 05/3/2024 của Thủ tướng Chính phủ..',
    muc_dich_yeu_cau: ['Công tác phòng, chống tham nhũng và phòng chống lãng phí gắn với phát triển kinh tế-xã hội.', '2.1.Thời gian thực hiện: tháng 10 năm 2024.', 'a. Tuổi của học sinh vào lớp 6 là 11 tuổi.'],
  })],
  ['State công văn, “V/V” typed in capitals', planYaml('state', { loai: 'cong_van', ky_hieu: 'UBND-VP', trich_yeu: 'V/V tổ chức trồng cây đầu xuân' })],
];

/** Letters (lower case, NFC) and number values: what a fix must keep. */
function wording(text: string): { letters: string; numbers: number[] } {
  const nfc = text.normalize('NFC').toLocaleLowerCase('vi');
  return { letters: (nfc.match(/\p{L}/gu) ?? []).join(''), numbers: (nfc.match(/\d+/g) ?? []).map(Number) };
}

/** What dvk prints by itself and a fix may therefore delete: typed numbering, dashes, a typed "Lưu:". */
const GENERATED = /^\s*(?:(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)\s*[.\-–)]|[a-zđ]\)|[-–+•*]|[-–]?\s*Lưu\s*:?)\s*$/u;
const MAY_DELETE_GENERATED = new Set(['typed-numbering', 'noi-nhan-luu-form']);
/** A ký hiệu is an abbreviation, not wording: its tone marks may go (Ủ → U), its letters stay. */
const MAY_STRIP_MARKS = new Set(['ky-hieu-no-tone-marks']);
const withoutMarks = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').normalize('NFC');

function badEdits(source: string, findings: LintFinding[]): string[] {
  const bad: string[] = [];
  for (const f of findings) {
    for (const edit of f.fix?.edits ?? []) {
      const before = source.slice(edit.start, edit.end);
      const after = edit.text;
      const strip = MAY_STRIP_MARKS.has(f.ruleId) ? withoutMarks : (t: string) => t;
      const a = wording(strip(before));
      const b = wording(strip(after));
      if (a.letters === b.letters && a.numbers.join() === b.numbers.join()) continue;
      // A deletion may carry the next character along (a plain YAML scalar cannot start with a
      // space): what goes is the part before what stays.
      if (MAY_DELETE_GENERATED.has(f.ruleId) && before.endsWith(after) && GENERATED.test(before.slice(0, before.length - after.length))) continue;
      bad.push(`${f.ruleId}: “${before}” → “${after}”`);
    }
  }
  return bad;
}

describe('no fix changes wording, a name, a number or a date', () => {
  const fixedBy = new Set<string>();
  for (const [name, yaml] of [...seeds, ...crafted]) {
    it(name, () => {
      const result = lintText(yaml, { file: 'k.yaml', lang: 'vi', rules });
      expect(result.loaded.plan, 'a valid plan').toBeDefined();
      for (const f of result.findings) if (f.fix) fixedBy.add(f.ruleId);
      expect(badEdits(yaml, result.findings)).toEqual([]);
    });
  }

  it('the plans above exercise every rule that can fix', () => {
    const fixable = rules.filter((r) => r.meta.fix === 'safe').map((r) => r.meta.id).sort();
    expect([...fixedBy].sort()).toEqual(fixable);
  });

  it('a change of wording is caught by the check itself', () => {
    const edit = (ruleId: string, before: string, text: string): LintFinding =>
      ({ ruleId, fix: { edits: [{ start: 0, end: before.length, text }] } }) as unknown as LintFinding;
    expect(badEdits('2024-04-31', [edit('date-valid', '2024-04-31', '2024-04-30')])).toEqual(['date-valid: “2024-04-31” → “2024-04-30”']);
    expect(badEdits('Nguyễn Văn An', [edit('x', 'Nguyễn Văn An', 'Nguyễn Văn Ân')])).toHaveLength(1);
    expect(badEdits('I- ', [edit('typed-numbering', 'I- ', '')])).toEqual([]);
    expect(badEdits('báo cáo', [edit('typed-numbering', 'báo cáo', '')])).toHaveLength(1);
    expect(badEdits('5', [edit('so-leading-zero', '5', '05')])).toEqual([]);
    expect(badEdits('Ủ', [edit('ky-hieu-no-tone-marks', 'Ủ', 'U')])).toEqual([]);
    expect(badEdits('Ủ', [edit('ky-hieu-no-tone-marks', 'Ủ', 'V')])).toHaveLength(1);
  });

  it('rules about dates, names and what the text says never fix', () => {
    const content = ['date-valid', 'date-format-consistent', 'deadline-before-issue', 'ref-date-after-issue', 'ref-symbol-year-mismatch', 'anniversary-arithmetic',
      'chuc-vu-spelling', 'signer-no-title-prefix', 'noi-nhan-duplicate', 'noi-nhan-purpose', 'citation-first-full', 'abbrev-defined-before-use', 'tone-mark-consistent',
      'i-y-consistent', 'canonical-organ-case', 'nhan-dan-nha-nuoc', 'post-2025-admin-units', 'draft-placeholders', 'trich-yeu-no-ten-loai'];
    const byId = new Map(rules.map((r) => [r.meta.id, r.meta.fix]));
    expect(content.filter((id) => !byId.has(id))).toEqual([]);
    expect(content.filter((id) => byId.get(id) === 'safe')).toEqual([]);
  });
});
