// Editor support that survives a copy (issue 12): `dvk init` puts the schemas in the office
// folder (.dvk/), every plan points there by a relative path, `dvk init --update` refreshes the
// copy, and a copied folder still gets completion. The last part runs yaml-language-server (the
// engine of VS Code's Red Hat YAML extension) when YLS names its launcher, and skips otherwise:
//   npm install --prefix /tmp/yls yaml-language-server@1
//   YLS=/tmp/yls/node_modules/yaml-language-server/bin/yaml-language-server npx vitest run test/cli/editor-portable.test.ts
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const installed = (kind: string) => readFileSync(join(repoRoot, 'schemas', `${kind}.schema.json`), 'utf8');
const firstLine = (file: string) => readFileSync(file, 'utf8').split('\n')[0]!;
const reference = (file: string) => firstLine(file).replace('# yaml-language-server: $schema=', '');
const office = ['--he-thong', 'nha_nuoc', '--co-quan', 'Sở Khoa học và Công nghệ', '--dia-danh', 'Hà Nam'];

/** An office made by `dvk init`, with a plan in a subfolder. */
function makeOffice(): { dir: string; plan: string } {
  const dir = tempDir();
  const init = runDvk(['init', ...office], { cwd: dir });
  expect(init.code).toBe(0);
  expect(init.stdout).toContain('Đã chép schema vào .dvk/');
  const made = runDvk(['new', 'kehoach', join('2027', 'ke-hoach.yaml'), '--trich-yeu', 'Chuyển đổi số'], { cwd: dir });
  expect(made.code).toBe(0);
  return { dir, plan: join(dir, '2027', 'ke-hoach.yaml') };
}

