// A header and a footer printed as a table drawn in text: "+----+----+" borders and "|" between
// the cells, as pandoc, a Markdown table or some web pages give a Word table. The bars are cell
// breaks like a tab, the borders are rule lines: the document reads as its .docx does.
import { describe, expect, it } from 'vitest';
import { recognise } from '../../src/reader/recognise.js';
import { sourceFromText } from '../../src/reader/source.js';

const GRID_PARTY = [
  '+--------------------------------+-------------------------------------+',
  '| ĐẢNG BỘ TỈNH QUẢNG BÌNH        | ĐẢNG CỘNG SẢN VIỆT NAM              |',
  '|                                |                                     |',
  '| ĐẢNG ỦY CÁC                    | Đồng Hới, ngày 20 tháng 9 năm 2016  |',
  '|                                |                                     |',
  '| CƠ QUAN TỈNH                   |                                     |',
  '|                                |                                     |',
  '| *                              |                                     |',
  '|                                |                                     |',
  '| Số 22-KH/ĐU                    |                                     |',
  '+--------------------------------+-------------------------------------+',
  '',
  'KẾ HOẠCH',
  '',
  'thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2016 - 2020',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '',
  'Nâng cao nhận thức của cán bộ, đảng viên về công tác dân vận.',
  '',
  'II. NỘI DUNG',
  '',
  'Xây dựng mô hình “Dân vận khéo” ở các chi bộ.',
  '',
  'III. TỔ CHỨC THỰC HIỆN',
  '',
  'Các chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện.',
  '',
  '+------------------------------------------+--------------------------------------+',
  '| Nơi nhận:                                | T/M BAN THƯỜNG VỤ                    |',
  '|                                          |                                      |',
  '| - Ban Dân vận Tỉnh ủy,                   | PHÓ BÍ THƯ                           |',
  '|                                          |                                      |',
  '| - Thường trực Đảng ủy,                   | Nguyễn Thị Phú                       |',
  '|                                          |                                      |',
  '| - Các chi, đảng bộ cơ sở,                |                                      |',
  '|                                          |                                      |',
  '| - Lưu Văn phòng Đảng ủy.                 |                                      |',
  '+------------------------------------------+--------------------------------------+',
];

const read = (lines: string[]) => {
  const r = recognise(sourceFromText(lines.join('\n')));
  return { r, data: r.data as Record<string, any>, notes: r.notes };
};

describe('a Party plan with its header and footer tables drawn in text', () => {
  it('reads every header part, the recipients and the signature, with nothing unrecognised', () => {
    const { r, data, notes } = read(GRID_PARTY);
    expect(data.he_thong).toBe('dang');
    expect(data.co_quan).toMatchObject({ cap_tren: 'ĐẢNG BỘ TỈNH QUẢNG BÌNH', ten: 'ĐẢNG ỦY CÁC CƠ QUAN TỈNH' });
    expect({ so: data.so, ky_hieu: data.ky_hieu, dia_danh: data.dia_danh, ngay: data.ngay }).toEqual({ so: '22', ky_hieu: 'KH/ĐU', dia_danh: 'Đồng Hới', ngay: '2016-09-20' });
    expect(r.components.get('tieu_de_dang')?.map((l) => l.no)).toEqual([2]);
    expect(data.noi_nhan).toEqual({ gui: ['Ban Dân vận Tỉnh ủy', 'Thường trực Đảng ủy', 'Các chi, đảng bộ cơ sở'], luu: 'Văn phòng Đảng ủy' });
    expect(data.nguoi_ky).toEqual({ quyen_han: 'T/M', tap_the: 'BAN THƯỜNG VỤ', chuc_vu: 'PHÓ BÍ THƯ', ho_ten: 'Nguyễn Thị Phú' });
    expect(notes.map((n) => n.ruleId)).toEqual([]);
  });
  it('a Markdown table ("| … | … |" and "|---|---|") reads the same', () => {
    const md = GRID_PARTY.filter((l) => !/^\|\s+\|\s+\|$/u.test(l)).map((l) => (l.startsWith('+') ? '|---|---|' : l));
    const { data, notes } = read(md);
    expect({ so: data.so, ky_hieu: data.ky_hieu, ngay: data.ngay }).toEqual({ so: '22', ky_hieu: 'KH/ĐU', ngay: '2016-09-20' });
    expect(data.nguoi_ky.ho_ten).toBe('Nguyễn Thị Phú');
    expect(data.noi_nhan.luu).toBe('Văn phòng Đảng ủy');
    expect(notes.map((n) => n.ruleId)).toEqual([]);
  });
  it('the defects inside a cell are still found there: a colon after “Số”, a missing star', () => {
    const lines = GRID_PARTY.map((l) => l.replace('| Số 22-KH/ĐU   ', '| Số: 22-KH/ĐU  ').replace('| *  ', '|    '));
    const { notes } = read(lines);
    expect(notes.map((n) => n.ruleId).sort()).toEqual(['party-dau-sao', 'so-ky-hieu-format']);
  });
});
