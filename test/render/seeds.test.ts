// The five seed documents re-created as plans: the rendered .docx must say the same words as the
// seed, from the document type to the signer's name. The only differences allowed are listed
// below, each a format correction (or a header fact the seed lacks), never a change of wording.
import { diffArrays } from 'diff';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docxText, renderFile } from './helpers.js';

// shared/ sits beside the repository (../shared), in a developer's checkout as in CI's clean clone.
const SEEDS = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

/** Words only: case, quotes, punctuation and numbering punctuation ("I-" vs "I.") do not count. */
const words = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi-VN').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function differences(seedText: string, rendered: string[]): { removed: string[]; added: string[] } {
  const seedWords = words(seedText);
  const ours = words(rendered.join('\n'));
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffArrays(seedWords, ours)) {
    if (part.removed) removed.push(part.value.join(' '));
    if (part.added) added.push(part.value.join(' '));
  }
  return { removed, added };
}

const cases: { seed: string; example: string; from: RegExp; removed: string[]; added: string[] }[] = [
  {
    seed: '001_9cbe3e6e0168941e.txt',
    example: 'examples/dang-ke-hoach-dan-van-kheo-2016-2020.yaml',
    from: /^KẾ HOẠCH$/m,
    // “(t/h)” → “(để thực hiện)”; the seed's typos “KHO BÍ THƯ” → “PHÓ BÍ THƯ” and
    // “Lĩnh vực phòng - an ninh” → “quốc phòng - an ninh”.
    removed: ['t h', 'kho'],
    added: ['quốc', 'để thực hiện', 'phó'],
  },
  {
    seed: '002_0b6c1c9ddd93490a.txt',
    example: 'examples/dang-ke-hoach-thuc-hien-chi-thi-45-thach-ha.yaml',
    from: /^KẾ HOẠCH$/m,
    // “(b/c)” written out as the purpose form “(để báo cáo)”; the seed's “tiếp tục thực Nghị quyết
    // số 25-NQ/TW” gets its missing word and, as the first mention, its date.
    removed: ['b c'],
    added: ['hiện', 'ngày 03 6 2013', 'để báo cáo'],
  },
  {
    seed: '004_33f224fdd1db13f7.txt',
    example: 'examples/dang-huong-dan-dan-van-kheo-2024-tuyen-quang.yaml',
    from: /^HƯỚNG DẪN$/m,
    // “hoá” → “hóa” (one tone-mark style); “(Báo cáo)” → “(để báo cáo)”, twice; the two
    // recipients the seed lists twice under other words kept once; the deputy signs “K/T TRƯỞNG BAN”.
    removed: ['hoá', 'các thành viên bcđ của tỉnh các huyện ủy thành ủy đảng ủy trực thuộc tỉnh ủy'],
    added: ['hóa', 'để', 'để', 'k t trưởng ban'],
  },
  {
    seed: '000_aa90f0a318717af7.txt',
    example: 'examples/dang-ke-hoach-dan-van-kheo-dhtn.yaml',
    from: /^KẾ HOẠCH$/m,
    // The example (written before the renderer) words the short name as “(sau đây gọi tắt là …)”,
    // spells out CBVC, HSSV, and drops the wrong “T/M BAN DÂN VẬN” (the head of a Ban signs
    // directly, HD 36); “(để báo cáo)” is the purpose form.
    removed: ['chỉ thị số 25 ct tu', 'cbvc hssv', 't m ban dân vận'],
    added: ['sau đây gọi tắt là chỉ thị số 25 ct tu', 'cán bộ viên chức học sinh sinh viên', 'để'],
  },
  {
    seed: '003_967135d33bb71941.txt',
    example: 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml',
    from: /^KẾ HOẠCH$/m,
    // Tone marks in the modern position (khoá → khóa, uỷ → ủy, kỉ → kỷ), the second mention of
    // two documents shortened to type + number (NĐ 30, Phụ lục I, II.6.b), “Giao cho” → “Giao”,
    // and the drafting unit added to the archive line (“Lưu: VT, VP.”).
    removed: ['khoá', 'ngày 03 6 2013 của ban chấp hành trung ương đảng khoá xi về tăng cường công tác dân vận trong tình hình mới', 'ngày 16 10 2013 của tỉnh uỷ về tăng cường công tác dân vận của chính quyền đáp ứng yêu cầu trong tình hình mới', 'uỷ', 'cho', 'uỷ', 'kỉ', 'uỷ', 'uỷ'],
    added: ['khóa', 'ủy', 'ủy', 'kỷ', 'ủy', 'ủy', 'vp'],
  },
];

describe.skipIf(!existsSync(SEEDS))('seed documents re-created as plans', () => {
  it.each(cases)('$example says the words of $seed', async ({ seed, example, from, removed, added }) => {
    const seedText = readFileSync(`${SEEDS}/${seed}`, 'utf8');
    const body = seedText.slice(seedText.search(from));
    const r = await renderFile(example);
    const text = docxText(r.documentXml);
    const start = text.findIndex((t) => from.test(t));
    const d = differences(body, text.slice(start));
    expect(d).toEqual({ removed, added });
  });
});

describe('format mistakes of the seeds are not reproduced', () => {
  it('prints “Số 22-KH/ĐU” where seed 001 has “Số 22 -KH/ĐU”, and the body mark of HD 36', async () => {
    const text = docxText((await renderFile('examples/dang-ke-hoach-dan-van-kheo-2016-2020.yaml')).documentXml);
    expect(text).toContain('Số 22-KH/ĐU');
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
    expect(text).toContain('PHÓ BÍ THƯ');
    expect(text).toContain('- Lưu VP-BTG/ĐU.');
    expect(text.some((t) => t.startsWith('I. MỤC ĐÍCH, YÊU CẦU'))).toBe(true);
    expect(text.some((t) => /“ |‘/.test(t))).toBe(false);
  });
});
