// dvk import and dvk lint on existing documents, through the built binary (npm run build first).
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogIds } from '../../src/lint/catalog.js';
import { runDvk, tempDir } from '../helpers/cli.js';
import { SEEDS, seedFile, words } from '../reader/helpers.js';

const lintJson = (file: string) => {
  const r = runDvk(['lint', file, '-f', 'json']);
  const report = JSON.parse(r.stdout) as { files: { findings: { ruleId: string; line: number; column: number; message: string }[] }[] };
  return { code: r.code, findings: report.files[0]!.findings };
};

describe('dvk import', () => {
  for (const id of SEEDS) {
    it(`seed ${id}: writes a plan that dvk validate accepts, without touching the source`, () => {
      const dir = tempDir();
      const src = join(dir, `seed-${id}.txt`);
      copyFileSync(seedFile(id), src);
      const before = readFileSync(src);
      const mtime = statSync(src).mtimeMs;
      const r = runDvk(['import', src]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = join(dir, `seed-${id}.yaml`);
      const yaml = readFileSync(out, 'utf8');
      expect(yaml).toMatch(/^# yaml-language-server: \$schema=.*schemas\/plan\.schema\.json/);
      expect(runDvk(['validate', out]).code).toBe(0);
      expect(readFileSync(src)).toEqual(before);
      expect(statSync(src).mtimeMs).toBe(mtime);
    });
  }

  it('marks unsure values and fills what is missing with a placeholder (seed 003: a draft)', () => {
    const dir = tempDir();
    const out = join(dir, 'kh.yaml');
    expect(runDvk(['import', seedFile('003'), '-o', out]).code).toBe(0);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml).toContain('du_thao: true');
    expect(yaml).toMatch(/# dvk: chưa chắc — bản gốc để trống số hoặc ngày/);
    expect(yaml).toMatch(/# dvk: chưa chắc — bản gốc không có \(hoặc dvk không nhận ra\) tên cơ quan ban hành; hãy bổ sung\n\s+ten: "\[CẦN BỔ SUNG\]"/);
    // The mistakes stay, so linting the imported plan still shows them.
    expect(yaml).toContain('Ban Dân vận Tỉnh uỷ ;');
  });

  it('refuses to overwrite without --force, and never writes over the source', () => {
    const dir = tempDir();
    const src = join(dir, 'a.txt');
    copyFileSync(seedFile('001'), src);
    writeFileSync(join(dir, 'a.yaml'), 'mine');
    const r = runDvk(['import', src]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('đã có; dvk không ghi đè');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('mine');
    expect(runDvk(['import', src, '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('he_thong: dang');
    const same = runDvk(['import', src, '-o', src, '--force']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('trùng với tệp gốc');
  });

  it('refuses a plan YAML and a PDF with a clear message, exit 2', () => {
    const yaml = runDvk(['import', 'examples/dang-ke-hoach-dan-van-kheo-dhtn.yaml']);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain('đã là tệp kế hoạch YAML');
    const pdf = runDvk(['import', 'ke-hoach.pdf']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('không đọc tệp .pdf');
  });

  it('says in English what it did with --lang en', () => {
    const dir = tempDir();
    const r = runDvk(['import', seedFile('004'), '-o', join(dir, 'x.yaml'), '--lang', 'en']);
    expect(r.stdout).toMatch(/^Wrote .*x\.yaml/);
    expect(r.stdout).toContain('(marked “# dvk: unsure”)');
  });

  it('writes every YAML comment in the --lang language; the values stay as the document wrote them', () => {
    const dir = tempDir();
    for (const id of SEEDS) {
      const en = join(dir, `en-${id}.yaml`);
      const vi = join(dir, `vi-${id}.yaml`);
      expect(runDvk(['import', seedFile(id), '-o', en, '--lang', 'en']).code).toBe(0);
      expect(runDvk(['import', seedFile(id), '-o', vi]).code).toBe(0);
      const comments = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => /^\s*#/.test(l)).map((l) => l.replace(/^\s*#/, ''));
      const enComments = comments(en);
      const viComments = comments(vi);
      expect(enComments.length).toBe(viComments.length);
      // English comments: the unsure mark and the reasons in English. Quoted words of the
      // document (“…”) may be Vietnamese; nothing else is.
      for (const c of enComments.slice(1)) {
        expect(c).not.toMatch(/chưa chắc|bản gốc|Nhập từ|ghép|hãy/u);
        expect(c.replace(/“[^”]*”|"[^"]*"|\[[^\]]*\]/gu, '')).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu);
      }
      expect(enComments.filter((c) => c.startsWith(' dvk: unsure — ')).length).toBe(viComments.filter((c) => c.startsWith(' dvk: chưa chắc — ')).length);
      // Same data either way.
      const data = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
      expect(data(en)).toBe(data(vi));
    }
    const yaml = readFileSync(join(dir, 'en-003.yaml'), 'utf8');
    expect(yaml).toMatch(/# dvk: unsure — nothing found for the issuing organ in the original \(or dvk missed it\); fill it in\n\s+ten: "\[CẦN BỔ SUNG\]"/);
    expect(yaml).toMatch(/# dvk: unsure — the original leaves the number or day blank: treated as a draft\n\s*du_thao: true/);
  });
});

describe('import → render: the rendered text keeps the seed’s words', () => {
  // Compared word by word (as a multiset), without punctuation at word ends, numbering
  // (dvk writes its own) and Markdown syntax.
  const norm = (text: string) =>
    words(text.replace(/\\/g, '').replace(/<[^>]+>|\|:?-{3}:?|[|#]/g, ' '))
      .map((w) => w.replace(/^\*+|\*+$/g, '').replace(/(\.\/\.|\/\.)$/u, '.').replace(/[.,;:]+$/u, ''))
      .filter((w) => w !== '' && !/^[-+*]$/.test(w))
      // The renderer prints part titles in capitals (roman-heading-uppercase still flags the plan).
      .map((w) => w.toLocaleLowerCase('vi'));
  for (const id of SEEDS) {
    it(`seed ${id}`, () => {
      const dir = tempDir();
      const plan = join(dir, 'plan.yaml');
      expect(runDvk(['import', seedFile(id), '-o', plan]).code).toBe(0);
      const md = join(dir, 'plan.md');
      const r = runDvk(['render', plan, '--format', 'md', '-o', md]);
      expect(r.code, r.stderr).toBe(0);
      const rendered = new Map<string, number>();
      for (const w of norm(readFileSync(md, 'utf8'))) rendered.set(w, (rendered.get(w) ?? 0) + 1);
      const seed = readFileSync(seedFile(id), 'utf8').split('\n');
      // From the tên loại on: the header of the seeds is partly a received stamp.
      const from = seed.findIndex((l) => /^(KẾ HOẠCH|HƯỚNG DẪN)$/.test(l.trim()));
      const missing: string[] = [];
      for (const w of norm(seed.slice(from).join('\n'))) {
        const n = rendered.get(w) ?? 0;
        if (n === 0) missing.push(w);
        else rendered.set(w, n - 1);
      }
      // Seed 002 breaks “25-” / “NQ/TW” over a page break; the reader joins them into one word.
      expect(missing.filter((w) => !['25-', 'nq/tw'].includes(w))).toEqual([]);
    });
  }
});

describe('dvk lint on the seed documents (.txt): their real mistakes', () => {
  const known = new Set(catalogIds());
  // [seed, rule, line, text that must appear in the message]; rules from src/lint/rules run only
  // when they are in this build's catalog (reader findings always).
  const expected: [string, string, number, string][] = [
    ['000', 'so-ky-hieu-format', 6, 'hai chấm'],
    ['000', 'so-ky-hieu-format', 6, '08 '],
    ['000', 'quyen-han-format', 71, 'T/M.'],
    ['000', 'noi-nhan-punctuation', 66, '.'],
    ['000', 'reader/stamp', 8, 'công văn đến'],
    ['001', 'so-ky-hieu-format', 4, '22 '],
    ['001', 'chuc-vu-spelling', 73, 'KHO BÍ THƯ'],
    ['001', 'quote-pairing', 15, 'khoảng trắng'],
    ['001', 'quote-pairing', 55, '‘…’'],
    ['001', 'quote-pairing', 59, '”'],
    ['001', 'noi-nhan-luu-form', 70, 'Lưu:'],
    ['002', 'reader/not-found', 3, 'số, ký hiệu'],
    ['002', 'noi-nhan-punctuation', 59, ','],
    ['003', 'draft-placeholders', 3, 'số văn bản'],
    ['003', 'draft-placeholders', 5, 'ngày'],
    ['003', 'roman-heading-uppercase', 17, 'MỤC ĐÍCH'],
    ['003', 'noi-nhan-punctuation', 47, ';'],
    ['003', 'noi-nhan-luu-form', 50, 'Lưu :'],
    ['004', 'noi-nhan-duplicate', 97, 'Ban Chỉ đạo'],
    ['004', 'noi-nhan-duplicate', 98, 'trực thuộc'],
  ];
  for (const id of SEEDS) {
    const mine = expected.filter(([s]) => s === id);
    const runnable = mine.filter(([, rule, , text]) => rule.startsWith('reader/') || known.has(rule) || text === 'hai chấm');
    it(`seed ${id}: ${runnable.map(([, r, l]) => `${r}@${l}`).join(', ')}`, () => {
      const { code, findings } = lintJson(seedFile(id));
      expect(code).toBe(1);
      for (const [, rule, line, text] of runnable) {
        const hit = findings.find((f) => f.ruleId === rule && f.line === line && f.message.includes(text));
        expect(hit, `${rule} at line ${line} (“${text}”) in ${JSON.stringify(findings.map((f) => `${f.line} ${f.ruleId}`))}`).toBeDefined();
      }
    });
  }

  it('one finding per missing part: reader/not-found, never draft-placeholders on the same part as well', () => {
    // Seed 002 has no number line and no date line at all: the reader reports both as not
    // found; draft-placeholders ("fill in the number") would say the same thing again.
    const { findings } = lintJson(seedFile('002'));
    const at = (rule: string) => findings.filter((f) => f.ruleId === rule).map((f) => `${f.line}:${f.column}`);
    expect(findings.filter((f) => f.ruleId === 'reader/not-found' && /số, ký hiệu|ngày tháng/.test(f.message))).toHaveLength(2);
    expect(at('draft-placeholders')).toEqual([]);
    // Seed 003 writes the number and the day blank (“Số: /KH-SKHCN”): found, so only draft-placeholders.
    const blank = lintJson(seedFile('003')).findings;
    expect(blank.filter((f) => f.ruleId === 'draft-placeholders').map((f) => f.line)).toEqual([3, 5]);
    expect(blank.some((f) => f.ruleId === 'reader/not-found' && /số, ký hiệu|ngày tháng/.test(f.message))).toBe(false);
    for (const id of SEEDS) {
      const all = lintJson(seedFile(id)).findings;
      const notFound = (what: RegExp) => all.some((f) => f.ruleId === 'reader/not-found' && what.test(f.message));
      const placeholder = (what: RegExp) => all.some((f) => f.ruleId === 'draft-placeholders' && what.test(f.message));
      expect(notFound(/số, ký hiệu/) && placeholder(/số văn bản/), id).toBe(false);
      expect(notFound(/ngày tháng/) && placeholder(/chưa đủ ngày/), id).toBe(false);
    }
  });

  it('a missing file and a directory are clear, exit 2', () => {
    const r = runDvk(['lint', 'khong-co.docx']);
    expect(r.code).toBe(2);
  });
});

describe('the imported plan keeps the seed mistakes for dvk lint', () => {
  it('seed 001 imported then linted: the space in “22 ” and “KHO BÍ THƯ” are still reported', () => {
    if (!catalogIds().includes('chuc-vu-spelling')) return;
    const dir = tempDir();
    const out = join(dir, 's.yaml');
    runDvk(['import', seedFile('001'), '-o', out]);
    expect(existsSync(out)).toBe(true);
    const { findings } = lintJson(out);
    expect(findings.some((f) => f.ruleId === 'so-ky-hieu-format')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'chuc-vu-spelling')).toBe(true);
  });
});
