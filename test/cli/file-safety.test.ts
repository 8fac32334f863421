// Issue 14, file safety, as a user meets it through the built binary: no command writes over an
// input, a config or a file dvk did not write (without --force); `lint --fix` never loses an edit
// saved while it runs; a FIFO or a device never hangs a command; a user's mistake on writing (a
// read-only folder, a missing folder, a full disk, a file-size limit) gets a plain message, exit 2,
// the target whole and no temporary file left behind.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvkBin, repoRoot, runDvk, tempDir, type CliResult } from '../helpers/cli.js';
import { seedFile } from '../reader/helpers.js';

const STATE = join(repoRoot, 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml');
const STATE_TEXT = readFileSync(STATE, 'utf8');
const isRoot = process.getuid?.() === 0;
const office = ['--he-thong', 'nha_nuoc', '--co-quan', 'Sở Khoa học và Công nghệ', '--viet-tat', 'SKHCN', '--dia-danh', 'Hà Nam', '--trich-yeu', 'Tổ chức hội nghị'];

function copyPlan(dir: string, name = 'ke-hoach.yaml'): string {
  copyFileSync(STATE, join(dir, name));
  return join(dir, name);
}

function fifo(path: string): string {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

/** What every refusal of a user's mistake must not look like. */
function plainRefusal(r: CliResult): void {
  expect(r.code).toBe(2);
  const all = r.stdout + r.stderr;
  expect(all).not.toContain('lỗi nội bộ');
  expect(all).not.toMatch(/\bE(ACCES|NOENT|ISDIR|NOTDIR|NOSPC|FBIG|PERM|ROFS)\b/);
  expect(all).not.toMatch(/\.tmp\b|dvk-tmp/);
  expect(all).not.toMatch(/at .*\.js:\d+/);
}

/** Left-over temporary files in a folder (anything that is not one of `expected`). */
function strays(dir: string, expected: string[]): string[] {
  return readdirSync(dir).filter((f) => !expected.includes(f));
}

/** Runs dvk as an unprivileged user when the tests run as root (root writes into read-only folders). */
function runAsUser(args: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [dvkBin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DVK_LANG: '' },
    timeout: 60_000,
    ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A folder the unprivileged user can read but not write, holding a copy of the plan. */
function readOnlyFolder(): { dir: string; plan: string } {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const plan = copyPlan(dir);
  chmodSync(plan, 0o644);
  chmodSync(dir, 0o555);
  return { dir, plan };
}

describe('item 1: an output never replaces an input, a config, or a file dvk did not write', () => {
  it('render -o naming the plan itself: refused even with --force, the plan kept', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    for (const extra of [[], ['--force']]) {
      const r = runDvk(['render', plan, '-o', plan, ...extra]);
      plainRefusal(r);
      expect(r.stderr).toContain(plan);
      expect(readFileSync(plan, 'utf8')).toBe(STATE_TEXT);
    }
  });

  it('render -o naming a hard link or a symlink to the plan: refused, the plan kept', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    linkSync(plan, join(dir, 'cung-tep.docx'));
    symlinkSync(plan, join(dir, 'lien-ket.md'));
    for (const out of ['cung-tep.docx', 'lien-ket.md']) {
      const r = runDvk(['render', plan, '-o', join(dir, out), '--format', out.endsWith('.md') ? 'md' : 'docx', '--force']);
      plainRefusal(r);
      expect(readFileSync(plan, 'utf8')).toBe(STATE_TEXT);
    }
  });

  it('render -o naming a hand-written file (or a symlink to one) needs --force; its own output is refreshed', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    const notes = join(dir, 'ghi-chu.md');
    writeFileSync(notes, 'Ghi chú viết tay.\n');
    symlinkSync(notes, join(dir, 'lien-ket.md'));
    for (const out of [notes, join(dir, 'lien-ket.md')]) {
      const r = runDvk(['render', plan, '--format', 'md', '-o', out]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('--force');
      expect(r.stderr).toContain(out);
      expect(readFileSync(notes, 'utf8')).toBe('Ghi chú viết tay.\n');
    }
    const forced = runDvk(['render', plan, '--format', 'md', '-o', join(dir, 'lien-ket.md'), '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(notes, 'utf8')).toContain('KẾ HOẠCH');
    // The symlink is still a symlink: the file it points to was replaced, not the link.
    expect(readFileSync(join(dir, 'lien-ket.md'), 'utf8')).toContain('KẾ HOẠCH');
    const own = join(dir, 'ban-in.docx');
    expect(runDvk(['render', plan, '-o', own]).code).toBe(0);
    expect(runDvk(['render', plan, '-o', own]).code).toBe(0);
  });

  it('render -o naming the config: refused even with --force', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\n');
    const r = runDvk(['render', plan, '-o', join(dir, 'dvk.config.yaml'), '--force']);
    plainRefusal(r);
    expect(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8')).toBe('dvk: 1\n');
  });

  it('lint -o naming the plan, a hard link to it or the config: refused even with --force', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\n');
    linkSync(join(dir, 'dvk.config.yaml'), join(dir, 'bao-cao.txt'));
    for (const out of [plan, join(dir, 'dvk.config.yaml'), join(dir, 'bao-cao.txt')]) {
      const r = runDvk(['lint', plan, '-o', out, '--force']);
      plainRefusal(r);
      expect(r.stderr).toContain(out);
    }
    expect(readFileSync(plan, 'utf8')).toBe(STATE_TEXT);
    expect(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8')).toBe('dvk: 1\n');
  });

  it('lint -o naming a hand-written file needs --force; a report dvk wrote is replaced', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    const notes = join(dir, 'ghi-chu.txt');
    writeFileSync(notes, 'việc cần làm\n');
    const r = runDvk(['lint', plan, '-o', notes]);
    plainRefusal(r);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(notes, 'utf8')).toBe('việc cần làm\n');
    expect(runDvk(['lint', plan, '-o', notes, '--force']).code).toBe(0);
    expect(readFileSync(notes, 'utf8')).toContain('vấn đề');
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
      const out = join(dir, `bao-cao-${format}.out`);
      expect(runDvk(['lint', plan, '-f', format, '-o', out]).code).toBe(0);
      expect(runDvk(['lint', plan, '-f', format, '-o', out]).code).toBe(0);
    }
  });

  it('import -o naming the config or a hard link to the source: refused even with --force', () => {
    const dir = tempDir();
    const src = join(dir, 'a.txt');
    copyFileSync(seedFile('001'), src);
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\n');
    linkSync(src, join(dir, 'a.yaml'));
    for (const out of ['dvk.config.yaml', 'a.yaml']) {
      const r = runDvk(['import', src, '-o', join(dir, out), '--force']);
      plainRefusal(r);
    }
    expect(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8')).toBe('dvk: 1\n');
    expect(readFileSync(src).equals(readFileSync(seedFile('001')))).toBe(true);
  });

  it('new naming the config: refused even with --force', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\n');
    const r = runDvk(['new', 'kehoach', 'dvk.config.yaml', ...office, '--force'], { cwd: dir });
    plainRefusal(r);
    expect(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8')).toBe('dvk: 1\n');
  });
});

describe('item 2: lint --fix never loses an edit saved while it runs', () => {
  it('a file changed between reading and writing is left as the user saved it (exit 2, said so)', async () => {
    const dir = tempDir();
    // Many fixable problems (double spaces): the fix loop takes a while, which is the window tested.
    const plan = join(dir, 'dang.yaml');
    const item = '  - >-\n    Tiếp tục phát huy tính chủ động,  sáng tạo và tinh thần, trách nhiệm.\n';
    writeFileSync(plan, STATE_TEXT.replace('muc_dich_yeu_cau:\n', `muc_dich_yeu_cau:\n${item.repeat(1000)}`));
    const before = readFileSync(plan, 'utf8');
    // atime older than mtime: the first read by dvk moves atime (relatime), which is how the test sees it.
    utimesSync(plan, new Date(Date.now() - 86_400_000), new Date());
    const atime = statSync(plan).atimeMs;
    const child = spawn(process.execPath, [dvkBin, 'lint', '--fix', plan], { env: { ...process.env, NO_COLOR: '1', DVK_LANG: '' } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const exited = new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)));
    let running = true;
    void exited.then(() => (running = false));
    while (running && statSync(plan).atimeMs === atime) await new Promise((r) => setTimeout(r, 1));
    const edited = `${before}# sửa tay trong lúc dvk chạy\n`;
    writeFileSync(plan, edited);
    const code = await exited;
    const after = readFileSync(plan, 'utf8');
    expect(after).toContain('# sửa tay trong lúc dvk chạy');
    if (code === 2) {
      expect(output).toContain('đã thay đổi');
      expect(after).toBe(edited);
    }
    expect(strays(dir, ['dang.yaml'])).toEqual([]);
  });
});

