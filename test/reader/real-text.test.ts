// Real text as it reaches dvk (copied from web pages and PDFs): each test is an invented
// document showing one kind of damage the reader must read through without false findings.
import { describe, expect, it } from 'vitest';
import { recognise } from '../../src/reader/recognise.js';
import { positionIn, sourceFromText } from '../../src/reader/source.js';

const read = (lines: string[]) => {
  const r = recognise(sourceFromText(lines.join('\n')));
  return { r, data: r.data as Record<string, any>, rules: r.notes.map((n) => n.ruleId), notes: r.notes };
};

const FOOT = ['', 'Nơi nhận:', '- Các phòng, ban;', '- Lưu: VT.', '', 'CHỦ TỊCH', '', 'Trần Văn B'];

describe('two header columns flattened onto one line with single spaces', () => {
  it('organ + Quốc hiệu, organ + Tiêu ngữ, number + place and date are each read as two parts', () => {
    const { data, r, rules } = read([
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN NAM SƠN Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 21/UBND-VP Nam Sơn, ngày 12 tháng 8 năm 2024',
      '',
      'V/v tổ chức trồng cây đầu xuân',
      '',
      'Kính gửi: Ủy ban nhân dân các xã.',
      '',
      'Ủy ban nhân dân huyện đề nghị các xã tổ chức trồng cây./.',
      ...FOOT,
    ]);
    expect(rules).not.toContain('reader/not-found');
    expect(r.components.has('quoc_hieu')).toBe(true);
    expect(r.components.has('tieu_ngu')).toBe(true);
    expect(data.co_quan.ten).toBe('ỦY BAN NHÂN DÂN HUYỆN NAM SƠN');
    expect(data.ky_hieu).toBe('UBND-VP');
    expect(data.dia_danh).toBe('Nam Sơn');
    expect(data.ngay).toBe('2024-08-12');
  });
});

describe('a web copy with a blank line between every two lines', () => {
  it('the nơi nhận list goes on across the blank lines: every item and the Lưu line are read', () => {
    const { data, rules } = read([
      'ỦY BAN NHÂN DÂN HUYỆN NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 21/UBND-VP\tNam Sơn, ngày 12 tháng 8 năm 2024',
      '', 'V/v tổ chức trồng cây đầu xuân', '',
      'Kính gửi: Ủy ban nhân dân các xã.', '',
      'Ủy ban nhân dân huyện đề nghị các xã tổ chức trồng cây./.', '',
      'Nơi nhận:', '', '- Như trên;', '', '- Thường trực Huyện ủy;', '', '- Lưu: VT, VP.', '', 'CHỦ TỊCH', '', 'Trần Văn B',
    ]);
    expect(rules).not.toContain('reader/not-found');
    expect(data.noi_nhan).toEqual({ gui: ['Như trên', 'Thường trực Huyện ủy'], luu: 'VT, VP' });
    expect(data.nguoi_ky).toMatchObject({ chuc_vu: 'CHỦ TỊCH', ho_ten: 'Trần Văn B' });
  });
});

describe('a note in brackets under the last paragraph', () => {
  const doc = (end: string) => [
    'ỦY BAN NHÂN DÂN HUYỆN NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 21/UBND-VP\tNam Sơn, ngày 12 tháng 8 năm 2024',
    'V/v tổ chức trồng cây đầu xuân',
    'Kính gửi: Ủy ban nhân dân các xã.',
    `Ủy ban nhân dân huyện đề nghị các xã tổ chức trồng cây${end}`,
    '(Gửi kèm Kế hoạch số 12/KH-UBND ngày 02/8/2024)',
    ...FOOT,
  ];
  it('the final mark is looked for on the paragraph above it', () => {
    expect(read(doc('./.')).rules).not.toContain('body-terminator');
    expect(read(doc('.')).rules).toContain('body-terminator');
  });
});

