// Writing a new file without ever destroying an existing one.
//
// Without --force: the content goes to a temporary file beside the target (write-file-atomic:
// written, fsync'ed), then is hard-linked to the target name. link() fails with EEXIST when the
// name is taken, atomically, so two `dvk new` runs racing for one name cannot both win and a
// crash never leaves half a file. Where the file system has no hard links (some network or FAT
// drives), fall back to "check, then atomic rename", which can only lose a race measured in
// microseconds. With --force: write-file-atomic's rename replaces the old file in one step.
import { link, mkdir, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { writeOutputFile } from '../shared/write-output.js';

export type WriteOutcome = 'created' | 'replaced' | 'exists';

export async function writeNewFile(file: string, content: string, options: { force?: boolean } = {}): Promise<WriteOutcome> {
  // `dvk new kehoach 2026/ke-hoach-x.yaml`, `dvk init co-quan-moi`: the folder is part of the request.
  await mkdir(dirname(file), { recursive: true });
  if (options.force) {
    const existed = existsSync(file);
    await writeOutputFile(file, content);
    return existed ? 'replaced' : 'created';
  }
  if (existsSync(file)) return 'exists';
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  await writeFileAtomic(temp, content, { encoding: 'utf8' });
  try {
    await link(temp, file);
    return 'created';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'exists';
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    if (existsSync(file)) return 'exists';
    await writeFileAtomic(file, content, { encoding: 'utf8' });
    return 'created';
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
