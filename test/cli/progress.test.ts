// Issue 13 item 5: the progress counter of a long lint run, only where a person watches it.
import { describe, expect, it } from 'vitest';
import { createProgress, progressWanted } from '../../src/cli/progress.js';
import { runDvk, tempDir } from '../helpers/cli.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planYaml } from '../../src/lint/testing.js';

describe('progress on stderr', () => {
  it('is shown on a terminal only: not in a pipe, a CI log, TERM=dumb or a machine format', () => {
    const tty = { isTTY: true, write: () => true };
    expect(progressWanted(tty, {}, false)).toBe(true);
    expect(progressWanted({ write: () => true }, {}, false)).toBe(false);
    expect(progressWanted(tty, { CI: 'true' }, false)).toBe(false);
    expect(progressWanted(tty, { CI: 'false' }, false)).toBe(true);
    expect(progressWanted(tty, { TERM: 'dumb' }, false)).toBe(false);
    expect(progressWanted(tty, {}, true)).toBe(false);
  });

  it('says nothing in the first half second, redraws at most ten times a second, and wipes its line at the end', () => {
    let clock = 0;
    const written: string[] = [];
    const progress = createProgress({ isTTY: true, columns: 80, write: (t: string) => written.push(t) }, 'vi', () => clock);
    progress.update(1, 1000);
    clock = 400;
    progress.update(2, 1000);
    expect(written).toEqual([]);
    clock = 600;
    progress.update(300, 1000);
    clock = 650;
    progress.update(301, 1000);
    clock = 800;
    progress.update(1000, 1000);
    expect(written).toEqual(['\rdvk: đã kiểm tra 300/1000 tệp', '\rdvk: đã kiểm tra 1000/1000 tệp']);
    progress.end();
    expect(written.at(-1)).toBe(`\r${' '.repeat('dvk: đã kiểm tra 1000/1000 tệp'.length)}\r`);
  });

  it('a run in a pipe writes nothing but the report (no counter on stderr)', () => {
    const dir = tempDir('dvk-progress-');
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `p${i}.yaml`), planYaml('state'));
    const r = runDvk(['lint', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