describe('item 3: FIFOs and devices never hang a command; stdin is read with the same cap', () => {
  const quick = { timeout: 20_000 };
  it.each([
    ['validate', 'f.yaml'],
    ['lint', 'f.yaml'],
    ['render', 'f.yaml'],
    ['import', 'f.txt'],
  ])('dvk %s <fifo> is refused without opening it', (command, name) => {
    const dir = tempDir();
    const path = fifo(join(dir, name));
    const r = runDvk([command, path]);
    plainRefusal(r);
    expect(r.stdout + r.stderr).toContain('không phải tệp thường');
  }, quick.timeout);

  it('a character device as a plan (/dev/zero) is refused', () => {
    const r = runDvk(['validate', '/dev/zero']);
    plainRefusal(r);
    expect(r.stdout + r.stderr).toContain('không phải tệp thường');
  });

  it('a FIFO planted as dvk.config.yaml does not hang validate, lint or render of a plan below it', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    fifo(join(dir, 'dvk.config.yaml'));
    for (const command of ['lint', 'render']) {
      const r = runDvk([command, plan]);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain('dvk.config.yaml');
      expect(r.stdout + r.stderr).toContain('không phải tệp thường');
    }
    expect(runDvk(['validate', plan]).code).not.toBe(-1);
  }, 30_000);

  it('a FIFO planted among the plans of a folder is skipped, unopened, by lint of the folder or a glob and by new (next number)', () => {
    const dir = tempDir();
    copyPlan(dir);
    fifo(join(dir, 'cai-bay.yaml'));
    expect(runDvk(['lint', dir]).code).toBe(0);
    // A folder or a glob finds regular files only: the FIFO is skipped, never opened.
    expect(runDvk(['lint', `${dir}/*.yaml`]).code).toBe(0);
    expect(runDvk(['new', 'kehoach', ...office], { cwd: dir }).code).toBe(0);
  }, 60_000);

  it('a template part that is a FIFO is refused by render, nothing written', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    mkdirSync(join(dir, 'mau'));
    fifo(join(dir, 'mau', '_chung.yaml'));
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\nthu_muc_mau: mau\n');
    const r = runDvk(['render', plan]);
    plainRefusal(r);
    expect(r.stderr).toContain('_chung.yaml');
    expect(existsSync(join(dir, 'ke-hoach.docx'))).toBe(false);
  });

  it('`-` reads a plan from stdin for validate, lint (named <stdin>) and render -o', () => {
    const dir = tempDir();
    expect(runDvk(['validate', '-'], { input: STATE_TEXT }).code).toBe(0);
    const lint = runDvk(['lint', '-', '-f', 'json'], { input: STATE_TEXT });
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout).files[0].file).toBe('<stdin>');
    const out = join(dir, 'tu-stdin.docx');
    const render = runDvk(['render', '-', '-o', out], { input: STATE_TEXT });
    expect(render.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const huge = `dvk: 1\n# ${'x'.repeat(6 * 1024 * 1024)}\n`;
    const big = runDvk(['validate', '-'], { input: huge });
    plainRefusal(big);
    expect(big.stdout).toContain('quá lớn');
  });
});

