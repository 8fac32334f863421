// The one writer of every file dvk writes, in process: the --fix re-check before the rename, the
// recognition of dvk's own outputs, the refusals, and errors a user can act on.
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/format/index.js';
import type { RunReport } from '../../src/report/finding.js';
import { readCapped } from '../../src/shared/read-input.js';
import { isLintReport, outputRefusal, ownershipOf, writeOutputFile, WriteFailure } from '../../src/shared/write-output.js';
import { tempDir } from '../helpers/cli.js';

async function stampOf(file: string) {
  const read = await readCapped(file, 1024 * 1024);
  if ('problem' in read || !read.stamp) throw new Error('unreadable');
  return read.stamp;
}

describe('writeOutputFile with `unchanged` (lint --fix)', () => {
  it('writes when the file is still as it was read', async () => {
    const file = join(tempDir(), 'a.yaml');
    writeFileSync(file, 'dvk: 1\n');
    const stamp = await stampOf(file);
    await writeOutputFile(file, 'dvk: 1 # sửa\n', { unchanged: stamp });
    expect(readFileSync(file, 'utf8')).toBe('dvk: 1 # sửa\n');
  });

  it('writes nothing when the file changed since it was read, even with the same size and mtime', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'dvk: 1\nso: "1"\n');
    const stamp = await stampOf(file);
    const before = statSync(file);
    writeFileSync(file, 'dvk: 1\nso: "2"\n'); // same length
    utimesSync(file, before.atime, before.mtime); // same mtime: only the hash tells
    const error = await writeOutputFile(file, 'dvk: 1\nso: "9"\n', { unchanged: stamp }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailure);
    expect((error as WriteFailure).kind).toBe('changed');
    expect((error as WriteFailure).text.vi).toContain('đã thay đổi');
    expect(readFileSync(file, 'utf8')).toBe('dvk: 1\nso: "2"\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });
});

describe('ownershipOf and outputRefusal', () => {
  const report: RunReport = { files: [{ file: 'a.yaml', findings: [{ ruleId: 'x', severity: 'warning', message: 'm', file: 'a.yaml', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } }] }] };
  it('recognises every lint report format, and not a hand-written text', () => {
    for (const [name, format] of Object.entries(formatters)) {
      for (const r of [report, { files: [] }]) {
        const text = format!(r, { lang: 'vi', color: false });
        if (text.trim()) expect(isLintReport(text), name).toBe(true);
      }
    }
    expect(isLintReport('Ghi chú: việc cần làm\n- sửa kế hoạch\n')).toBe(false);
    expect(isLintReport('{"a": 1}')).toBe(false);
  });

  it('an empty file holds nothing to lose; a missing one is absent', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rong.txt'), '');
    expect(await ownershipOf(join(dir, 'rong.txt'))).toBe('ours');
    expect(await ownershipOf(join(dir, 'khong-co.txt'))).toBe('absent');
  });

  it('refuses a folder, and an existing file for an exclusive writer', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'thu-muc'));
    writeFileSync(join(dir, 'co-roi.yaml'), 'x');
    expect((await outputRefusal(join(dir, 'thu-muc'), { inputs: [] }))?.kind).toBe('is-folder');
    expect((await outputRefusal(join(dir, 'co-roi.yaml'), { inputs: [] }))?.kind).toBe('exists');
    expect(await outputRefusal(join(dir, 'co-roi.yaml'), { inputs: [], force: true })).toBeUndefined();
    expect(await outputRefusal(join(dir, 'moi.yaml'), { inputs: [] })).toBeUndefined();
    expect(await writeOutputFile(join(dir, 'co-roi.yaml'), 'y', { exclusive: true })).toBe('exists');
    expect(readFileSync(join(dir, 'co-roi.yaml'), 'utf8')).toBe('x');
  });
});

describe('writeOutputFile with pieces of text (the lint cache)', () => {
  it('writes the pieces one after the other, atomically', async () => {
    const dir = tempDir();
    const file = join(dir, 'cache');
    writeFileSync(file, 'cũ\n');
    const pieces = function* () {
      yield 'dòng một\n';
      yield 'dòng hai\n';
    };
    await writeOutputFile(file, pieces());
    expect(readFileSync(file, 'utf8')).toBe('dòng một\ndòng hai\n');
    expect(readdirSync(dir)).toEqual(['cache']);
  });

  it('a failure while the pieces are made leaves the old file and no temporary file', async () => {
    const dir = tempDir();
    const file = join(dir, 'cache');
    writeFileSync(file, 'cũ\n');
    const pieces = function* () {
      yield 'mới\n';
      throw new Error('killed half-way');
    };
    await expect(writeOutputFile(file, pieces())).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('cũ\n');
    expect(readdirSync(dir)).toEqual(['cache']);
  });
});
