// The profile ids are the file names of profiles/*.yaml: adding a profile is adding a file, and
// nothing in the code lists them. Kept apart from index.ts (which loads yaml and ajv) so that the
// command registrations can offer `--profile` choices at start-up without loading either.
import { readdirSync } from 'node:fs';
import type { ProfileId } from '../plan/model.js';
import { dataPath } from '../shared/paths.js';

let ids: readonly ProfileId[] | undefined;

/** Every built-in profile id, sorted (`dang-hd05`, `dang-hd36`, `nd30`). */
export function profileIds(): readonly ProfileId[] {
  ids ??= Object.freeze(
    readdirSync(dataPath('profiles'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length))
      .sort(),
  );
  return ids;
}

export function isProfileId(value: unknown): value is ProfileId {
  return typeof value === 'string' && profileIds().includes(value);
}
