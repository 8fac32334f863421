// Where the trích yếu ends when no blank line separates it from the body (documents copied from
// Word are often typed so): the seeds with their blank lines taken out read the same as the
// originals, and hand-written edge cases (a wrapped subject before "I.", a subject ending in a
// quote, a subject followed by "Căn cứ", Party separators, .docx paragraphs).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readExistingDocument } from '../../src/reader/index.js';
import { recognise } from '../../src/reader/recognise.js';
import { isBodyStructure, OPENING_START, SUBJECT_SEPARATOR } from '../../src/reader/patterns.js';
import { sourceFromText } from '../../src/reader/source.js';
import { pathKey } from '../../src/reader/source-map.js';
import { runDvk, tempDir } from '../helpers/cli.js';
import { SEEDS, seedFile } from './helpers.js';

const TYPE_LINE = /^(KẾ HOẠCH|HƯỚNG DẪN)$/u;

/** Every blank line taken out. */
const noBlankLines = (text: string) => text.split('\n').filter((l) => l.trim() !== '').join('\n');
/** The blank lines taken out from the tên loại down to the third body line only. */
const noBlankAroundSubject = (text: string) => {
  const lines = text.split('\n');
  const type = lines.findIndex((l) => TYPE_LINE.test(l.trim()));
  const out = lines.slice(0, type + 1);
  let seen = 0;
  for (const l of lines.slice(type + 1)) {
    if (l.trim() === '' && seen < 4) continue;
    if (l.trim() !== '') seen++;
    out.push(l);
  }
  return out.join('\n');
};

/**
 * What each recognised value and each note covers in its own text: the line numbers differ, the
 * words must not (a value over several lines, such as the signature, spans the blank lines
 * between them in the original: those are left out of the comparison).
 */
const reading = (text: string) => {
  const source = sourceFromText(text);
  const r = recognise(source);
  const covered = (start: number, end: number) => noBlankLines(source.text.slice(start, end));
  const spans = [...r.entries].map(([key, at]) => [key, covered(at.start, at.end)]);
  const notes = r.notes.map((n) => [n.ruleId, covered(n.start, n.end)]);
  const lineOf = (path: (string | number)[]) => {
    const at = r.entries.get(pathKey(path));
    return at === undefined ? undefined : source.lines.find((l) => at.start >= l.start && at.start <= l.start + l.text.length)?.no;
  };
  return { r, data: r.data as Record<string, any>, spans, notes, uncertain: r.uncertain.map((u) => u.path.join('.')), lineOf, source };
};

describe('seeds without their blank lines read as the originals', () => {
  for (const id of SEEDS) {
    const original = readFileSync(seedFile(id), 'utf8');
    for (const [variant, transform] of [
      ['every blank line removed', noBlankLines],
      ['blank lines removed around the trích yếu', noBlankAroundSubject],
    ] as const) {
      it(`seed ${id}, ${variant}: same trích yếu, same body structure, same findings, positions on the same words`, () => {
        const a = reading(original);
        const b = reading(transform(original));
        expect(b.data.trich_yeu).toBe(a.data.trich_yeu);
        expect(b.data).toEqual(a.data);
        expect(b.uncertain).toEqual(a.uncertain);
        expect(b.spans).toEqual(a.spans);
        expect(b.notes).toEqual(a.notes);
        // The subject's line is the line of the subject's first words in the transformed file.
        const subjectLine = b.lineOf(['trich_yeu'])!;
        expect(b.source.lines[subjectLine - 1]!.text.trim().startsWith(String(a.data.trich_yeu).slice(0, 20))).toBe(true);
        expect(b.source.lines[subjectLine - 2]!.text.trim()).toMatch(TYPE_LINE);
      });
    }
  }

  for (const id of SEEDS) {
    it(`seed ${id} with its opening taken out, the trích yếu right above the first heading: same trích yếu, same parts`, () => {
      const original = readFileSync(seedFile(id), 'utf8');
      const a = reading(original);
      const subjectEnd = a.r.components.get('trich_yeu')!.at(-1)!.no; // 1-based: the index of the next line
      const lines = original.split('\n');
      const heading = lines.findIndex((l, i) => i >= subjectEnd && /^(I|1)[.-]\s/u.test(l.trim()));
      const b = reading([...lines.slice(0, subjectEnd), ...lines.slice(heading)].join('\n'));
      expect(b.data.trich_yeu).toBe(a.data.trich_yeu);
      const { can_cu: _c, mo_dau: _m, ...rest } = a.data;
      expect(b.data).toEqual(rest);
      expect(b.source.lines[b.lineOf(['trich_yeu'])! - 1]!.text.trim().startsWith(String(a.data.trich_yeu).slice(0, 20))).toBe(true);
    });
  }

  it('dvk import writes the same plan for a seed and for its copy without blank lines', () => {
    const dir = tempDir('dvk-subject-');
    for (const id of SEEDS) {
      const plans = (['original', 'no-blank-lines'] as const).map((variant) => {
        const sub = join(dir, `${id}-${variant}`);
        mkdirSync(sub);
        const src = join(sub, 'ke-hoach.txt');
        if (variant === 'original') copyFileSync(seedFile(id), src);
        else writeFileSync(src, noBlankLines(readFileSync(seedFile(id), 'utf8')));
        const r = runDvk(['import', src]);
        expect(r.code).toBe(0);
        // Comments may name a line of the original ("ở dòng 24"): those differ, nothing else may.
        return readFileSync(join(sub, 'ke-hoach.yaml'), 'utf8').replace(/dòng \d+/gu, 'dòng N');
      });
      expect(plans[1], `seed ${id}`).toBe(plans[0]);
    }
  });
});

