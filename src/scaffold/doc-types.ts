// The document types `dvk new` can start, and the many ways a clerk may type them
// (kehoach, ke_hoach, ke-hoach, "kế hoạch", KH). An unknown word gets a did-you-mean.
import { distance } from 'fastest-levenshtein';
import type { DocType } from '../plan/model.js';
import type { Localized } from '../i18n/index.js';
import { asciiFold } from './file-name.js';

/** The types that have a skeleton in templates/skeletons/. */
export type NewDocType = Extract<DocType, 'ke_hoach' | 'huong_dan' | 'bao_cao' | 'thong_bao'>;

export const NEW_DOC_TYPES: readonly NewDocType[] = ['ke_hoach', 'huong_dan', 'bao_cao', 'thong_bao'];

/** The tên loại as printed and as written in running text. */
export const DOC_TYPE_NAMES: Record<NewDocType, { upper: string; sentence: string; en: string }> = {
  ke_hoach: { upper: 'KẾ HOẠCH', sentence: 'Kế hoạch', en: 'plan' },
  huong_dan: { upper: 'HƯỚNG DẪN', sentence: 'Hướng dẫn', en: 'guidance' },
  bao_cao: { upper: 'BÁO CÁO', sentence: 'Báo cáo', en: 'report' },
  thong_bao: { upper: 'THÔNG BÁO', sentence: 'Thông báo', en: 'notice' },
};

/** The type abbreviation in the ký hiệu is the same in both systems for these four (NĐ 30 Phụ lục III; HD 36). */
const ABBREVIATIONS: Record<NewDocType, string> = { ke_hoach: 'KH', huong_dan: 'HD', bao_cao: 'BC', thong_bao: 'TB' };

/** Folds a typed type name to a lookup key: "Kế-hoạch" → "kehoach". */
function key(word: string): string {
  return asciiFold(word).toLowerCase().replace(/[^a-z]/g, '');
}

const LOOKUP = new Map<string, NewDocType>();
for (const type of NEW_DOC_TYPES) {
  LOOKUP.set(key(type), type);
  LOOKUP.set(key(ABBREVIATIONS[type]), type);
  LOOKUP.set(key(DOC_TYPE_NAMES[type].en), type);
}

export type DocTypeLookup = { type: NewDocType } | { error: Localized; suggestion?: NewDocType };

const unknownType: Localized = {
  vi: 'Không có loại văn bản “{{word}}”.{{hint}} Các loại dvk new tạo được: kehoach, huongdan, baocao, thongbao.',
  en: 'There is no document type “{{word}}”.{{hint}} dvk new can start: kehoach, huongdan, baocao, thongbao.',
};

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
  return { error: unknownType, ...(suggestion ? { suggestion } : {}) };
}

export function typeAbbreviation(type: NewDocType, profileAbbreviations: Record<string, string | null>): string {
  return profileAbbreviations[type] ?? ABBREVIATIONS[type];
}

/** "ke_hoach" → "kehoach", the word the brief and the README use on the command line. */
export const commandWord = (type: NewDocType): string => type.replace(/_/g, '');
