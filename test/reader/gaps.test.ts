// What the reader recognises beyond the plain layout: task details, structured căn cứ, an organ
// name over two lines in a .txt header (the .docx side is in docx-gaps.test.ts).
import { describe, expect, it } from 'vitest';
import { createReaderSourceMap } from '../../src/reader/source-map.js';
import { recognise } from '../../src/reader/recognise.js';
import { positionIn, sourceFromText } from '../../src/reader/source.js';
import { validatePlanData } from '../../src/schema/validate.js';

const STATE_HEAD = [
  'ỦY BAN NHÂN DÂN TỈNH HÀ NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 15/KH-SKHCN\tHà Nam, ngày 05 tháng 10 năm 2023',
  '',
  'KẾ HOẠCH',
  'Tổ chức Tháng cao điểm dân vận',
  '',
];
const STATE_FOOT = ['', 'Nơi nhận:\tGIÁM ĐỐC', '- UBND tỉnh;', '- Lưu: VT, VP.', '', 'Nguyễn Văn A'];

const read = (lines: string[]) => {
  const source = sourceFromText(lines.join('\n'));
  const r = recognise(source);
  const map = createReaderSourceMap(source, r.data, r.entries);
  const line = (path: (string | number)[]) => map.locate(path).start.line;
  const schema = validatePlanData(structuredClone(r.data), map, 'x.txt', 'vi');
  return { r, data: r.data as Record<string, any>, line, schema, source };
};

describe('tasks: chủ trì, phối hợp, thời gian lines become the task’s fields', () => {
  const doc = [
    ...STATE_HEAD,
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Nâng cao nhận thức.',
    'II. NỘI DUNG',
    '1. Tuyên truyền về công tác dân vận',
    'Tổ chức tuyên truyền trên cổng thông tin của Sở.',
    '- Chủ trì: Văn phòng Sở;',
    '- Phối hợp: Các phòng chuyên môn, đơn vị trực thuộc;',
    '- Thời gian: Tháng 10/2023.',
    '2. Hội nghị sơ kết',
    'Đơn vị chủ trì: Phòng Quản lý khoa học.',
    'Thời gian thực hiện: Quý IV/2023.',
    '3. Phối hợp với Công đoàn tổ chức tọa đàm.',
    'Văn phòng Sở chủ trì, phối hợp với các phòng thực hiện.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng thực hiện kế hoạch này.',
    ...STATE_FOOT,
  ];

  it('reads the fields with their positions, in the plan’s key order; the plan is schema-valid', () => {
    const { data, line, schema, r } = read(doc);
    expect(schema).toEqual([]);
    const [first, second, third] = data.noi_dung.noi_dung;
    expect(first).toEqual({
      tieu_de: 'Tuyên truyền về công tác dân vận',
      noi_dung: ['Tổ chức tuyên truyền trên cổng thông tin của Sở.'],
      chu_tri: 'Văn phòng Sở',
      phoi_hop: ['Các phòng chuyên môn, đơn vị trực thuộc'],
      thoi_gian: 'Tháng 10/2023',
    });
    expect(Object.keys(second)).toEqual(['tieu_de', 'chu_tri', 'thoi_gian']);
    expect(second).toMatchObject({ chu_tri: 'Phòng Quản lý khoa học', thoi_gian: 'Quý IV/2023' });
    expect(line(['noi_dung', 'noi_dung', 0, 'chu_tri'])).toBe(13);
    expect(line(['noi_dung', 'noi_dung', 0, 'phoi_hop', 0])).toBe(14);
    expect(line(['noi_dung', 'noi_dung', 1, 'thoi_gian'])).toBe(18);
    // A sentence that only mentions "chủ trì, phối hợp" stays text; so does an item title "Phối hợp với …".
    expect(third.noi_dung).toEqual(['Phối hợp với Công đoàn tổ chức tọa đàm.', 'Văn phòng Sở chủ trì, phối hợp với các phòng thực hiện.']);
    expect(third.chu_tri).toBeUndefined();
    // Another wording than dvk prints is noted for import.
    const notes = r.uncertain.filter((u) => u.data?.written).map((u) => u.path.join('.'));
    expect(notes).toEqual(expect.arrayContaining(['noi_dung.noi_dung.0.chu_tri', 'noi_dung.noi_dung.0.thoi_gian']));
    expect(notes).not.toContain('noi_dung.noi_dung.1.chu_tri');
  });

  it('outside a numbered item (directly under a part) the line stays text', () => {
    const { data } = read([...STATE_HEAD, 'I. MỤC ĐÍCH, YÊU CẦU', 'Thời gian: năm 2024.', 'II. TỔ CHỨC THỰC HIỆN', 'Các phòng thực hiện.', ...STATE_FOOT]);
    expect(data.muc_dich_yeu_cau.noi_dung).toEqual(['Thời gian: năm 2024.']);
  });
});
