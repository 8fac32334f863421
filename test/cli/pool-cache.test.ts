// Issue 13, items 3 and 4, as a user runs them (the built binary): a run linted by worker threads
// prints exactly what a one-thread run prints, in every format; `--cache` gives the same output
// warm as cold, lints again only what changed while the run-level rules still see every file, and
// a damaged or foreign cache file is ignored with a note, never trusted.
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planYaml } from '../../src/lint/testing.js';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const examples = readdirSync(join(repoRoot, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(repoRoot, 'examples', f), 'utf8'));

/** A small repository: copies of the examples with their own numbers, two planted duplicates, a broken file, two configs. */
function repository(count: number): string {
  const dir = tempDir('dvk-pool-');
  mkdirSync(join(dir, 'plans', 'sub'), { recursive: true });
  // The sub-folder has its own config: a rule turned off there only.
  writeFileSync(join(dir, 'plans', 'sub', 'dvk.config.yaml'), 'dvk: 1\nquy_tac:\n  so-leading-zero: "off"\n');
  for (let i = 0; i < count; i++) {
    // Files i and i + 9 are copies of the same example: the same number there is a duplicate.
    const number = i === 20 || i === 29 ? '777' : i === 40 || i === 49 ? '778' : String(i + 1);
    const text = examples[i % examples.length]!.replace(/^so: .*$/m, `so: "${number}"`);
    const directive = i === 5 ? text.replace(/^so: (.*)$/m, 'so: $1 # dvk-disable-line so-leading-zero -- số cũ giữ nguyên') : text;
    writeFileSync(join(dir, 'plans', i % 4 === 0 ? 'sub' : '', `p${String(i).padStart(3, '0')}.yaml`), directive);
  }
  writeFileSync(join(dir, 'plans', 'broken.yaml'), 'dvk: 1\nloai: [\n');
  // Documents read by the .txt/.docx reader (in a worker too), named beside the folder.
  cpSync(join(repoRoot, 'test', 'fixtures', 'txt', TXT), join(dir, 'doc.txt'));
  cpSync(join(repoRoot, 'test', 'fixtures', 'docx', DOCX), join(dir, 'doc.docx'));
  return dir;
}

const TXT = readdirSync(join(repoRoot, 'test', 'fixtures', 'txt')).find((f) => f.endsWith('.txt'))!;
const DOCX = readdirSync(join(repoRoot, 'test', 'fixtures', 'docx')).find((f) => f.endsWith('.docx'))!;
const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'];

