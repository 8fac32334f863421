// `-o /dev/null`, `-o /dev/stdout` or a FIFO: dvk writes into it and leaves it what it was. An
// atomic rename over it would replace the device with a plain file (as root, `dvk lint -o
// /dev/null` once turned the machine's /dev/null into an ordinary file).
import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSpecialFile } from '../../src/shared/write-output.js';
import { runDvk, tempDir } from '../helpers/cli.js';

function fifo(): string {
  const path = join(tempDir(), 'ket-qua.fifo');
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

/** Starts a reader on the FIFO (a writer blocks until one exists) and resolves with what it read. */
function readAll(path: string): Promise<string> {
  const reader = spawn('cat', [path]);
  let text = '';
  reader.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return new Promise((done) => reader.on('close', () => done(text)));
}

describe('output into a device or a pipe', () => {
  it('knows a device and a FIFO from a regular file', async () => {
    expect(await isSpecialFile('/dev/null')).toBe(true);
    expect(await isSpecialFile(fifo())).toBe(true);
    expect(await isSpecialFile(new URL(import.meta.url).pathname)).toBe(false);
    expect(await isSpecialFile(join(tempDir(), 'chua-co.json'))).toBe(false);
  });

  it('dvk lint -o <fifo> writes the report through the pipe and keeps the FIFO', async () => {
    const path = fifo();
    const read = readAll(path);
    const r = runDvk(['lint', 'examples/', '--format', 'json', '-o', path]);
    const text = await read;
    expect(r.code).toBe(0);
    expect(JSON.parse(text).files.length).toBe(9);
    expect(statSync(path).isFIFO()).toBe(true);
  });

  it('dvk lint -o /dev/null leaves /dev/null a character device', () => {
    const r = runDvk(['lint', 'examples/', '-o', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