describe('a text cut off mid-way (a web page keeps only the first part)', () => {
  const HEAD = [
    'ỦY BAN NHÂN DÂN TỈNH NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 40/KH-UBND\tNam Sơn, ngày 12 tháng 8 năm 2024',
    '', 'KẾ HOẠCH', 'Phát triển du lịch cộng đồng', '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Phát huy tiềm năng du lịch của các xã vùng cao.',
  ];
  it('says so once, where the text stops (past its last character, not on the last line, which may be right); nothing about the nơi nhận, the signature or the final mark', () => {
    const lines = [...HEAD, 'II. NỘI DUNG', '1. Xây dựng sản phẩm du lịch gắn với bản sắc văn hóa các dân tộc, phát tri'];
    const { notes, rules } = read(lines);
    const end = lines.join('\n').length;
    expect(notes.filter((n) => n.ruleId === 'reader/cut-off').map((n) => [n.start, n.end])).toEqual([[end, end]]);
    // A file saved with its final newline: the finding is on the empty line after the text.
    const saved = recognise(sourceFromText(`${lines.join('\n')}\n`));
    const at = saved.notes.find((n) => n.ruleId === 'reader/cut-off')!;
    expect(positionIn(sourceFromText(`${lines.join('\n')}\n`), at.start)).toEqual({ line: lines.length + 1, column: 1, offset: end + 1 });
    expect(rules.filter((r) => r === 'reader/cut-off')).toHaveLength(1);
    expect(notes.filter((n) => n.ruleId === 'reader/not-found')).toEqual([]);
    expect(rules).not.toContain('body-terminator');
    const cut = notes.find((n) => n.ruleId === 'reader/cut-off')!;
    expect(cut.data?.tail).toMatch(/phát tri$/u);
  });
  it('a text that ends with its final mark, or a closing sentence, is not cut off: what is missing is reported', () => {
    for (const end of ['Tổ chức thực hiện nghiêm túc./.', 'Trân trọng']) {
      const { rules } = read([...HEAD, 'II. TỔ CHỨC THỰC HIỆN', end]);
      expect(rules).not.toContain('reader/cut-off');
      expect(rules).toContain('reader/not-found');
    }
  });
});

describe('the type and the subject typed on one line in capitals', () => {
  const doc = (title: string[]) => [
    'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'XÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 15/QC-UBND\tHòa Bình, ngày 12 tháng 8 năm 2024',
    '',
    ...title,
    '(Ban hành kèm theo Quyết định số 14/QĐ-UBND ngày 12/8/2024 của Ủy ban nhân dân xã)',
    'Chương I',
    'QUY ĐỊNH CHUNG',
    'Điều 1. Phạm vi điều chỉnh',
    'Quy chế này quy định việc tiếp công dân./.',
    ...FOOT,
  ];
  it('is the tên loại line (the header ends there), the subject goes on over the lines in capitals, and it is noted once', () => {
    const { data, r, notes } = read(doc(['QUY CHẾ TIẾP CÔNG DÂN', 'CỦA ỦY BAN NHÂN DÂN XÃ HÒA BÌNH']));
    expect(data.loai).toBe('quy_che');
    expect(data.trich_yeu).toBe('TIẾP CÔNG DÂN CỦA ỦY BAN NHÂN DÂN XÃ HÒA BÌNH');
    expect(r.components.get('ten_loai')?.map((l) => l.no)).toEqual([5]);
    expect(notes.filter((n) => n.ruleId === 'reader/type-and-subject')).toHaveLength(1);
    // Nothing under it is taken for a header line.
    expect(notes.filter((n) => n.ruleId === 'reader/unrecognised' || n.ruleId === 'reader/not-found').map((n) => n.data)).toEqual([]);
  });
  it('a type alone on its line is read as before; a sentence beginning with a type name is not a tên loại', () => {
    const { data, rules } = read(doc(['QUY CHẾ', 'Tiếp công dân của Ủy ban nhân dân xã Hòa Bình']));
    expect(data.loai).toBe('quy_che');
    expect(data.trich_yeu).toBe('Tiếp công dân của Ủy ban nhân dân xã Hòa Bình');
    expect(rules).not.toContain('reader/type-and-subject');
    const letter = read([
      'ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 15/UBND-VP\tHòa Bình, ngày 12 tháng 8 năm 2024', 'V/v góp ý dự thảo',
      'Kính gửi: Các ban, ngành.', 'Kế hoạch số 12/KH-UBND cần được góp ý./.', ...FOOT,
    ]);
    expect(letter.data.loai).toBe('cong_van');
    expect(letter.rules).not.toContain('reader/type-and-subject');
  });
});

