// Writing a file the user asked for. A regular file (or a new one) is written atomically: a
// temporary file beside it, fsync'ed, then renamed over it, so a crash never leaves half a file.
// A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`, a FIFO a script reads) is written
// in place instead: renaming over it would replace the device itself with a plain file — run as
// root, `dvk lint -o /dev/null` used to turn the machine's /dev/null into an ordinary file.
import { stat, writeFile } from 'node:fs/promises';

/** Whether `file` exists and is something other than a regular file (a device, FIFO or socket). */
export async function isSpecialFile(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && !info.isFile() && !info.isDirectory();
}

export async function writeOutputFile(file: string, data: Uint8Array | string): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  if (await isSpecialFile(file)) {
    await writeFile(file, bytes);
    return;
  }
  // Loaded on first use: `dvk lint` without -o or --fix never needs it.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(file, bytes);
}
