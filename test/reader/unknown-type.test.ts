// A tên loại dvk has no rules for ("THƯ NGỎ", "GIẤY MỜI", "LỜI KÊU GỌI"): the line is still the
// tên loại line, so the header ends there and the line under it is the trích yếu; dvk says once,
// for the document, that it checks only the general rules, and the rules that judge a document
// by its type (the type code, a kế hoạch's parts, Kính gửi, V/v) stay silent.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/catalog.js';
import { lintLoaded } from '../../src/lint/index.js';
import { unregisteredTypeName } from '../../src/plan/doc-types.js';
import { readExistingDocument } from '../../src/reader/index.js';
import { recognise } from '../../src/reader/recognise.js';
import { sourceFromText } from '../../src/reader/source.js';

const letter = (type: string, extra: string[] = []) => [
  'ỦY BAN NHÂN DÂN HUYỆN NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '\tĐộc lập - Tự do - Hạnh phúc',
  ...extra,
  'Nam Sơn, ngày 12 tháng 12 năm 2024',
  '',
  type,
  '',
  'Vận động ủng hộ quỹ khuyến học của huyện',
  '',
  'Kính gửi: Các doanh nghiệp trên địa bàn huyện.',
  '',
  'Ủy ban nhân dân huyện kêu gọi các doanh nghiệp ủng hộ quỹ khuyến học./.',
  '',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  '',
  'CHỦ TỊCH',
  '',
  'Trần Văn B',
];

const read = (lines: string[]) => recognise(sourceFromText(lines.join('\n')));

async function lint(lines: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'dvk-type-')), 'thu.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return lintLoaded(await readExistingDocument(file, 'vi'), { file, lang: 'vi', rules }).findings;
}

describe('a tên loại line of a type dvk has no rules for', () => {
  it.each(['THƯ NGỎ', 'THƯ KÊU GỌI', 'LỜI KÊU GỌI', 'GIẤY MỜI', 'CÔNG ĐIỆN', 'BẢN THOẢ THUẬN'])('%s: the line under it is the trích yếu, said once for the document', (type) => {
    const r = read(letter(type));
    expect(r.data.trich_yeu).toBe('Vận động ủng hộ quỹ khuyến học của huyện');
    expect(r.components.get('ten_loai')?.map((l) => l.no)).toEqual([5]);
    // (The letter has no số, ký hiệu line: that is reported, and nothing else.)
    const notes = r.notes.filter((n) => n.ruleId.startsWith('reader/') && n.data?.partEn !== 'the document number');
    expect(notes.map((n) => n.ruleId)).toEqual(['reader/unknown-type']);
    // On the document's first line, with its other document-level notes, not on the type line.
    expect(notes[0]!.start).toBe(0);
    expect(r.missing).toContainEqual(['loai']);
  });

  it('a registered type is read as before, with no note; a sentence or a type inside a line is not a type line', () => {
    expect(read(letter('THÔNG BÁO')).notes.map((n) => n.ruleId)).not.toContain('reader/unknown-type');
    expect(unregisteredTypeName('Thư ngỏ gửi các doanh nghiệp')).toBeUndefined();
    expect(unregisteredTypeName('THƯ NGỎ GỬI CÁC DOANH NGHIỆP')).toBeUndefined();
    expect(unregisteredTypeName('  thư   ngỏ ')).toBe('THƯ NGỎ');
    expect(unregisteredTypeName('GIẤY UỶ QUYỀN')).toBe('GIẤY ỦY QUYỀN');
  });

  it('a “GIẤY MỜI” line in the body is no type line', () => {
    const r = read(['ỦY BAN NHÂN DÂN HUYỆN NAM SƠN', 'Số: 12/TB-UBND', 'Nam Sơn, ngày 12 tháng 12 năm 2024', 'THÔNG BÁO', 'Lịch họp tháng 12', '', 'Các đơn vị nhận giấy mời tại Văn phòng.', 'GIẤY MỜI', '']);
    expect(r.data.loai).toBe('thong_bao');
    expect(r.notes.map((n) => n.ruleId)).not.toContain('reader/unknown-type');
  });

  it('dvk lint: no finding on the type line or the trích yếu; the type rules are silent (Kính gửi, the type code)', async () => {
    const findings = await lint(letter('THƯ NGỎ', ['Số: 25/TNg-UBND']));
    expect(findings.filter((f) => f.range.start.line === 6 || f.range.start.line === 8)).toEqual([]);
    const ids = findings.map((f) => f.ruleId);
    expect(ids).toContain('reader/unknown-type');
    for (const id of ['kinh-gui-scope', 'ten-loai-khop-ky-hieu', 'ky-hieu-ten-loai-allowed', 'ke-hoach-required-parts', 'reader/not-found', 'reader/unrecognised']) expect(ids).not.toContain(id);
  });

  it('the same letter as a registered type that takes no Kính gửi is still judged by its type', async () => {
    const ids = (await lint(letter('KẾ HOẠCH', ['Số: 25/KH-UBND']))).map((f) => f.ruleId);
    expect(ids).toContain('kinh-gui-scope');
    expect(ids).not.toContain('reader/unknown-type');
  });
});

describe('no tên loại line at all (corpus 37: the web copy lost “HƯỚNG DẪN”)', () => {
  const doc = [
    'BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TỔ CHỨC', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', '',
    'Số: 09-HD/BTCTW', 'Hà Nội, ngày 05 tháng 6 năm 2017', '', '',
    'Căn cứ Điều lệ Đảng, Quy định số 29-QĐ/TW, ngày 25-7-2016 của Ban Chấp hành Trung ương về “Thi hành Điều lệ Đảng”, Hướng dẫn số 01-HD/TW, ngày 20-9-2016 của Ban Bí thư “Một số vấn đề cụ thể thi hành Điều lệ Đảng”;',
    'Ban Tổ chức Trung ương hướng dẫn một số vấn đề về nghiệp vụ công tác đảng viên như sau:',
    '1.1- Xây dựng và thực hiện kế hoạch kết nạp đảng viên',
    'a) Tỉnh ủy và tương đương',
    '- Thường xuyên kiểm tra cấp ủy cấp dưới thực hiện kế hoạch kết nạp đảng viên.',
  ];
  it('the missing type is reported once; the parts of the kế hoạch dvk stands in for it are not', () => {
    const r = read(doc);
    const parts = r.notes.filter((n) => n.ruleId === 'reader/not-found').map((n) => n.data?.partEn);
    expect(parts).toContain('the document type (KẾ HOẠCH, HƯỚNG DẪN…)');
    expect(parts).not.toContain('the "purposes and requirements" part');
    expect(parts).not.toContain('the "implementation" part');
    expect(parts).not.toContain('the body');
    // Still known to be missing: a rule finding there is dropped.
    expect(r.missing).toContainEqual(['to_chuc_thuc_hien']);
  });
});