const STATE_HEAD = [
  'ỦY BAN NHÂN DÂN TỈNH HÀ NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 15/KH-SKHCN\tHà Nam, ngày 05 tháng 10 năm 2023',
  'KẾ HOẠCH',
];
const PARTY_HEAD = ['ĐẢNG BỘ TỈNH THÁI NGUYÊN\tĐẢNG CỘNG SẢN VIỆT NAM', 'BAN DÂN VẬN', '*', 'Số 08-KH/BDVTU\tThái Nguyên, ngày 05 tháng 02 năm 2024', 'KẾ HOẠCH'];
const BODY = ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'Nâng cao nhận thức.', 'II. NỘI DUNG', 'Tổ chức tuyên truyền.', 'III. TỔ CHỨC THỰC HIỆN', 'Các phòng thực hiện kế hoạch này./.'];
const FOOT = ['Nơi nhận:\tGIÁM ĐỐC', '- UBND tỉnh;', '- Lưu: VT, VP.', 'Nguyễn Văn A'];
const PARTY_FOOT = ['Nơi nhận:\tT/M BAN DÂN VẬN', '- Ban Dân vận Tỉnh ủy,', '- Lưu Văn phòng.', 'TRƯỞNG BAN', 'Trần Văn B'];

const read = (lines: string[]) => reading(lines.join('\n'));

