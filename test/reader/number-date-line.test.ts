// The number cell and the place-and-date cell of the header table on one text line, as a .txt
// export or a web copy gives them ("Số:     /KH-UBND<TAB>Bình Định, ngày      tháng 3 năm 2025"),
// and a draft's blank number or day (spaces, or dots: "Số: ……/KH-UBND", "ngày …… tháng 3"), in
// both systems. Each line below is shaped like one of ../shared/corpus and ../shared/seeds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDvk, tempDir } from '../helpers/cli.js';
import { splitNumberAndDate } from '../../src/reader/zones/header.js';
import { recognise } from '../../src/reader/recognise.js';
import { positionIn, sourceFromText } from '../../src/reader/source.js';
import { val } from '../../src/reader/val.js';

const STATE_HEAD = ['ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH BÌNH ĐỊNH\tĐộc lập - Tự do - Hạnh phúc', ''];
const STATE_REST = ['', 'KẾ HOẠCH', 'Tổ chức hội nghị tổng kết', '', 'I. MỤC ĐÍCH, YÊU CẦU', 'Đánh giá kết quả năm 2024.', 'II. NỘI DUNG', 'Hội nghị tổng kết.', 'III. TỔ CHỨC THỰC HIỆN', 'Sở Nội vụ chủ trì./.', '', 'Nơi nhận:', '- Các sở;', '- Lưu: VT, SNV.', '', 'CHỦ TỊCH', '', 'Nguyễn Văn An'];
const PARTY_HEAD = ['ĐẢNG BỘ TỈNH BÌNH ĐỊNH\tĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY KHỐI CƠ QUAN', '*'];
const PARTY_REST = ['', 'KẾ HOẠCH', 'Tổ chức hội nghị tổng kết', '', 'I. MỤC ĐÍCH, YÊU CẦU', 'Đánh giá kết quả năm 2024.', 'II. NỘI DUNG', 'Hội nghị tổng kết.', 'III. TỔ CHỨC THỰC HIỆN', 'Các chi bộ thực hiện.', '', 'Nơi nhận:', '- Các chi bộ,', '- Lưu Văn phòng Đảng ủy.', '', 'T/M ĐẢNG ỦY', 'BÍ THƯ', '', 'Nguyễn Văn An'];

/** The document with `line` as its 4th line (the number row of the header table). */
const read = (line: string, party = false) => {
  const text = [...(party ? PARTY_HEAD : STATE_HEAD), line, ...(party ? PARTY_REST : STATE_REST)].join('\n');
  const source = sourceFromText(text);
  const r = recognise(source);
  const notes = r.notes.map((n) => ({ rule: n.ruleId, at: positionIn(source, n.start), text: text.slice(n.start, n.end), data: n.data }));
  return { r, data: r.data as Record<string, any>, notes, readerNotes: notes.filter((n) => n.rule.startsWith('reader/')) };
};

describe('a number and a place-and-date on one line (State)', () => {
  it('a blank number, a tab, a blank day: the ký hiệu, the place and the month are read, the number and day left blank', () => {
    const { r, data, readerNotes } = read('Số:     /KH-UBND\tBình Định, ngày      tháng 3 năm 2025');
    expect(data.so).toBeUndefined();
    expect(data.ky_hieu).toBe('KH-UBND');
    expect(data.dia_danh).toBe('Bình Định');
    expect(data.ngay).toBe('2025-03');
    expect(r.blankNumberOrDay).toBe(true);
    expect(data.co_quan.ten).toBe('ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH');
    expect(r.components.get('so_ky_hieu')?.map((l) => l.no)).toEqual([4]);
    expect(r.components.get('dia_danh_ngay')?.map((l) => l.no)).toEqual([4]);
    expect(readerNotes).toEqual([]);
  });
  it('the same with a run of spaces instead of the tab, and with dots for the blanks', () => {
    for (const line of [
      'Số:     /KH-UBND                    Bình Định, ngày      tháng 3 năm 2025',
      'Số: ……/KH-UBND\tBình Định, ngày …… tháng 3 năm 2025',
      'Số: ......./KH-UBND        Bình Định, ngày ....... tháng 3 năm 2025',
      '| Số:     /KH-UBND | Bình Định, ngày      tháng 3 năm 2025 |',
    ]) {
      const { data, r, readerNotes } = read(line);
      expect({ so: data.so, ky_hieu: data.ky_hieu, dia_danh: data.dia_danh, ngay: data.ngay }, line).toEqual({ so: undefined, ky_hieu: 'KH-UBND', dia_danh: 'Bình Định', ngay: '2025-03' });
      expect(r.blankNumberOrDay).toBe(true);
      expect(readerNotes, line).toEqual([]);
    }
  });
  it('a blank number alone on its line ("Số:       /BC-SNV") is a blank number, not an unknown line', () => {
    const { data, readerNotes } = read('Số:       /BC-SNV');
    expect(data.ky_hieu).toBe('BC-SNV');
    expect(readerNotes.map((n) => n.rule)).toEqual(['reader/not-found']);
    expect(readerNotes[0]!.data?.partEn).toBe('the place and date line');
  });
  it('a number written in full, the date far to its right (corpus 22: "Số : 4144 /GDĐT – VP      Thành phố Hồ Chí Minh, ngày …")', () => {
    const { data, readerNotes } = read('Số : 4144 /GDĐT – VP                                        Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018');
    expect(data.so).toBe('4144 ');
    expect(data.ky_hieu).toBe('GDĐT – VP');
    expect(data.dia_danh).toBe('Thành phố Hồ Chí Minh');
    expect(data.ngay).toBe('2018-11-25');
    expect(readerNotes).toEqual([]);
  });
  it('the form checks still point at the right cell: a missing colon, a missing comma, a day without its zero', () => {
    const { data, notes } = read('Số 15/KH-UBND\tBình Định ngày 5 tháng 3 năm 2025');
    expect(data.ngay).toBe('2025-03-05');
    const found = notes.filter((n) => !n.rule.startsWith('reader/')).map((n) => [n.rule, `${n.at.line}:${n.at.column}`, n.text]);
    expect(found).toEqual([
      ['so-ky-hieu-format', '4:1', 'Số'],
      ['date-line-format', '4:24', ' '],
      ['date-leading-zero', '4:30', '5'],
    ]);
  });
});