describe('a Party conclusion copied from a PDF', () => {
  const doc = (type: string) => [
    'HUYỆN ỦY NAM SƠN\tĐẢNG CỘNG SẢN VIỆT NAM',
    '*',
    'Số 12-KL/HU\tNam Sơn, ngày 12 tháng 8 năm 2024',
    type,
    'HỘI NGHỊ LẦN THỨ TÁM',
    'BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN (KHÓA XX)',
    'về phát triển du lịch cộng đồng',
    'đến năm 2030',
    'Hội nghị lần thứ tám Ban Chấp hành Đảng bộ huyện (khóa XX) đã thảo luận và kết luận như sau:',
    'I. ĐÁNH GIÁ TÌNH HÌNH',
    'Du lịch cộng đồng có bước phát triển.',
    '', 'Nơi nhận:', '- Các chi, đảng bộ trực thuộc,', '- Lưu Văn phòng Huyện ủy.', '', 'T/M HUYỆN ỦY', 'BÍ THƯ', '', 'Trần Văn B',
  ];
  it('a tên loại with damaged letters (“K ÉT LUẬN”) is read as KẾT LUẬN, with one info note', () => {
    const { data, notes } = read(doc('K ÉT LUẬN'));
    expect(data.loai).toBe('ket_luan');
    expect(notes.filter((n) => n.ruleId === 'reader/damaged-type').map((n) => n.severity)).toEqual(['info']);
    expect(notes.filter((n) => n.ruleId === 'reader/not-found')).toEqual([]);
  });
  it('the lines in capitals naming the conference belong to the tên loại; the trích yếu is “về …” and stops at the body', () => {
    const { data, r, notes } = read(doc('KẾT LUẬN'));
    expect(data.trich_yeu).toBe('về phát triển du lịch cộng đồng đến năm 2030');
    expect(r.components.get('ten_loai')?.map((l) => l.no)).toEqual([4, 5, 6]);
    expect(notes.filter((n) => n.ruleId.startsWith('reader/'))).toEqual([]);
  });
  it('a short line in capitals that only looks like a type name without its marks is not taken for one', () => {
    expect(read(doc('KET LUAN TAM')).data.loai).not.toBe('ket_luan');
  });
});

describe('a header copied from a PDF table: parts wrapped over two lines, bars left from the table', () => {
  it('the Quốc hiệu, the Tiêu ngữ and the date line wrapped in a narrow column are each one part; “|” lines are passed over', () => {
    const { data, r, notes } = read([
      'ỦY BAN NHÂN DÂN', 'HUYỆN NAM SƠN', '-------', '|',
      'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', 'Độc lập -', 'Tự do - Hạnh phúc', '---------------', '|',
      'Số: 40/KH-UBND', '| |', 'Nam Sơn, ngày', '05 tháng 8 năm 2024', '|',
      'KẾ HOẠCH', 'Phát triển du lịch cộng đồng',
      'I. MỤC ĐÍCH, YÊU CẦU', 'Phát huy tiềm năng du lịch.', 'II. NỘI DUNG', 'Xây dựng sản phẩm.', 'III. TỔ CHỨC THỰC HIỆN', 'Các phòng thực hiện./.',
      ...FOOT,
    ]);
    expect(r.components.get('quoc_hieu')?.map((l) => l.no)).toEqual([5, 6]);
    expect(r.components.get('tieu_ngu')?.map((l) => l.no)).toEqual([7, 8]);
    expect(r.components.get('dia_danh_ngay')?.map((l) => l.no)).toEqual([13, 14]);
    expect(data.ngay).toBe('2024-08-05');
    expect(data.dia_danh).toBe('Nam Sơn');
    expect(notes.filter((n) => n.ruleId.startsWith('reader/'))).toEqual([]);
  });
  it('a first half that nothing completes is still a line dvk does not know', () => {
    const { notes } = read(['ỦY BAN NHÂN DÂN HUYỆN NAM SƠN', 'CỘNG HÒA XÃ HỘI', 'Số: 40/KH-UBND', 'Nam Sơn, ngày 05 tháng 8 năm 2024', 'KẾ HOẠCH', 'Phát triển du lịch', 'I. MỤC ĐÍCH', 'A./.', ...FOOT]);
    expect(notes.filter((n) => n.ruleId === 'reader/unrecognised').map((n) => n.data?.text)).toEqual(['CỘNG HÒA XÃ HỘI']);
  });
});

