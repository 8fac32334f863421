// The capped read: one implementation behind both entry points (readCapped for callers that await,
// readCappedSync for the synchronous steps), so a file gets the same answer from either.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCapped, readCappedSync, sha256 } from '../../src/shared/read-input.js';

describe('readCapped and readCappedSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-read-input-'));
  const file = join(dir, 'ke-hoach.yaml');
  writeFileSync(file, 'loai: ke_hoach\n');
  mkdirSync(join(dir, 'thu-muc'));
  const fifo = join(dir, 'ong.yaml');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);

  it.each([
    ['a regular file', file, 1024],
    ['a file over the cap', file, 4],
    ['a missing file', join(dir, 'khong-co.yaml'), 1024],
    ['a path through a file', join(file, 'x.yaml'), 1024],
    ['a folder', join(dir, 'thu-muc'), 1024],
    ['a FIFO (refused unopened, never waits for a writer)', fifo, 1024],
  ])('%s: the same answer from both', async (_what, path, limit) => {
    expect(await readCapped(path, limit)).toEqual(readCappedSync(path, limit));
  });

  it('reads the bytes with their stamp, and names each problem', () => {
    const read = readCappedSync(file, 1024);
    expect('bytes' in read && read.bytes.toString()).toBe('loai: ke_hoach\n');
    expect('stamp' in read && read.stamp).toMatchObject({ size: 15, sha256: sha256(Buffer.from('loai: ke_hoach\n')) });
    expect(readCappedSync(file, 4)).toEqual({ problem: 'too-large', size: 15 });
    expect(readCappedSync(join(dir, 'khong-co.yaml'), 1)).toEqual({ problem: 'not-found' });
    expect(readCappedSync(join(dir, 'thu-muc'), 1)).toEqual({ problem: 'is-directory' });
    expect(readCappedSync(fifo, 1)).toEqual({ problem: 'not-regular' });
  });
});
