// Issue 14 item 7 (and the TERM=dumb part of item 8): text from a plan never reaches the terminal
// as control characters. ESC/BEL/U+202E in a value are shown (␛ ␇ �) in the code frame, escaped
// (<U+001B>) in messages and in GitHub annotations, and reported by control-characters.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorWanted } from '../../src/cli/main.js';
import { formatGithub } from '../../src/format/github.js';
import { escapeControls, safeForTerminal, showControls } from '../../src/shared/terminal.js';
import { repoRoot, runDvk, tempDir } from '../helpers/cli.js';

const RAW = /[\u0007\u001b\u202e]/;
const example = readFileSync(join(repoRoot, 'examples', 'nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'), 'utf8');

function hostilePlan(): string {
  const dir = tempDir('dvk-ctl-');
  const file = join(dir, 'ke-hoach.yaml');
  // Retitle the terminal (OSC 0 … BEL), clear the screen (ESC [2J), and reverse a name (U+202E).
  const text = example
    .replace('Sở Khoa học và Công nghệ xây dựng', 'Sở Khoa học\u001b]0;pwned\u0007 và Công nghệ\u001b[2J xây dựng')
    .replace('luu: VT, VP', 'luu: VT, \u202eVP');
  writeFileSync(file, text);
  return file;
}

describe('terminal output escapes control characters', () => {
  it('escapes, shows and leaves alone what it should', () => {
    expect(escapeControls('a\u001b[2Jb\u202e')).toBe('a<U+001B>[2Jb<U+202E>');
    expect(showControls('a\u001bb\u0007\u007f\u202e\u0085')).toBe('a␛b␇␡\uFFFD\uFFFD');
    expect(escapeControls('tab\tand\nline')).toBe('tab\tand\nline');
    expect(safeForTerminal('\u001b[31mđỏ\u001b[39m \u001b]0;x\u0007')).toBe('\u001b[31mđỏ\u001b[39m <U+001B>]0;x<U+0007>');
  });

  it('dvk lint: no raw ESC, BEL or U+202E in the stylish report; the finding is there', () => {
    const r = runDvk(['lint', hostilePlan()]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('control-characters');
    expect(r.stdout).toContain('Sở Khoa học␛]0;pwned␇ và Công nghệ␛[2J');
    expect(r.stdout).toMatch(/ký tự đổi chiều văn bản ẩn \(U\+202E\)/);
  });

  it('dvk lint --format github: annotations carry no raw control characters', () => {
    const r = runDvk(['lint', hostilePlan(), '--format', 'github']);
    expect(r.stdout).toContain('::error');
    expect(r.stdout).not.toMatch(RAW);
    const one = formatGithub({ files: [{ file: 'a\u001b.yaml', findings: [{ ruleId: 'x', severity: 'error', message: 'm\u0007', file: 'a\u001b.yaml', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }] }] });
    expect(one).toBe('::error file=a<U+001B>.yaml,line=1,col=1,endLine=1,endColumn=1,title=x::m<U+0007>\n');
  });

  it('dvk lint --fix removes them and nothing else', () => {
    const file = hostilePlan();
    const before = readFileSync(file, 'utf8');
    runDvk(['lint', '--fix', file]);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toMatch(RAW);
    expect(after).toBe(before.replace(/[\u0007\u001b\u202e]/g, ''));
  });
});

describe('colours (TERM=dumb, NO_COLOR, FORCE_COLOR as chalk documents them)', () => {
  const tty = { isTTY: true };
  it('decides', () => {
    expect(colorWanted(tty, [], {})).toBe(true);
    expect(colorWanted(tty, [], { TERM: 'dumb' })).toBe(false);
    expect(colorWanted(tty, [], { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted(tty, ['--no-color'], { FORCE_COLOR: '1' })).toBe(false);
    expect(colorWanted({ isTTY: false }, [], {})).toBe(false);
    expect(colorWanted({ isTTY: false }, [], { FORCE_COLOR: '1' })).toBe(true);
    expect(colorWanted(tty, [], { FORCE_COLOR: '0' })).toBe(false);
  });
  it('FORCE_COLOR=1 colours a pipe; FORCE_COLOR=0 does not', () => {
    const plan = hostilePlan();
    expect(runDvk(['lint', plan], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[3\dm/);
    expect(runDvk(['lint', plan], { env: { NO_COLOR: '', FORCE_COLOR: '0' } }).stdout).not.toMatch(/\u001b\[/);
  });
});