describe('a text cut off inside a citation', () => {
  it('ends with capitals (“… số 12/LĐTBXH-VP”): still cut off', () => {
    const { rules } = read([
      'ỦY BAN NHÂN DÂN TỈNH NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 40/KH-UBND\tNam Sơn, ngày 12 tháng 8 năm 2024', 'KẾ HOẠCH', 'Giảm nghèo bền vững',
      'Căn cứ Công văn số 12/LĐTBXH-VP',
    ]);
    expect(rules).toEqual(['reader/cut-off']);
  });
});

describe('a body reposted without its header', () => {
  const body = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau:',
    'I. LỊCH TIẾP CÔNG DÂN',
    'Chủ tịch Ủy ban nhân dân xã tiếp công dân vào ngày 15 hằng tháng./.',
    ...FOOT,
  ];
  it('says so once; the header parts are not reported one by one; the căn cứ is read as the body’s', () => {
    const { data, notes, rules } = read(body);
    expect(rules.filter((r) => r === 'reader/no-header')).toHaveLength(1);
    expect(notes.filter((n) => n.ruleId === 'reader/not-found' || n.ruleId === 'reader/unrecognised').map((n) => n.data)).toEqual([]);
    expect(JSON.stringify(data.can_cu)).toContain('Luật Tổ chức chính quyền địa phương');
  });
  it('a document with only an organ and a date line has a header: its missing parts are reported', () => {
    const { rules } = read(['ỦY BAN NHÂN DÂN XÃ HÒA BÌNH', 'Hòa Bình, ngày 12 tháng 8 năm 2024', ...body]);
    expect(rules).not.toContain('reader/no-header');
    expect(rules).toContain('reader/not-found');
  });
});

describe('“Kính gửi :” and “Nơi nhận :”: the labels dvk prints, typed with a space before the colon', () => {
  const doc = (kinhGui: string, noiNhan: string) => [
    'ỦY BAN NHÂN DÂN HUYỆN NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 21/UBND-VP\tNam Sơn, ngày 12 tháng 8 năm 2024',
    'V/v tổ chức trồng cây đầu xuân',
    `${kinhGui} Ủy ban nhân dân các xã.`,
    'Ủy ban nhân dân huyện đề nghị các xã tổ chức trồng cây./.',
    `${noiNhan}\tCHỦ TỊCH`, '- Như trên;', '- Lưu: VT, VP.\tTrần Văn B',
  ];
  it('each is reported once, on the space and the colon, as punctuation-spacing (a warning)', () => {
    const { notes } = read(doc('Kính gửi :', 'Nơi nhận  :'));
    const spacing = notes.filter((n) => n.ruleId === 'punctuation-spacing');
    expect(spacing.map((n) => `${n.severity} ${n.data?.label}`).sort()).toEqual(['warning Kính gửi', 'warning Nơi nhận']);
    const source = doc('Kính gửi :', 'Nơi nhận  :').join('\n');
    expect(spacing.map((n) => source.slice(n.start, n.end)).sort()).toEqual(['  :', ' :']);
  });
  it('“Kính gửi:” and “Nơi nhận:” are right; the addressee and the recipients are read the same either way', () => {
    const right = read(doc('Kính gửi:', 'Nơi nhận:'));
    expect(right.rules).not.toContain('punctuation-spacing');
    const spaced = read(doc('Kính gửi :', 'Nơi nhận :'));
    expect(spaced.data.kinh_gui).toEqual(right.data.kinh_gui);
    expect(spaced.data.noi_nhan).toEqual(right.data.noi_nhan);
  });
});