describe('the trích yếu ends where the body starts', () => {
  it('the example of the report: a one-line subject right above “I.”', () => {
    const { data, lineOf } = read([...STATE_HEAD, 'Tổ chức các hoạt động “Tháng cao điểm” dân vận năm 2023', ...BODY, ...FOOT]);
    expect(data.trich_yeu).toBe('Tổ chức các hoạt động “Tháng cao điểm” dân vận năm 2023');
    expect(data.muc_dich_yeu_cau.tieu_de).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(data.muc_dich_yeu_cau.noi_dung[0].tieu_de).toBe('Mục đích');
    expect(data.to_chuc_thuc_hien.tieu_de).toBe('TỔ CHỨC THỰC HIỆN');
    expect(data.noi_nhan.gui).toEqual(['UBND tỉnh']);
    expect(lineOf(['trich_yeu'])).toBe(5);
    expect(lineOf(['muc_dich_yeu_cau', 'tieu_de'])).toBe(6);
  });

  it('a subject wrapped over two lines, no blank line before “I.”: one subject, with the “joined” note', () => {
    const { data, uncertain, r } = read([...STATE_HEAD, 'Tổ chức các hoạt động “Tháng cao điểm”', 'thực hiện công tác dân vận năm 2023', ...BODY, ...FOOT]);
    expect(data.trich_yeu).toBe('Tổ chức các hoạt động “Tháng cao điểm” thực hiện công tác dân vận năm 2023');
    expect(uncertain).toContain('trich_yeu');
    expect(r.components.get('trich_yeu')?.map((l) => l.no)).toEqual([5, 6]);
    expect(data.muc_dich_yeu_cau.tieu_de).toBe('MỤC ĐÍCH, YÊU CẦU');
  });

  it('a subject over three lines, the middle one capitalised (a named movement), as in seed 004', () => {
    const { data } = read([...STATE_HEAD, 'Một số nhiệm vụ trọng tâm thực hiện', 'Phong trào thi đua "Dân vận khéo"', 'năm 2024', ...BODY, ...FOOT]);
    expect(data.trich_yeu).toBe('Một số nhiệm vụ trọng tâm thực hiện Phong trào thi đua "Dân vận khéo" năm 2024');
  });

  it('a subject ending in a quote, then the opening sentence and “I.”', () => {
    const { data } = read([...STATE_HEAD, 'Thực hiện phong trào thi đua “Dân vận khéo”', 'Sở Khoa học và Công nghệ xây dựng kế hoạch thực hiện như sau:', ...BODY, ...FOOT]);
    expect(data.trich_yeu).toBe('Thực hiện phong trào thi đua “Dân vận khéo”');
    expect(data.mo_dau).toEqual(['Sở Khoa học và Công nghệ xây dựng kế hoạch thực hiện như sau:']);
  });

  it('a subject followed by “Căn cứ …” lines and the lead-in: căn cứ and mở đầu, at their lines', () => {
    const { data, lineOf } = read([
      ...STATE_HEAD,
      'Tổ chức các hoạt động “Tháng cao điểm”',
      'dân vận năm 2023',
      'Căn cứ Luật Thi đua, khen thưởng;',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 05/9/2023 của Ủy ban nhân dân tỉnh về công tác dân vận;',
      'Sở Khoa học và Công nghệ xây dựng kế hoạch như sau:',
      ...BODY,
      ...FOOT,
    ]);
    expect(data.trich_yeu).toBe('Tổ chức các hoạt động “Tháng cao điểm” dân vận năm 2023');
    expect(data.can_cu).toHaveLength(2);
    expect(data.can_cu[0]).toBe('Căn cứ Luật Thi đua, khen thưởng');
    expect(data.can_cu[1]).toMatchObject({ loai: 'Kế hoạch', so_ky_hieu: '12/KH-UBND', ngay: '2023-09-05' });
    expect(data.mo_dau).toEqual(['Sở Khoa học và Công nghệ xây dựng kế hoạch như sau:']);
    expect(lineOf(['can_cu', 0])).toBe(7);
    expect(lineOf(['mo_dau', 0])).toBe(9);
  });

  it('an opening “Nhằm …”, “Thực hiện …”, or a date sentence without any keyword', () => {
    for (const opening of [
      'Nhằm nâng cao hiệu quả công tác dân vận, Sở xây dựng kế hoạch như sau:',
      'Thực hiện Chỉ thị số 25-CT/TU của Tỉnh ủy, Sở xây dựng kế hoạch như sau:',
      'Ngày 23/4/2024, Ủy ban nhân dân tỉnh ban hành Chỉ thị số 25/CT-UBND về công tác dân vận; Sở xây dựng kế hoạch thực hiện như sau:',
      'Sở xây dựng kế hoạch.',
    ]) {
      const { data } = read([...STATE_HEAD, 'Tổ chức Tháng cao điểm dân vận năm 2023', opening, ...BODY, ...FOOT]);
      expect(data.trich_yeu, opening).toBe('Tổ chức Tháng cao điểm dân vận năm 2023');
      expect(data.mo_dau, opening).toEqual([opening]);
    }
  });

  it('other headings end it: “A.”, “Phần I”, “1.”, “a)”, a bullet, a heading in capitals, “Kính gửi”', () => {
    for (const next of ['A. MỤC ĐÍCH, YÊU CẦU', 'Phần I. MỤC ĐÍCH, YÊU CẦU', 'PHẦN THỨ NHẤT', '1. Mục đích', 'a) Mục đích', '- Nâng cao nhận thức.', 'MỤC ĐÍCH, YÊU CẦU', 'Kính gửi: Ủy ban nhân dân tỉnh']) {
      const { data } = read([...STATE_HEAD, 'Tổ chức Tháng cao điểm dân vận năm 2023', next, ...BODY, ...FOOT]);
      expect(data.trich_yeu, next).toBe('Tổ chức Tháng cao điểm dân vận năm 2023');
    }
    const { data } = read([...STATE_HEAD, 'Tổ chức Tháng cao điểm dân vận năm 2023', 'Kính gửi: Ủy ban nhân dân tỉnh', ...BODY, ...FOOT]);
    expect(data.kinh_gui).toBe('Ủy ban nhân dân tỉnh');
  });

  it('Party: subject lines then a “-----” or “*” separator, no blank lines', () => {
    for (const sep of ['-----', '*', '* * *', '---*---']) {
      const { data, notes, lineOf } = read([...PARTY_HEAD, 'thực hiện phong trào thi đua “Dân vận khéo”', 'giai đoạn 2021 - 2025', sep, 'Thực hiện Kế hoạch số 21-KH/BDVTU của Ban Dân vận Tỉnh ủy, Ban Dân vận xây dựng kế hoạch như sau:', ...BODY, ...PARTY_FOOT]);
      expect(data.he_thong).toBe('dang');
      expect(data.trich_yeu, sep).toBe('thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025');
      expect(data.mo_dau, sep).toEqual(['Thực hiện Kế hoạch số 21-KH/BDVTU của Ban Dân vận Tỉnh ủy, Ban Dân vận xây dựng kế hoạch như sau:']);
      expect(lineOf(['mo_dau', 0])).toBe(9);
      // The separator is neither text of the body nor a header mark.
      expect(JSON.stringify(data)).not.toContain(`"${sep}"`);
      expect(notes.filter(([id]) => id === 'party-dau-sao')).toEqual([]);
    }
  });

  it('a separator or a blank line right after the tên loại is skipped', () => {
    const { data } = read([...PARTY_HEAD, '-----', 'thực hiện phong trào thi đua “Dân vận khéo”', ...BODY, ...PARTY_FOOT]);
    expect(data.trich_yeu).toBe('thực hiện phong trào thi đua “Dân vận khéo”');
  });

  it('no trích yếu at all (“I.” right under the tên loại): reported as not found, the body intact', () => {
    const { data, notes } = read([...STATE_HEAD, ...BODY, ...FOOT]);
    expect(data.trich_yeu).toBe('[CẦN BỔ SUNG]');
    expect(notes.filter(([id]) => id === 'reader/not-found')).toHaveLength(1);
    expect(data.muc_dich_yeu_cau.tieu_de).toBe('MỤC ĐÍCH, YÊU CẦU');
  });

  it('a subject is at most four lines; the first line may begin “Thực hiện” (seed 002)', () => {
    const { data } = read([...STATE_HEAD, 'Thực hiện Chỉ thị số 45-CT/TU', 'về đổi mới công tác dân vận', ...BODY, ...FOOT]);
    expect(data.trich_yeu).toBe('Thực hiện Chỉ thị số 45-CT/TU về đổi mới công tác dân vận');
    const long = read([...STATE_HEAD, 'Tổ chức', 'các hoạt động', 'Tháng cao điểm', 'dân vận', 'năm 2023', 'trên địa bàn tỉnh', ...BODY, ...FOOT]);
    expect(long.data.trich_yeu).toBe('Tổ chức các hoạt động Tháng cao điểm dân vận');
  });

  it('the patterns on their own', () => {
    for (const t of ['I. MỤC ĐÍCH', 'II- NỘI DUNG', '1. Mục đích', '1.1. Tuyên truyền', 'a) Hội nghị', 'A. PHẦN CHUNG', 'Phần II', 'PHẦN THỨ HAI', '- Gạch đầu dòng', 'Kính gửi:', 'Nơi nhận:', '-----', '*', '* * *']) expect(isBodyStructure(t), t).toBe(true);
    for (const t of ['Tổ chức các hoạt động “Tháng cao điểm”', 'giai đoạn 2016 - 2020', 'Phong trào thi đua "Dân vận khéo" năm 2024', 'V/v tổ chức hội nghị', 'A Lưới']) expect(isBodyStructure(t), t).toBe(false);
    for (const t of ['Căn cứ Luật', 'Để triển khai', 'Nhằm nâng cao', 'Ngày 23/4/2024, Ban']) expect(OPENING_START.test(t), t).toBe(true);
    for (const t of ['Căn cứu', 'Triển lãm', 'thực hiện', 'Ngày hội Đại đoàn kết']) expect(OPENING_START.test(t), t).toBe(false);
    for (const t of ['***', '-*-', '---o---'.replace('o', '*')]) expect(SUBJECT_SEPARATOR.test(t), t).toBe(true);
    expect(SUBJECT_SEPARATOR.test('**Trích yếu**')).toBe(false);
  });
});