describe('portable editor support', () => {
  it('dvk init copies both schemas into .dvk/ and the config points there', () => {
    const { dir, plan } = makeOffice();
    expect(readFileSync(join(dir, '.dvk', 'plan.schema.json'), 'utf8')).toBe(installed('plan'));
    expect(readFileSync(join(dir, '.dvk', 'config.schema.json'), 'utf8')).toBe(installed('config'));
    expect(firstLine(join(dir, 'dvk.config.yaml'))).toBe('# yaml-language-server: $schema=.dvk/config.schema.json');
    expect(firstLine(plan)).toBe('# yaml-language-server: $schema=../.dvk/plan.schema.json');
  });

  it('a copied office folder still resolves every schema line, and nothing points back to the original', () => {
    const { dir } = makeOffice();
    const copy = join(tempDir(), 'ban-sao');
    cpSync(dir, copy, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    for (const file of [join(copy, 'dvk.config.yaml'), join(copy, '2027', 'ke-hoach.yaml')]) {
      const ref = reference(file);
      expect(ref.startsWith('/')).toBe(false);
      expect(existsSync(resolve(dirname(file), ref))).toBe(true);
    }
    expect(runDvk(['validate', join(copy, '2027', 'ke-hoach.yaml')]).code).toBe(0);
  });

  it('dvk init --update refreshes a stale copy, from the office or any subfolder, and asks nothing', () => {
    const { dir } = makeOffice();
    writeFileSync(join(dir, '.dvk', 'plan.schema.json'), '{}\n');
    const config = readFileSync(join(dir, 'dvk.config.yaml'), 'utf8');
    const r = runDvk(['init', '--update'], { cwd: join(dir, '2027') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\.\.\/\.dvk\/plan\.schema\.json: đã cập nhật theo dvk \d+\.\d+\.\d+/);
    expect(r.stdout).toMatch(/config\.schema\.json: đã đúng với dvk/);
    expect(readFileSync(join(dir, '.dvk', 'plan.schema.json'), 'utf8')).toBe(installed('plan'));
    expect(existsSync(join(dir, '2027', '.dvk'))).toBe(false);
    expect(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8')).toBe(config);
    const again = runDvk(['init', '--update', '--lang', 'en'], { cwd: dir });
    expect(again.stdout).toContain('.dvk/plan.schema.json: already matches dvk');
  });

  it('dvk init --update repoints files written before the office had .dvk/, changing only their first line', () => {
    const { dir } = makeOffice();
    const old = join(dir, '2027', 'cu.yaml');
    const body = readFileSync(join(dir, '2027', 'ke-hoach.yaml'), 'utf8').split('\n').slice(1).join('\n');
    writeFileSync(old, `# yaml-language-server: $schema=/home/may-cu/.npm/dvk/schemas/plan.schema.json\n${body}`);
    const oldConfig = readFileSync(join(dir, 'dvk.config.yaml'), 'utf8').replace('$schema=.dvk/config.schema.json', '$schema=C:/dvk/schemas/config.schema.json');
    writeFileSync(join(dir, 'dvk.config.yaml'), oldConfig);
    const other = join(dir, 'khac.yaml');
    writeFileSync(other, '# yaml-language-server: $schema=https://example.org/khac.json\na: 1\n');
    const r = runDvk(['init', '--update'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2027/cu.yaml: dòng schema ở đầu tệp nay trỏ tới .dvk/');
    expect(r.stdout).toContain('dvk.config.yaml: dòng schema');
    expect(r.stdout).not.toContain('ke-hoach.yaml');
    expect(readFileSync(old, 'utf8')).toBe(`# yaml-language-server: $schema=../.dvk/plan.schema.json\n${body}`);
    expect(firstLine(join(dir, 'dvk.config.yaml'))).toBe('# yaml-language-server: $schema=.dvk/config.schema.json');
    expect(readFileSync(other, 'utf8')).toBe('# yaml-language-server: $schema=https://example.org/khac.json\na: 1\n');
    expect(runDvk(['init', '--update'], { cwd: dir }).stdout).not.toContain('trỏ tới .dvk/');
  });

  it('an office whose config predates .dvk/ gets the copy beside its config at the next dvk new', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\nhe_thong: nha_nuoc\n');
    mkdirSync(join(dir, 'con'));
    const r = runDvk(['new', 'thongbao', 'tb.yaml', ...office, '--viet-tat', 'SKHCN', '--trich-yeu', 'X'], { cwd: join(dir, 'con') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã chép schema vào ../.dvk/ bên cạnh dvk.config.yaml');
    expect(firstLine(join(dir, 'con', 'tb.yaml'))).toBe('# yaml-language-server: $schema=../.dvk/plan.schema.json');
  });

  it('with no office folder at all, dvk new says the schema line is tied to this computer', () => {
    const dir = tempDir();
    const r = runDvk(['new', 'thongbao', 'tb.yaml', ...office, '--viet-tat', 'SKHCN', '--trich-yeu', 'X'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Chạy `dvk init`');
    expect(existsSync(join(dir, '.dvk'))).toBe(false);
    expect(reference(join(dir, 'tb.yaml'))).toBe(join(repoRoot, 'schemas', 'plan.schema.json'));
  });

  const yls = process.env.YLS;
  it.skipIf(!yls)('yaml-language-server completes and explains a plan in a copied folder (set YLS to run)', () => {
    const { dir } = makeOffice();
    const copy = join(tempDir(), 'ban-sao');
    cpSync(dir, copy, { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    const plan = join(copy, '2027', 'ke-hoach.yaml');
    // A wrong value, so the server has something to underline if (and only if) it read the schema.
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('he_thong: nha_nuoc', 'he_thong: nha_nuocx'));
    const lines = readFileSync(plan, 'utf8').split('\n');
    const subject = lines.findIndex((l) => l.startsWith('trich_yeu:')) + 1;
    const probe = spawnSync(process.execPath, [join(repoRoot, 'test', 'scaffold', 'editor-probe.mjs'), plan, `hover:${subject}:3`, `completion:${lines.length}:1`], {
      encoding: 'utf8',
      env: { ...process.env, YLS: yls! },
      timeout: 60_000,
    });
    expect(probe.status).toBe(0);
    expect(probe.stdout).toMatch(/== diagnostics\n\d+:\d+ \[1\] Value is not accepted\. Valid values: "nha_nuoc", "dang"/);
    expect(probe.stdout).toMatch(/== hover \d+:3\n#### Trích yếu/);
    // The schema the server read is the copy's own, not the installed one.
    expect(probe.stdout).toContain(`(${pathToFileURL(join(copy, '.dvk', 'plan.schema.json')).href})`);
    expect(probe.stdout).toMatch(/== completion \d+:1 \([1-9]\d*\)/);
  }, 60_000);
});
