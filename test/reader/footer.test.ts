// Where the nơi nhận ends and the signature begins, on documents spoiled the way clerks and web
// copies spoil them: the Lưu line without its dash, items typed on one line, the title in ordinary
// case under the last recipient, the signature glued to the Lưu line, and in a .docx the nơi nhận
// and the signature as the two cells of a table, one row per line or the signature on the left.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExistingDocument } from '../../src/reader/index.js';
import { recognise } from '../../src/reader/recognise.js';
import { positionIn, sourceFromText } from '../../src/reader/source.js';
import { runDvk, tempDir } from '../helpers/cli.js';
import { editDocx, renderExample } from './docx-fixtures.js';

const HEAD = [
  'ỦY BAN NHÂN DÂN TỈNH HÀ NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 15/KH-SKHCN\tHà Nam, ngày 05 tháng 10 năm 2023',
  '', 'KẾ HOẠCH', 'Tổ chức Tháng cao điểm dân vận', '',
  'I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao nhận thức về công tác dân vận.',
  'II. NỘI DUNG', 'Tuyên truyền trên Website của Sở.',
  'III. TỔ CHỨC THỰC HIỆN', 'Văn phòng Sở làm đầu mối./.', '',
];

const PARTY_HEAD = [
  'ĐẢNG BỘ TỈNH HÀ NAM\tĐẢNG CỘNG SẢN VIỆT NAM',
  'ĐẢNG ỦY KHỐI CƠ QUAN', '*',
  'Số 15-KH/ĐU\tHà Nam, ngày 05 tháng 10 năm 2023',
  '', 'KẾ HOẠCH', 'Tổ chức Tháng cao điểm dân vận', '',
  'I. MỤC ĐÍCH, YÊU CẦU', 'Nâng cao nhận thức về công tác dân vận.',
  'II. NỘI DUNG', 'Tuyên truyền trên Website.',
  'III. TỔ CHỨC THỰC HIỆN', 'Các chi bộ thực hiện.', '',
];

const read = (footer: string[], head = HEAD) => {
  const text = [...head, ...footer].join('\n');
  const source = sourceFromText(text);
  const r = recognise(source);
  const lineOf = (name: 'noi_nhan_muc' | 'chuc_vu' | 'ho_ten' | 'quyen_han') => r.components.get(name)?.map((l) => l.no - head.length) ?? [];
  return {
    data: r.data as Record<string, any>,
    notes: r.notes.map((n) => ({ rule: n.ruleId, line: positionIn(source, n.start).line - head.length, data: n.data })),
    items: lineOf('noi_nhan_muc'),
    title: lineOf('chuc_vu'),
    name: lineOf('ho_ten'),
  };
};

const RECIPIENTS = { gui: ['Ban Dân vận Tỉnh ủy', 'Các phòng chuyên môn'], luu: 'VT, VP' };

