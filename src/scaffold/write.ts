// Writing a new file without ever destroying an existing one.
//
// Without --force the name is taken atomically (src/shared/write-output.ts, `exclusive`: the
// content is written and fsync'ed beside the target, then hard-linked to its name; link() fails
// when the name is taken), so two `dvk new` runs racing for one name cannot both win and a crash
// never leaves half a file. With --force the atomic rename replaces the old file in one step.
import { existsSync } from 'node:fs';
import { writeOutputFile } from '../shared/write-output.js';

export type WriteOutcome = 'created' | 'replaced' | 'exists';

export async function writeNewFile(file: string, content: string, options: { force?: boolean } = {}): Promise<WriteOutcome> {
  const existed = existsSync(file);
  if (existed && !options.force) return 'exists';
  // `dvk new kehoach 2026/ke-hoach-x.yaml`, `dvk init co-quan-moi`: the folder is part of the request.
  const outcome = await writeOutputFile(file, content, { makeFolders: true, exclusive: !options.force });
  if (outcome === 'exists') return 'exists';
  return existed ? 'replaced' : 'created';
}