describe('worker threads (--workers)', () => {
  let dir: string;
  beforeAll(() => {
    dir = repository(60);
  });

  it('a pool run prints exactly what a one-thread run prints, in every format, with the same exit code', () => {
    let json = '';
    for (const format of FORMATS) {
      // Standard input (`-`) stays in the main thread: a worker has none.
      const args = ['lint', 'plans', 'doc.txt', 'doc.docx', '-', '-f', format, '--debug'];
      const one = runDvk([...args, '--workers', '1'], { cwd: dir, input: planYaml('state') });
      const pool = runDvk([...args, '--workers', '2'], { cwd: dir, input: planYaml('state') });
      expect(one.stderr).toContain('(1 thread(s))');
      expect(pool.stderr).toContain('(2 thread(s))');
      expect(pool.code).toBe(one.code);
      expect(pool.stdout).toBe(one.stdout);
      if (format === 'json') json = pool.stdout;
    }
    // What the comparison covers: run-level findings across files, a config per folder, a suppression, an unusable file.
    const report = JSON.parse(json) as { files: { file: string; findings: { ruleId: string }[] }[] };
    const rulesOf = (name: string) => report.files.find((f) => f.file === `plans/${name}`)!.findings.map((f) => f.ruleId);
    expect(rulesOf('p029.yaml')).toContain('duplicate-so-ky-hieu');
    expect(rulesOf('sub/p020.yaml')).toContain('duplicate-so-ky-hieu');
    expect(rulesOf('broken.yaml').length).toBeGreaterThan(0);
    expect(report.files.some((f) => f.file.startsWith('plans/sub/') && f.findings.some((x) => x.ruleId === 'so-leading-zero'))).toBe(false);
    expect(report.files.some((f) => !f.file.startsWith('plans/sub/') && f.findings.some((x) => x.ruleId === 'so-leading-zero'))).toBe(true);
    expect(rulesOf('p005.yaml')).not.toContain('so-leading-zero');
    expect(report.files.map((f) => f.file)).toEqual(expect.arrayContaining(['doc.txt', 'doc.docx', '<stdin>']));
  }, 240_000);

  it('rejects a --workers value that is not auto or a positive integer', () => {
    const r = runDvk(['lint', 'plans', '--workers', '0'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('auto');
  });
});

describe('--cache', () => {
  const lint = (dir: string, args: string[] = []) => runDvk(['lint', 'plans', '-f', 'json', '--debug', ...args], { cwd: dir });
  const linted = (stderr: string) => /dvk: (\d+) linted/.exec(stderr)?.[1];

  it('a warm run prints what a cold run prints; one changed file is linted again and the duplicates across files are still right', () => {
    const dir = repository(60);
    const plain = lint(dir);
    const cold = lint(dir, ['--cache']);
    expect(cold.stdout).toBe(plain.stdout);
    expect(cold.code).toBe(plain.code);
    const warm = lint(dir, ['--cache']);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.code).toBe(plain.code);
    // Every plan from the cache (the broken file too: its findings come from its bytes).
    expect(linted(warm.stderr)).toBe('0');
    // The stylish format draws code frames from the source: the same warm as cold.
    expect(runDvk(['lint', 'plans', '--cache'], { cwd: dir }).stdout).toBe(runDvk(['lint', 'plans'], { cwd: dir }).stdout);

    // p010 now takes p001's number (both copies of the same example): a duplicate that only the run-level rule sees.
    const changed = join(dir, 'plans', 'p010.yaml');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/^so: .*$/m, 'so: "2"'));
    const after = lint(dir, ['--cache']);
    expect(linted(after.stderr)).toBe('1');
    expect(after.stdout).toBe(lint(dir).stdout);
    const files = (JSON.parse(after.stdout) as { files: { file: string; findings: { ruleId: string }[] }[] }).files;
    const duplicates = files.filter((f) => f.findings.some((x) => x.ruleId === 'duplicate-so-ky-hieu')).map((f) => f.file);
    expect(duplicates).toEqual(expect.arrayContaining(['plans/p001.yaml', 'plans/p010.yaml']));
  }, 120_000);

  it('a changed config, --lang or --profile is not served from the cache', () => {
    const dir = repository(30);
    lint(dir, ['--cache']);
    writeFileSync(join(dir, 'plans', 'sub', 'dvk.config.yaml'), 'dvk: 1\n');
    const after = lint(dir, ['--cache']);
    expect(after.stdout).toBe(lint(dir).stdout);
    expect(Number(linted(after.stderr))).toBeGreaterThan(0);
    const en = runDvk(['lint', 'plans', '-f', 'json', '--cache', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toBe(runDvk(['lint', 'plans', '-f', 'json', '--lang', 'en'], { cwd: dir }).stdout);
  }, 120_000);

  it('a damaged cache is ignored with a note on stderr (not in the JSON) and replaced; a file that is not a dvk cache is never written over', () => {
    const dir = repository(20);
    const expected = lint(dir).stdout;
    lint(dir, ['--cache']);
    const cacheFile = join(dir, '.dvkcache');
    const text = readFileSync(cacheFile, 'utf8');
    // A finding's message changed inside the cache: the checksum no longer holds.
    writeFileSync(cacheFile, text.replace('"findings":[{', '"findings":[{"ruleId":"planted","severity":"error","message":"x","file":"x","range":{"start":{"line":1,"column":1,"offset":0},"end":{"line":1,"column":1,"offset":0}}},{'));
    const damaged = lint(dir, ['--cache']);
    expect(damaged.stderr).toContain('bị hỏng');
    expect(damaged.stdout).toBe(expected);
    expect(linted(damaged.stderr)).toBe('21');
    expect(linted(lint(dir, ['--cache']).stderr)).toBe('0');

    const foreign = join(dir, 'notes.txt');
    writeFileSync(foreign, 'ghi chú của tôi\n');
    const r = lint(dir, ['--cache', '--cache-location', foreign]);
    expect(r.stderr).toContain('không phải bộ nhớ đệm của dvk');
    expect(r.stdout).toBe(expected);
    expect(readFileSync(foreign, 'utf8')).toBe('ghi chú của tôi\n');
    // A folder as the location holds .dvkcache.
    mkdirSync(join(dir, 'cachedir'));
    lint(dir, ['--cache', '--cache-location', 'cachedir']);
    expect(readdirSync(join(dir, 'cachedir'))).toEqual(['.dvkcache']);
  }, 120_000);

  it('a hand-made cache whose checksum holds but whose lines do not parse is never a crash: those files are linted again', () => {
    const dir = repository(20);
    const expected = lint(dir).stdout;
    lint(dir, ['--cache']);
    const cacheFile = join(dir, '.dvkcache');
    const lines = readFileSync(cacheFile, 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    lines.pop(); // the checksum trailer
    // Every stored state and run line cut in the middle of its JSON; the checksum written again so that it holds.
    const body = `${lines.map((line, i) => (i === 0 ? line : line.slice(0, line.length - 7))).join('\n')}\n`;
    writeFileSync(cacheFile, `${body}${JSON.stringify({ checksum: createHash('sha256').update(body).digest('hex') })}\n`);
    const r = lint(dir, ['--cache']);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+|SyntaxError|TypeError/);
    expect(r.stdout).toBe(expected);
    expect(Number(linted(r.stderr))).toBeGreaterThan(0);
  }, 120_000);

  // --cache-strategy: metadata (the default) trusts a file whose size, mtime, ctime and inode are
  // unchanged; content reads and hashes every file. Both key the findings on the bytes.
  const duplicatesIn = (stdout: string) =>
    (JSON.parse(stdout) as { files: { file: string; findings: { ruleId: string }[] }[] }).files.filter((f) => f.findings.some((x) => x.ruleId === 'duplicate-so-ky-hieu')).map((f) => f.file);

  it('a touched file with the same bytes is taken from the cache with either strategy', () => {
    const dir = repository(20);
    const expected = lint(dir).stdout;
    for (const strategy of ['content', 'metadata']) {
      lint(dir, ['--cache', '--cache-strategy', strategy]);
      const file = join(dir, 'plans', 'p001.yaml');
      const later = new Date(Date.now() + 5_000);
      utimesSync(file, later, later);
      const touched = lint(dir, ['--cache', '--cache-strategy', strategy]);
      expect(linted(touched.stderr)).toBe('0');
      expect(touched.stdout).toBe(expected);
    }
  }, 120_000);

  it('changed bytes of the same size with the mtime set back are seen (the metadata strategy compares the ctime too)', () => {
    const dir = repository(20);
    // p010's number "11" becomes "99": the same size; the mtime is then set back (a whole second: exactly).
    const file = join(dir, 'plans', 'p010.yaml');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    lint(dir, ['--cache']);
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^so: "11"$/m, 'so: "99"');
    expect(changed).not.toBe(text);
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(text));
    writeFileSync(file, changed);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).size).toBe(before.size);
    const after = lint(dir, ['--cache']);
    expect(linted(after.stderr)).toBe('1');
    expect(after.stdout).toBe(lint(dir).stdout);
  }, 120_000);

  it('a deleted or renamed file: the run-level findings follow, the old name leaves the cache, and YAML that stops being a plan is no longer linted', () => {
    const dir = repository(60);
    lint(dir, ['--cache']);
    // 20 and 29 share a number.
    expect(duplicatesIn(lint(dir, ['--cache']).stdout)).toEqual(expect.arrayContaining(['plans/sub/p020.yaml', 'plans/p029.yaml']));

    // A rename: the name is part of the key, so the file is linted again under its new name.
    renameSync(join(dir, 'plans', 'p029.yaml'), join(dir, 'plans', 'renamed.yaml'));
    const renamed = lint(dir, ['--cache']);
    expect(linted(renamed.stderr)).toBe('1');
    expect(renamed.stdout).toBe(lint(dir).stdout);
    expect(duplicatesIn(renamed.stdout)).toEqual(expect.arrayContaining(['plans/sub/p020.yaml', 'plans/renamed.yaml']));
    let cacheText = readFileSync(join(dir, '.dvkcache'), 'utf8');
    expect(cacheText).toContain('renamed.yaml');
    expect(cacheText).not.toContain('p029.yaml');

    // Deleted: nothing is linted, yet p020 is no longer reported as a duplicate, and the cache forgets the file.
    unlinkSync(join(dir, 'plans', 'renamed.yaml'));
    const deleted = lint(dir, ['--cache']);
    expect(linted(deleted.stderr)).toBe('0');
    expect(deleted.stdout).toBe(lint(dir).stdout);
    expect(duplicatesIn(deleted.stdout)).not.toContain('plans/sub/p020.yaml');
    cacheText = readFileSync(join(dir, '.dvkcache'), 'utf8');
    expect(cacheText).not.toContain('renamed.yaml');

    // A cached plan rewritten as other YAML (no dvk: key): a folder search no longer lints it.
    writeFileSync(join(dir, 'plans', 'p041.yaml'), 'name: ci\non: push\n');
    const notPlan = lint(dir, ['--cache']);
    expect(notPlan.stdout).not.toContain('p041.yaml');
    expect(notPlan.stdout).toBe(lint(dir).stdout);
  }, 120_000);

  it('the stylish format shows code frames of files taken from the cache (read only for files with findings)', () => {
    const dir = repository(20);
    const plain = runDvk(['lint', 'plans'], { cwd: dir }).stdout;
    expect(plain).toContain(' | ');
    runDvk(['lint', 'plans', '--cache'], { cwd: dir });
    expect(runDvk(['lint', 'plans', '--cache'], { cwd: dir }).stdout).toBe(plain);
    expect(runDvk(['lint', 'plans', '--cache', '--cache-strategy', 'content'], { cwd: dir }).stdout).toBe(plain);
  }, 120_000);

  it('--fix with --cache fixes a cached file that has something to fix, and the next run lints the fixed file', () => {
    const dir = tempDir('dvk-cache-fix-');
    mkdirSync(join(dir, 'plans'));
    cpSync(join(repoRoot, 'examples'), join(dir, 'plans'), { recursive: true });
    const wrong = planYaml('party', { nguoi_ky: { quyen_han: 'T/M.', tap_the: 'BAN THƯỜNG VỤ' } });
    const file = join(dir, 'plans', 'sai.yaml');
    writeFileSync(file, wrong);
    expect(lint(dir, ['--cache']).stdout).toContain('quyen-han-format');
    const fixed = runDvk(['lint', 'plans', '--cache', '--fix', '--debug', '-f', 'json'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).not.toBe(wrong);
    expect(readFileSync(file, 'utf8')).toContain('T/M\n');
    expect(fixed.stdout).not.toContain('quyen-han-format');
    const next = lint(dir, ['--cache']);
    expect(next.stdout).toBe(lint(dir).stdout);
    expect(next.stdout).not.toContain('quyen-han-format');
  }, 120_000);
});