describe('the nơi nhận of a .txt spoiled by hand', () => {
  it('the Lưu line typed without its dash is the archive, and ends the list', () => {
    const { data, items, title } = read(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy;', '- Các phòng chuyên môn;', 'Lưu: VT, VP.', '', 'GIÁM ĐỐC', '', 'Nguyễn Tất Nhiên']);
    expect(data.noi_nhan).toEqual(RECIPIENTS);
    expect(items).toEqual([2, 3, 4]);
    expect(title).toEqual([6]);
  });
  it('the title in ordinary case on the line right after the Lưu line is the signer\'s title, not a recipient', () => {
    for (const gap of [[], ['']]) {
      const { data, notes } = read(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy;', '- Các phòng chuyên môn;', '- Lưu: VT, VP.', ...gap, 'Giám đốc', '', 'Nguyễn Tất Nhiên']);
      expect(data.noi_nhan).toEqual(RECIPIENTS);
      expect(data.nguoi_ky).toEqual({ chuc_vu: 'Giám đốc', ho_ten: 'Nguyễn Tất Nhiên' });
      expect(notes.filter((n) => n.rule.startsWith('reader/'))).toEqual([]);
    }
  });
  it('a known title without a Lưu line above it is the signature too; "- Giám đốc Sở Tài chính;" stays a recipient', () => {
    const { data } = read(['Nơi nhận:', '- Giám đốc Sở Tài chính;', 'Các phòng chuyên môn.', 'Phó Giám đốc', '', 'Nguyễn Tất Nhiên']);
    expect(data.noi_nhan.gui).toEqual(['Giám đốc Sở Tài chính', 'Các phòng chuyên môn.']);
    expect(data.nguoi_ky).toMatchObject({ chuc_vu: 'Phó Giám đốc', ho_ten: 'Nguyễn Tất Nhiên' });
  });
  it('items typed one after another on one line are each a recipient, and keep their positions', () => {
    const { data, items } = read(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy; - Các phòng chuyên môn; Lưu: VT, VP.', '', 'GIÁM ĐỐC', '', 'Nguyễn Tất Nhiên']);
    expect(data.noi_nhan).toEqual(RECIPIENTS);
    expect(items).toEqual([2, 2, 2]);
    const all = read(['Nơi nhận: - Ban Dân vận Tỉnh ủy; - Các phòng chuyên môn; - Lưu: VT, VP.', '', 'GIÁM ĐỐC', '', 'Nguyễn Tất Nhiên']);
    expect(all.data.noi_nhan).toEqual(RECIPIENTS);
    expect(all.data.nguoi_ky).toEqual({ chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Nguyễn Tất Nhiên' });
  });
  it('the signature glued to the Lưu line after its final mark is cut off it; units written with a dot are not', () => {
    const glued = read(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy;', '- Các phòng chuyên môn;', '- Lưu: VT, VP. GIÁM ĐỐC', '', 'Nguyễn Tất Nhiên']);
    expect(glued.data.noi_nhan).toEqual(RECIPIENTS);
    expect(glued.data.nguoi_ky).toEqual({ chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Nguyễn Tất Nhiên' });
    expect(glued.title).toEqual([4]);
    const units = read(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy;', '- Lưu: VT, P. KHTC.', '', 'GIÁM ĐỐC', '', 'Nguyễn Tất Nhiên']);
    expect(units.data.noi_nhan.luu).toBe('VT, P. KHTC');
  });
  it('a two-column table flattened cell by cell (title first, then the items) keeps every dashed item a recipient', () => {
    const { data, title, name } = read(['Nơi nhận:', 'GIÁM ĐỐC', '- Ban Dân vận Tỉnh ủy;', '', '- Lưu trữ tỉnh;', '(Đã ký)', '- Các phòng chuyên môn;', '- Lưu: VT, VP.', 'Nguyễn Tất Nhiên']);
    expect(data.noi_nhan).toEqual({ gui: ['Ban Dân vận Tỉnh ủy', 'Lưu trữ tỉnh', 'Các phòng chuyên môn'], luu: 'VT, VP' });
    expect(data.nguoi_ky).toEqual({ chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Nguyễn Tất Nhiên' });
    expect(title).toEqual([2]);
    expect(name).toEqual([9]);
  });
  it('a Party footer: "- Lưu Văn phòng." ends the list; a deputy\'s K/T block is read whole', () => {
    const { data } = read(['Nơi nhận:', '- Các chi bộ trực thuộc,', '- Lưu Văn phòng Đảng ủy.', 'K/T BAN THƯỜNG VỤ', 'Phó Bí thư', '', 'Nguyễn Tất Nhiên'], PARTY_HEAD);
    expect(data.noi_nhan).toEqual({ gui: ['Các chi bộ trực thuộc'], luu: 'Văn phòng Đảng ủy' });
    expect(data.nguoi_ky).toEqual({ quyen_han: 'K/T', tap_the: 'BAN THƯỜNG VỤ', chuc_vu: 'Phó Bí thư', ho_ten: 'Nguyễn Tất Nhiên' });
  });
  it('the defects of the Lưu line are still reported: no final mark, "Lưu VT" without its colon', () => {
    const noMark = read(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy;', 'Lưu: VT', '', 'GIÁM ĐỐC', '', 'Nguyễn Tất Nhiên']);
    expect(noMark.notes.filter((n) => n.rule === 'noi-nhan-punctuation').map((n) => n.line)).toEqual([3]);
    expect(noMark.data.noi_nhan.luu).toBe('VT');
    const noColon = read(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy;', '- Lưu VT, VP.', 'GIÁM ĐỐC', 'Nguyễn Tất Nhiên']);
    expect(noColon.data.noi_nhan.luu).toBe('Lưu VT, VP');
    expect(noColon.data.nguoi_ky).toEqual({ chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Nguyễn Tất Nhiên' });
  });
  it('a dashed item with no mark, the next dashed item under it, is reported at its end; a name wrapped onto the next line is not', () => {
    const { notes } = read(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy', '- Các phòng chuyên môn;', '- Lưu: VT, VP.', 'GIÁM ĐỐC', 'Nguyễn Tất Nhiên']);
    expect(notes.filter((n) => n.rule === 'noi-nhan-punctuation').map((n) => [n.line, n.data?.expected])).toEqual([[2, '- Ban Dân vận Tỉnh ủy;']]);
    const wrapped = read(['Nơi nhận:', '- Ủy ban nhân dân các huyện, thị xã', 'và thành phố;', '- Lưu: VT, VP.', 'GIÁM ĐỐC', 'Nguyễn Tất Nhiên']);
    expect(wrapped.notes.filter((n) => n.rule === 'noi-nhan-punctuation')).toEqual([]);
    const misplaced = read(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy, (b/c)', '- Lưu Văn phòng.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Tất Nhiên'], PARTY_HEAD);
    expect(misplaced.notes.filter((n) => n.rule === 'noi-nhan-punctuation')).toEqual([]);
  });
  it('a line that only begins like the archive ("Lưu ý: …", "- Lưu trữ tỉnh;") is not taken for it', () => {
    const { data } = read(['Nơi nhận:', '- Lưu trữ tỉnh;', '- Ban Dân vận Tỉnh ủy;', '- Lưu: VT, VP.', 'GIÁM ĐỐC', 'Nguyễn Tất Nhiên']);
    expect(data.noi_nhan).toEqual({ gui: ['Lưu trữ tỉnh', 'Ban Dân vận Tỉnh ủy'], luu: 'VT, VP' });
  });
});

describe('what stands around the signature block and the end of a text cut inside the nơi nhận', () => {
  it('a file path above the signature is not its first title line (corpus 26); a line of punctuation is not the name', () => {
    const { data, notes } = read(['Nơi nhận:', '- Như trên;', '- Lưu: VT, NCTH.', '', 'd:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Thành Lập', '', ';']);
    expect(data.nguoi_ky).toEqual({ quyen_han: 'KT.', tap_the: 'CHỦ TỊCH', chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: 'Trần Thành Lập' });
    expect(notes.filter((n) => n.rule === 'reader/unrecognised').map((n) => [n.line, n.data?.text])).toEqual([[5, 'd:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long']]);
  });
  it('a title in ordinary case over a name in capitals is kept whole (nothing is taken for a stray line)', () => {
    const { data, notes } = read(['Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.', '', 'Phó trưởng phòng phụ trách', '', 'NGUYỄN VĂN AN']);
    expect(data.nguoi_ky).toEqual({ chuc_vu: 'Phó trưởng phòng phụ trách', ho_ten: 'NGUYỄN VĂN AN' });
    expect(notes.filter((n) => n.rule.startsWith('reader/'))).toEqual([]);
  });
  it('a name typed in capitals is the name; a last line in capitals that is a title or a collective is not', () => {
    expect(read(['Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.', '', 'CHỦ TỊCH', '', 'TRẦN VĂN AN']).data.nguoi_ky).toEqual({ chuc_vu: 'CHỦ TỊCH', ho_ten: 'TRẦN VĂN AN' });
    const noName = read(['Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(noName.data.nguoi_ky.chuc_vu).toBe('PHÓ CHỦ TỊCH');
    expect(noName.notes.filter((n) => n.rule === 'reader/not-found').map((n) => n.data?.partEn)).toEqual(["the signer's name"]);
    expect(read(['Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.', '', 'TM. ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN']).data.nguoi_ky.chuc_vu).toBe('HỘI ĐỒNG NHÂN DÂN');
  });
  it('a text that stops inside the nơi nhận (corpus 22) is said once to be cut off, not to miss its Lưu line', () => {
    const { notes } = read(['Nơi nhận:                                  GIÁM ĐỐC', '– Như trên;', '– Phòng, ban Sở;                          Lê Hồng Sơn', '– Các đơn vị trường h']);
    expect(notes.filter((n) => n.rule.startsWith('reader/')).map((n) => [n.rule, n.data?.tail])).toEqual([['reader/cut-off', '– Các đơn vị trường h']]);
  });
  it('a last line that is the Lưu line, or has the signature beside it, is no cut', () => {
    const noMark = read(['Nơi nhận:', '- Như trên;', '- Lưu: VT', '', 'GIÁM ĐỐC', '', 'Trần Văn An']);
    expect(noMark.notes.map((n) => n.rule)).toEqual(['noi-nhan-punctuation']);
    const beside = read(['Nơi nhận:                                  GIÁM ĐỐC', '- Như trên;', '- Các phòng, ban Sở                        Trần Văn An']);
    expect(beside.notes.map((n) => n.rule)).not.toContain('reader/cut-off');
  });
});

// The rendered example's footer table rebuilt as a clerk builds it; its own paragraphs (with
// their formatting) are moved into the new cells, so only the order of the parts changes.
const EXAMPLE = 'nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml';
type Cell = string[];
const PARAGRAPH = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g;
const textOf = (p: string) => p.replace(/<[^>]+>/g, '');

function rebuildFooter(xml: string, rows: [Cell, Cell][], rename: Record<string, string> = {}): string {
  const from = xml.lastIndexOf('<w:tbl>');
  const to = xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length;
  const paragraphs = xml.slice(from, to).match(PARAGRAPH) ?? [];
  const para = (text: string) => {
    const found = paragraphs.find((p) => textOf(p) === text) ?? paragraphs.find((p) => textOf(p) === Object.keys(rename).find((k) => rename[k] === text));
    if (!found) throw new Error(`no paragraph “${text}” in the footer table`);
    return rename[textOf(found)] === text ? found.replace(textOf(found), text) : found;
  };
  const cell = (texts: Cell, width: number) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr>${texts.map(para).join('') || '<w:p/>'}</w:tc>`;
  const table = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="9355"/></w:tblPr><w:tblGrid><w:gridCol w:w="4210"/><w:gridCol w:w="5145"/></w:tblGrid>${rows.map(([l, r]) => `<w:tr>${cell(l, 4210)}${cell(r, 5145)}</w:tr>`).join('')}</w:tbl>`;
  return xml.slice(0, from) + table + xml.slice(to);
}

describe('the nơi nhận and the signature in a .docx table', () => {
  let dir: string;
  let rendered: Buffer;
  beforeAll(() => {
    dir = tempDir('dvk-footer-');
    rendered = renderExample(EXAMPLE);
  });
  const A = '- Ban Dân vận Tỉnh ủy;';
  const B = '- Ban Tuyên giáo Đảng ủy khối;';
  const C = '- Các phòng chuyên môn, đơn vị thuộc Sở;';
  const L = '- Lưu: VT, VP.';
  const NAME = 'Nguyễn Tất Nhiên';
  const EXPECTED = { gui: ['Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Đảng ủy khối', 'Các phòng chuyên môn, đơn vị thuộc Sở'], luu: 'VT, VP' };
  const build = async (name: string, rows: [Cell, Cell][], rename: Record<string, string> = {}) => {
    const file = join(dir, name);
    writeFileSync(file, await editDocx(rendered, { 'word/document.xml': (xml) => rebuildFooter(xml, rows, rename) }));
    const loaded = await readExistingDocument(file, 'vi');
    return { file, data: loaded.data as Record<string, any>, findings: loaded.report.findings };
  };

  it('a row per line ("Nơi nhận:" | "GIÁM ĐỐC", "- …;" | "", …, "- Lưu: VT, VP." | name): each paragraph goes to the side of its cell', async () => {
    const { data, findings } = await build('rows.docx', [[['Nơi nhận:'], ['GIÁM ĐỐC']], [[A], []], [[B], []], [[C], []], [[L], [NAME]]]);
    expect(data.noi_nhan).toEqual(EXPECTED);
    expect(data.nguoi_ky).toEqual({ chuc_vu: 'GIÁM ĐỐC', ho_ten: NAME });
    expect(findings.filter((f) => f.ruleId.startsWith('reader/'))).toEqual([]);
    // No signature check lands on a recipient line.
    expect(findings.filter((f) => f.message.includes('Ban ') || f.message.includes('Lưu'))).toEqual([]);
  });
  it('the same with the title in ordinary case: read as the title (and reported as one, in capitals), never as a recipient', async () => {
    const { file, data } = await build('rows-lower.docx', [[['Nơi nhận:'], ['Giám đốc']], [[A], []], [[B], []], [[C], []], [[L], [NAME]]], { 'GIÁM ĐỐC': 'Giám đốc' });
    expect(data.noi_nhan).toEqual(EXPECTED);
    expect(data.nguoi_ky).toEqual({ chuc_vu: 'Giám đốc', ho_ten: NAME });
    const lint = runDvk(['lint', file, '--format', 'json']);
    const found = JSON.parse(lint.stdout).files[0].findings as { ruleId: string; line: number }[];
    expect(found.filter((f) => f.ruleId === 'chuc-vu-uppercase').length).toBe(1);
    expect(found.filter((f) => f.ruleId.startsWith('noi-nhan') || f.ruleId.startsWith('reader/'))).toEqual([]);
  });
  it('the signature in the left cell, the nơi nhận in the right: the footer starts with the row, the body is not extended', async () => {
    const { data, findings } = await build('signature-left.docx', [[['GIÁM ĐỐC', '', NAME], ['Nơi nhận:', A, B, C, L]]]);
    expect(data.noi_nhan).toEqual(EXPECTED);
    expect(data.nguoi_ky).toEqual({ chuc_vu: 'GIÁM ĐỐC', ho_ten: NAME });
    expect(findings.filter((f) => f.ruleId.startsWith('reader/') || f.ruleId === 'body-terminator')).toEqual([]);
  });
  it('the rendered table itself still reads as before', async () => {
    const { data } = await build('as-rendered.docx', [[['Nơi nhận:', A, B, C, L], ['GIÁM ĐỐC', '', NAME]]]);
    expect(data.noi_nhan).toEqual(EXPECTED);
    expect(data.nguoi_ky).toEqual({ chuc_vu: 'GIÁM ĐỐC', ho_ten: NAME });
  });
});
