// Reading an input file (a plan, a config, a document, a template part) with a byte cap that
// holds whatever `stat` says. A FIFO, a device or a socket is refused before it is opened: stat
// reports size 0 for them, so a size check alone let `yes >f.yaml` grow a run to gigabytes, and
// opening a FIFO that nobody writes to blocks for ever (one planted as dvk.config.yaml stopped
// every command below it). The file is opened non-blocking and checked again on the open handle,
// so one swapped for a FIFO between the two looks cannot hang the run either. Standard input is
// read only when the user names it (`-`), with the same cap.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** The name an input read from standard input (`-` on the command line) carries in messages and reports. */
export const STDIN_NAME = '<stdin>';

/** What a file looked like when it was read: `lint --fix` checks it again before replacing the file. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export type InputProblem = 'not-found' | 'is-directory' | 'not-regular' | 'too-large' | 'unreadable';

export type CappedRead =
  | { bytes: Buffer; stamp?: FileStamp }
  | { problem: InputProblem; /** The system's error code, for 'unreadable'. */ code?: string; /** Bytes known to be there, for 'too-large'. */ size?: number };

const CHUNK = 64 * 1024;
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function kindProblem(info: Stats): CappedRead | undefined {
  if (info.isDirectory()) return { problem: 'is-directory' };
  if (!info.isFile()) return { problem: 'not-regular' };
  return undefined;
}

function errorProblem(error: unknown): CappedRead {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'not-found' };
  if (code === 'EISDIR') return { problem: 'is-directory' };
  return { problem: 'unreadable', code: code ?? 'EIO' };
}

/** The next read: what stat announced (plus one byte, to see growth) in one go, then chunks, never past the cap. */
function chunkSize(announced: number, total: number, limit: number): number {
  const wanted = total < announced ? announced - total + 1 : CHUNK;
  return Math.max(1, Math.min(wanted, limit + 1 - total));
}

function stampOf(info: Stats, bytes: Buffer): FileStamp {
  return { size: info.size, mtimeMs: info.mtimeMs, sha256: sha256(bytes) };
}

/**
 * Reads at most `limit` bytes of a regular file (or of standard input, `-`); anything more, or
 * anything that is not a regular file, is a problem. A file is read by readCappedSync, the one
 * implementation: the async file calls (stat, open, fstat, read, close) bought nothing here (a run
 * reads one file at a time between CPU-bound steps, and their promise round trips cost more than
 * the read, issue 13); only standard input has to wait for its writer.
 */
export async function readCapped(file: string, limit: number): Promise<CappedRead> {
  if (file === STDIN_NAME) return readStdin(limit);
  return readCappedSync(file, limit);
}

/** Reads at most `limit` bytes of a regular file, synchronously (plans, template parts and documents all come through here). */
export function readCappedSync(file: string, limit: number): CappedRead {
  let info: Stats;
  try {
    info = statSync(file);
  } catch (error) {
    return errorProblem(error);
  }
  const early = kindProblem(info);
  if (early) return early;
  if (info.size > limit) return { problem: 'too-large', size: info.size };
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const opened = fstatSync(fd);
    const swapped = kindProblem(opened);
    if (swapped) return swapped;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkSize(opened.size, total, limit));
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      // The file grew past the limit after stat: stop reading, whatever stat said.
      if (total > limit) return { problem: 'too-large', size: total };
    }
    const bytes = Buffer.concat(chunks, total);
    return { bytes, stamp: stampOf(opened, bytes) };
  } catch (error) {
    return errorProblem(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

let stdin: Promise<CappedRead> | undefined;

/** Standard input, read once per run (a second `-` gets the same bytes), stopped at the cap. */
function readStdin(limit: number): Promise<CappedRead> {
  stdin ??= new Promise<CappedRead>((done) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const input = process.stdin;
    const finish = (result: CappedRead) => {
      input.removeAllListeners('data');
      input.removeAllListeners('end');
      input.removeAllListeners('error');
      input.pause();
      done(result);
    };
    input.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.length;
      if (total > limit) {
        finish({ problem: 'too-large', size: total });
        input.destroy();
      }
    });
    input.on('end', () => finish({ bytes: Buffer.concat(chunks, total) }));
    input.on('error', (error) => finish(errorProblem(error)));
  });
  return stdin;
}