describe('a footer flattened into lines with long space runs, a blank line between every two', () => {
  it('the dashed items that share a line with the signature column stay nơi nhận items; the signature is the right column', () => {
    const { data, rules } = read([
      'ỦY BAN NHÂN DÂN HUYỆN NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 21/UBND-VP\tNam Sơn, ngày 12 tháng 8 năm 2024', 'V/v tổ chức trồng cây đầu xuân', 'Kính gửi: Ủy ban nhân dân các xã.',
      'Ủy ban nhân dân huyện đề nghị các xã tổ chức trồng cây./.', '',
      'Nơi nhận:                                                  CHỦ TỊCH', '',
      '- Như trên;', '',
      '- Thường trực Huyện ủy;                                    (đã ký)', '',
      '- Các phòng, ban;                                          Trần Văn B', '',
      '- Lưu: VT, VP.',
    ]);
    expect(data.noi_nhan).toEqual({ gui: ['Như trên', 'Thường trực Huyện ủy', 'Các phòng, ban'], luu: 'VT, VP' });
    expect(data.nguoi_ky.ho_ten).toBe('Trần Văn B');
    expect(data.nguoi_ky.chuc_vu).toBe('CHỦ TỊCH');
    expect(rules).toEqual([]);
  });
});

describe('the Lưu line, the last of the nơi nhận, typed without its final full stop', () => {
  const doc = (luu: string, system: 'state' | 'party' = 'state') => [
    ...(system === 'state'
      ? ['ỦY BAN NHÂN DÂN HUYỆN NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '\tĐộc lập - Tự do - Hạnh phúc', 'Số: 21/UBND-VP\tNam Sơn, ngày 12 tháng 8 năm 2024', 'V/v tổ chức trồng cây đầu xuân']
      : ['HUYỆN ỦY NAM SƠN\tĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 21-CV/HU\tNam Sơn, ngày 12 tháng 8 năm 2024', 'về tổ chức trồng cây đầu xuân']),
    'Kính gửi: Ủy ban nhân dân các xã.',
    'Đề nghị các xã tổ chức trồng cây./.',
    '', 'Nơi nhận:\tCHỦ TỊCH', '- Như trên;', `${luu}\tTrần Văn B`,
  ];
  it('is reported once, just past its last character, with the line as it should read', () => {
    const lines = doc('- Lưu: VT, NCTH.HH');
    const { notes } = read(lines);
    const found = notes.filter((n) => n.ruleId === 'noi-nhan-punctuation');
    expect(found.map((n) => [n.severity, n.data?.expected])).toEqual([['error', '- Lưu: VT, NCTH.HH.']]);
    const end = lines.join('\n').indexOf('NCTH.HH') + 'NCTH.HH'.length;
    expect([found[0]!.start, found[0]!.end]).toEqual([end, end]);
  });
  it('“- Lưu: VT, VP.” is right (State and Party); a line ending with another mark is left to the rule on the plan', () => {
    expect(read(doc('- Lưu: VT, VP.')).rules).not.toContain('noi-nhan-punctuation');
    expect(read(doc('- Lưu Văn phòng Huyện ủy.', 'party')).rules).not.toContain('noi-nhan-punctuation');
    const semicolon = read(doc('- Lưu: VT, VP;'));
    expect(semicolon.rules).not.toContain('noi-nhan-punctuation');
    expect(semicolon.data.noi_nhan.luu).toBe('VT, VP;');
  });
});

describe('a quy chế issued with a decision, built of articles', () => {
  const QUY_CHE = (note: string[]) => [
    'ỦY BAN NHÂN DÂN', 'XÃ NAM SƠN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
    'QUY CHẾ', 'Làm việc của Ủy ban nhân dân xã Nam Sơn', ...note,
    'Chương I', 'NHỮNG QUY ĐỊNH CHUNG',
    'Điều 1. Phạm vi điều chỉnh', '1. Quy chế này quy định nguyên tắc làm việc.', '2. Cán bộ, công chức xã thực hiện Quy chế này.',
    'Điều 2. Nguyên tắc làm việc', '1. Làm việc theo nguyên tắc tập trung dân chủ.', '2. Giải quyết công việc đúng pháp luật.', '4. Bảo đảm công khai, minh bạch.',
  ];
  it('“(Ban hành kèm theo Quyết định …)”, wrapped or not: no “not found” for its number, date, nơi nhận or signature (they are the decision’s)', () => {
    for (const note of [['(Ban hành kèm theo Quyết định số 59/QĐ-UBND ngày 22/7/2024 của Ủy ban nhân dân xã)'], ['(Ban hành', 'kèm theo Quyết định số 59/QĐ-UBND', 'ngày 22 tháng 7 năm 2024 của Ủy ban nhân dân xã)']]) {
      const { notes } = read(QUY_CHE(note));
      expect(notes.filter((n) => n.ruleId === 'reader/not-found').map((n) => n.data?.partEn)).toEqual([]);
    }
  });
  it('a quy chế with no such line is still told what it lacks', () => {
    const parts = read(QUY_CHE([])).notes.filter((n) => n.ruleId === 'reader/not-found').map((n) => n.data?.partEn);
    expect(parts).toEqual(expect.arrayContaining(['the document number']));
  });
  it('the khoản of each Điều are numbered from 1 again; a gap inside one Điều is still reported', () => {
    const gaps = read(QUY_CHE(['(Ban hành kèm theo Quyết định số 59/QĐ-UBND ngày 22/7/2024 của Ủy ban nhân dân xã)'])).notes.filter((n) => n.ruleId === 'arabic-sequence');
    expect(gaps.map((n) => [n.data?.written, n.data?.expected])).toEqual([['4', '3']]);
  });
});

describe('a line wrapped inside an open bracket', () => {
  const doc = (body: string[]) => [
    'ỦY BAN NHÂN DÂN XÃ NAM SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 21/TB-UBND\tNam Sơn, ngày 12 tháng 8 năm 2024', '', 'THÔNG BÁO', 'Lịch tiếp công dân', '',
    ...body, ...FOOT,
  ];
  it('goes on with the paragraph whatever its first letter, until the bracket closes', () => {
    const { data } = read(doc(['Ủy ban nhân dân xã thông báo lịch tiếp công dân (theo Quyết định số 59/QĐ-UBND', 'Ngày 22 tháng 7 năm 2024 của Ủy ban', 'nhân dân xã).', 'Công dân đến đúng giờ./.']));
    expect(data.noi_dung).toEqual(['Ủy ban nhân dân xã thông báo lịch tiếp công dân (theo Quyết định số 59/QĐ-UBND Ngày 22 tháng 7 năm 2024 của Ủy ban nhân dân xã).', 'Công dân đến đúng giờ.']);
  });
  it('a closed bracket, or a line that ends a sentence, does not carry the next line along', () => {
    const { data } = read(doc(['Ủy ban nhân dân xã thông báo lịch tiếp (thứ Năm hằng tuần)', 'Công dân đến đúng giờ./.']));
    expect(data.noi_dung).toEqual(['Ủy ban nhân dân xã thông báo lịch tiếp (thứ Năm hằng tuần)', 'Công dân đến đúng giờ.']);
    const numbered = read(doc(['Ủy ban nhân dân xã thông báo (lịch', '1. Thứ Năm hằng tuần.', '2. Thứ Sáu hằng tuần./.']));
    expect(numbered.data.mo_dau).toEqual(['Ủy ban nhân dân xã thông báo (lịch']);
    expect(JSON.stringify(numbered.data.noi_dung)).toContain('Thứ Năm hằng tuần');
  });
});