describe('a number and a place-and-date on one line (Party)', () => {
  it('"Số 22-KH/ĐU" with the date right of it, after a tab or spaces', () => {
    for (const line of ['Số 22-KH/ĐU\tQuy Nhơn, ngày 05 tháng 3 năm 2025', 'Số 22-KH/ĐU               Quy Nhơn, ngày 05 tháng 3 năm 2025', 'Số 22-KH/ĐU Quy Nhơn, ngày 05 tháng 3 năm 2025']) {
      const { data, readerNotes, notes } = read(line, true);
      expect({ he: data.he_thong, so: data.so, ky_hieu: data.ky_hieu, dia_danh: data.dia_danh, ngay: data.ngay }, line).toEqual({ he: 'dang', so: '22', ky_hieu: 'KH/ĐU', dia_danh: 'Quy Nhơn', ngay: '2025-03-05' });
      expect(readerNotes, line).toEqual([]);
      expect(notes.filter((n) => n.at.line === 4), line).toEqual([]);
    }
  });
  it('a Party draft: "Số    -KH/ĐU<TAB>Quy Nhơn, ngày    tháng 3 năm 2025"', () => {
    const { data, r, readerNotes } = read('Số    -KH/ĐU\tQuy Nhơn, ngày    tháng 3 năm 2025', true);
    expect({ so: data.so, ky_hieu: data.ky_hieu, ngay: data.ngay }).toEqual({ so: undefined, ky_hieu: 'KH/ĐU', ngay: '2025-03' });
    expect(r.blankNumberOrDay).toBe(true);
    expect(readerNotes).toEqual([]);
  });
  it('a colon after "Số" in a Party document is still reported on that line', () => {
    const { notes } = read('Số: 22-KH/ĐU\tQuy Nhơn, ngày 05 tháng 3 năm 2025', true);
    expect(notes.filter((n) => n.rule === 'so-ky-hieu-format').map((n) => [`${n.at.line}:${n.at.column}`, n.text])).toEqual([['4:3', ':']]);
  });
});

describe('splitNumberAndDate: where a number line is cut, and where it is not', () => {
  const cut = (text: string) => splitNumberAndDate(val(text, 0))?.map((v) => v.text);
  it('cuts at the column gap, not at the blanks inside either cell', () => {
    expect(cut('Số:     /KH-UBND\tBình Định, ngày      tháng 3 năm 2025')).toEqual(['Số:     /KH-UBND', 'Bình Định, ngày      tháng 3 năm 2025']);
    expect(cut('Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011')).toEqual(['Số: 454/UBND-NCTH', 'Vị Thanh, ngày 6 tháng 4 năm 2011']);
  });
  it('does not cut inside a ký hiệu typed with spaces, nor a line that is not a number and a date', () => {
    // Cut at a single space, "SKHCN Hà Nội" would pass for a place name.
    expect(cut('Số: 15/KH - SKHCN Hà Nội, ngày 05 tháng 3 năm 2025')).toBeUndefined();
    expect(cut('Số: 15/KH - SKHCN      Hà Nội, ngày 05 tháng 3 năm 2025')).toEqual(['Số: 15/KH - SKHCN', 'Hà Nội, ngày 05 tháng 3 năm 2025']);
    expect(cut('Số:     /KH-UBND')).toBeUndefined();
    expect(cut('Số lượng người tham gia ngày 05 tháng 3 năm 2025')).toBeUndefined();
    expect(cut('Bình Định, ngày 05 tháng 3 năm 2025')).toBeUndefined();
  });
});

describe('dvk lint and dvk import on a draft whose number and date share a line', () => {
  it('lint: the blank number and day are draft placeholders on line 4, nothing is "not found"; import writes the ký hiệu and the month', () => {
    const dir = tempDir('dvk-number-date-');
    const file = join(dir, 'du-thao.txt');
    writeFileSync(file, `${[...STATE_HEAD, 'Số:     /KH-UBND\tBình Định, ngày      tháng 3 năm 2025', ...STATE_REST].join('\n')}\n`);
    const lint = runDvk(['lint', file, '--format', 'json']);
    expect(lint.code).toBe(1);
    const findings = JSON.parse(lint.stdout).files[0].findings as { ruleId: string; line: number }[];
    expect(findings.filter((f) => f.ruleId.startsWith('reader/'))).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'draft-placeholders').map((f) => f.line)).toEqual([4, 4]);
    const out = join(dir, 'du-thao.yaml');
    expect(runDvk(['import', file, '-o', out]).code).toBe(0);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml).toMatch(/^ky_hieu: KH-UBND$/mu);
    expect(yaml).toMatch(/^ngay: ["']?2025-03["']?/mu);
    expect(yaml).toMatch(/^dia_danh: Bình Định$/mu);
  });
});
