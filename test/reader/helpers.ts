// Shared by the reader tests: the five seed documents (copied into test/fixtures/txt so the
// suite does not depend on ../shared), and a words-of helper for "the words are kept" checks.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';

export const txtFixtures = join(repoRoot, 'test', 'fixtures', 'txt');
export const docxFixtures = join(repoRoot, 'test', 'fixtures', 'docx');

export const seedFile = (id: string): string => {
  const name = readdirSync(txtFixtures).find((f) => f.startsWith(`seed-${id}_`));
  if (!name) throw new Error(`seed ${id} missing from test/fixtures/txt`);
  return join(txtFixtures, name);
};

export const SEEDS = ['000', '001', '002', '003', '004'] as const;

/** Every string in plan data, depth first. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Words with the numbering, bullets and markup stripped: what must survive reading. */
export function words(text: string): string[] {
  return text
    .replace(/\*\*/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[-–+•*]+$/u, ''))
    .filter((w) => w !== '' && !/^([IVX]+|\d{1,2}(\.\d{1,2})*|[a-zđ])[.\-)]$/u.test(w));
}