describe('item 6: a mistake on writing is the user\'s, said plainly; the target stays whole; no temp file', () => {
  it('lint -o into a missing folder, onto a folder, under a file', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    writeFileSync(join(dir, 'tep'), 'x');
    mkdirSync(join(dir, 'thu-muc'));
    for (const [out, hint] of [[join(dir, 'chua-co', 'x.txt'), 'chua-co'], [join(dir, 'thu-muc'), 'thư mục'], [join(dir, 'tep', 'x.txt'), 'tep'], [`${join(dir, 'chua-co-thu-muc')}/`, 'thư mục']] as const) {
      const r = runDvk(['lint', plan, '-o', out]);
      plainRefusal(r);
      expect(r.stderr).toContain(hint);
    }
    expect(strays(dir, ['ke-hoach.yaml', 'tep', 'thu-muc'])).toEqual([]);
  });

  it('render -o under a file: plain message', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    writeFileSync(join(dir, 'tep'), 'x');
    const r = runDvk(['render', plan, '-o', join(dir, 'tep', 'x.docx')]);
    plainRefusal(r);
    expect(r.stderr).toContain('tep');
  });

  it('a read-only folder: render, lint -o, lint --fix, import, new and init say so and leave no temp file', () => {
    const { dir, plan } = readOnlyFolder();
    const src = join(dir, 'a.txt');
    chmodSync(dir, 0o755);
    copyFileSync(seedFile('001'), src);
    chmodSync(src, 0o644);
    writeFileSync(plan, STATE_TEXT.replace('xây dựng kế hoạch', 'xây dựng  kế hoạch')); // a fixable double space
    chmodSync(dir, 0o555);
    const before = readFileSync(plan, 'utf8');
    const runs = [
      ['render', plan],
      ['lint', plan, '-o', join(dir, 'bao-cao.txt')],
      ['lint', '--fix', plan],
      ['import', src],
      ['new', 'kehoach', join(dir, 'moi.yaml'), ...office],
      ['init', dir, '--yes', '--he-thong', 'nha_nuoc'],
    ];
    for (const args of runs) {
      const r = runAsUser(args, dir);
      expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(2);
      plainRefusal(r);
      expect(r.stderr + r.stdout).toContain('quyền ghi');
    }
    expect(readFileSync(plan, 'utf8')).toBe(before);
    expect(strays(dir, ['ke-hoach.yaml', 'a.txt'])).toEqual([]);
  });

  it('a file-size limit (ulimit -f): exit 2 with a message, not death by SIGXFSZ; the old file whole', () => {
    const dir = tempDir();
    const plan = copyPlan(dir);
    const out = join(dir, 'ke-hoach.docx');
    expect(runDvk(['render', plan]).code).toBe(0);
    const old = readFileSync(out);
    const r = spawnSync('sh', ['-c', `ulimit -f 4; exec "${process.execPath}" "${dvkBin}" render "${plan}" --force`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DVK_LANG: '' }, timeout: 60_000 });
    plainRefusal({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    expect(r.stderr).toContain('ke-hoach.docx');
    expect(readFileSync(out).equals(old)).toBe(true);
    expect(strays(dir, ['ke-hoach.yaml', 'ke-hoach.docx'])).toEqual([]);
  });

  it('a full disk (-o /dev/full): exit 2 with a message', () => {
    const r = runDvk(['lint', STATE, '-o', '/dev/full']);
    plainRefusal(r);
    expect(r.stderr).toContain('/dev/full');
  });
});

