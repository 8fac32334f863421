// The document types `dvk new` can start (those with a skeleton in the registry,
// src/plan/doc-types.ts), and the many ways a clerk may type them (kehoach, ke_hoach, ke-hoach,
// "kế hoạch", KH, QĐ, CV). An unknown word gets a did-you-mean.
import { distance } from 'fastest-levenshtein';
import { DOC_TYPE_REGISTRY, NEW_DOC_TYPES, newWords, type DocType } from '../plan/doc-types.js';
import type { Localized } from '../i18n/index.js';
import { asciiFold } from './file-name.js';

/** A type that has a skeleton in templates/skeletons/. */
export type NewDocType = DocType;

/** The tên loại as printed and as written in running text. */
export function docTypeNames(type: NewDocType): { upper: string; sentence: string; en: string } {
  const entry = DOC_TYPE_REGISTRY[type];
  return { upper: entry.name.toLocaleUpperCase('vi'), sentence: entry.name, en: entry.en };
}

/** Folds a typed type name to a lookup key: "Kế-hoạch" → "kehoach". */
function key(word: string): string {
  return asciiFold(word).toLowerCase().replace(/[^a-z]/g, '');
}

const LOOKUP = new Map<string, NewDocType>();
for (const entry of NEW_DOC_TYPES) {
  LOOKUP.set(key(entry.id), entry.id);
  LOOKUP.set(key(entry.newWord!), entry.id);
  LOOKUP.set(key(entry.en), entry.id);
  for (const code of Object.values(entry.code)) if (code) LOOKUP.set(key(code), entry.id);
}

export type DocTypeLookup = { type: NewDocType } | { error: Localized; suggestion?: NewDocType };

const unknownType = (): Localized => ({
  vi: `Không có loại văn bản “{{word}}”.{{hint}} Các loại dvk new tạo được: ${newWords()}.`,
  en: `There is no document type “{{word}}”.{{hint}} dvk new can start: ${newWords()}.`,
});

export function parseDocType(word: string): DocTypeLookup {
  const folded = key(word);
  const found = LOOKUP.get(folded);
  if (found) return { type: found };
  let best: NewDocType | undefined;
  let bestDistance = Infinity;
  for (const [candidate, type] of LOOKUP) {
    const d = distance(folded, candidate);
    if (d < bestDistance) [best, bestDistance] = [type, d];
  }
  // A suggestion only when it is plausibly a typo (at most a third of the word wrong).
  const suggestion = best && bestDistance <= Math.max(1, Math.floor(folded.length / 3)) ? best : undefined;
  return { error: unknownType(), ...(suggestion ? { suggestion } : {}) };
}

/** The type's code in the ký hiệu under this profile; null when it has none (a State công văn). */
export function typeAbbreviation(type: NewDocType, profileAbbreviations: Record<string, string | null>, system: 'state' | 'party'): string | null {
  const own = profileAbbreviations[type];
  return own !== undefined ? own : DOC_TYPE_REGISTRY[type].code[system];
}

/** "ke_hoach" → "kehoach", the word the brief and the README use on the command line. */
export const commandWord = (type: NewDocType): string => DOC_TYPE_REGISTRY[type].newWord ?? type.replace(/_/g, '');

/**
 * A công văn's trích yếu as each system writes it: State "V/v …" (NĐ 30 ô 5b), Party "về …" with
 * no "V/v" (HD 36). Other types keep the subject as typed.
 */
export function subjectForType(type: NewDocType, system: 'nha_nuoc' | 'dang', subject: string): string {
  if (DOC_TYPE_REGISTRY[type].heading !== 'cong_van') return subject;
  const bare = subject.replace(/^\s*V\/v\.?\s*/iu, '');
  const lower = bare.charAt(0).toLocaleLowerCase('vi') + bare.slice(1);
  if (system === 'dang') return /^về\b/iu.test(lower) ? lower : `về ${lower}`;
  return `V/v ${lower}`;
}