describe('.docx: the same, by paragraph', () => {
  const run = (text: string) => new TextRun({ text, font: 'Times New Roman', size: 28 });
  const para = (text: string, align?: 'center' | 'justify') =>
    new Paragraph({ ...(align ? { alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED } : {}), children: [run(text)] });
  const save = async (name: string, paras: Paragraph[]) => {
    const file = join(tempDir('dvk-subject-docx-'), name);
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: paras }] })));
    return file;
  };
  const HEAD = ['ỦY BAN NHÂN DÂN TỈNH HÀ NAM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 15/KH-SKHCN', 'Hà Nam, ngày 05 tháng 10 năm 2023', 'KẾ HOẠCH'];
  const SUBJECT = ['Tổ chức các hoạt động “Tháng cao điểm”', 'thực hiện công tác dân vận năm 2023'];
  const REST = ['Căn cứ Luật Thi đua, khen thưởng;', 'Sở xây dựng kế hoạch như sau:', ...BODY, 'Nơi nhận:', '- UBND tỉnh;', '- Lưu: VT, VP.', 'GIÁM ĐỐC', 'Nguyễn Văn A'];
  const paragraphOf = async (file: string, path: (string | number)[]) => {
    const loaded = await readExistingDocument(file, 'vi');
    return { data: loaded.data as Record<string, any>, at: loaded.sourceMap!.locate(path).start };
  };

  it('a centred two-paragraph subject with the justified “Căn cứ” paragraph right after it', async () => {
    const file = await save('centred.docx', [...HEAD.map((t) => para(t, 'center')), ...SUBJECT.map((t) => para(t, 'center')), ...REST.map((t) => para(t, 'justify'))]);
    const { data, at } = await paragraphOf(file, ['can_cu', 0]);
    expect(data.trich_yeu).toBe('Tổ chức các hoạt động “Tháng cao điểm” thực hiện công tác dân vận năm 2023');
    expect(data.can_cu).toEqual(['Căn cứ Luật Thi đua, khen thưởng']);
    expect(at).toMatchObject({ line: 10, column: 1 });
  });

  it('everything centred (the subject’s end is told by the words, not the layout)', async () => {
    const file = await save('all-centred.docx', [...HEAD, ...SUBJECT, ...REST].map((t) => para(t, 'center')));
    const { data, at } = await paragraphOf(file, ['muc_dich_yeu_cau', 'tieu_de']);
    expect(data.trich_yeu).toBe('Tổ chức các hoạt động “Tháng cao điểm” thực hiện công tác dân vận năm 2023');
    expect(data.mo_dau).toEqual(['Sở xây dựng kế hoạch như sau:']);
    expect(at).toMatchObject({ line: 12, column: 4 });
  });

  it('no alignment at all (a text file saved as .docx): read by the words, as a .txt', async () => {
    const file = await save('plain.docx', [...HEAD, ...SUBJECT, ...REST].map((t) => para(t)));
    const { data, at } = await paragraphOf(file, ['trich_yeu']);
    expect(data.trich_yeu).toBe('Tổ chức các hoạt động “Tháng cao điểm” thực hiện công tác dân vận năm 2023');
    expect(at).toMatchObject({ line: 8, column: 1 });
    expect(data.can_cu).toEqual(['Căn cứ Luật Thi đua, khen thưởng']);
    expect(data.muc_dich_yeu_cau.tieu_de).toBe('MỤC ĐÍCH, YÊU CẦU');
  });

  for (const id of SEEDS) {
    it(`seed ${id} as a .docx of its non-blank lines (no layout): the trích yếu and the body as from the .txt`, async () => {
      const text = readFileSync(seedFile(id), 'utf8');
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      const file = await save(`seed-${id}.docx`, lines.map((l) => para(l.replace(/\t/g, '   '))));
      const txt = reading(text).data;
      const { data, at } = await paragraphOf(file, ['trich_yeu']);
      expect(data.trich_yeu).toBe(txt.trich_yeu);
      expect(lines[at.line - 2]!.trim()).toMatch(TYPE_LINE);
      for (const key of ['can_cu', 'mo_dau', 'muc_dich_yeu_cau', 'noi_dung', 'to_chuc_thuc_hien']) expect(JSON.stringify(data[key]), `${key}`).toBe(JSON.stringify(txt[key]));
    });
  }
});