describe('item 8 (templates): size limit, no echo through a symlink, no {{log}}', () => {
  function withTemplate(write: (folder: string) => void): { dir: string; plan: string } {
    const dir = tempDir();
    const plan = copyPlan(dir);
    mkdirSync(join(dir, 'mau'));
    write(join(dir, 'mau'));
    writeFileSync(join(dir, 'dvk.config.yaml'), 'dvk: 1\nthu_muc_mau: mau\n');
    return { dir, plan };
  }

  it('a 60 MB template is refused', () => {
    const { plan } = withTemplate((folder) => {
      writeFileSync(join(folder, '_chung.yaml'), '');
      truncateSync(join(folder, '_chung.yaml'), 60 * 1024 * 1024);
    });
    const r = runDvk(['render', plan]);
    plainRefusal(r);
    expect(r.stderr).toContain('_chung.yaml');
    expect(r.stderr).toContain('quá lớn');
  });

  it('a symlinked template with broken YAML: the error does not show the target\'s content', () => {
    const secret = join(tempDir(), 'bi-mat.txt');
    writeFileSync(secret, 'MAT-KHAU-BI-MAT: [chưa đóng\n');
    const { plan } = withTemplate((folder) => symlinkSync(secret, join(folder, '_chung.yaml')));
    const r = runDvk(['render', plan]);
    plainRefusal(r);
    expect(r.stderr).toContain('_chung.yaml');
    expect(r.stdout + r.stderr).not.toContain('MAT-KHAU');
  });

  it('{{log}} in a template prints nothing', () => {
    const { plan } = withTemplate((folder) => writeFileSync(join(folder, '_chung.yaml'), 'du_thao: "{{log \'NHAT-KY-LO-RA\'}}DỰ THẢO"\n'));
    const r = runDvk(['render', plan]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('NHAT-KY-LO-RA');
  });
});
