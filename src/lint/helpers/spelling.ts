// The syllables of a plan's running text, checked once per plan and shared by the spelling rules
// and the damage rule: which words are not Vietnamese, and whether the text as a whole is damaged
// (diacritics stripped, a legacy font, a broken PDF extraction) rather than misspelt. When it is,
// one finding says so and the spelling rules stay silent (hundreds of findings would say nothing).
import type { Plan } from '../../plan/model.js';
import type { PlanPath } from '../../report/finding.js';
import { timed } from '../../shared/timing.js';
import { proseTexts } from './plan-text.js';
import { checkSyllable, hasDiacritic, type SyllableCheck } from './syllable.js';
import { analyseText } from './text-analysis.js';

export interface CheckedWord {
  word: string;
  path: PlanPath;
  from: number;
  to: number;
  check: SyllableCheck;
}

export interface SpellingScan {
  /** Lower-case words of two letters or more, outside codes, numbers and addresses. */
  total: number;
  /** Of those, written without any Vietnamese diacritic ("cong", "tac"). */
  plain: number;
  /** Words with a diacritic (or a foreign letter) that cannot be a Vietnamese syllable. */
  invalid: CheckedWord[];
  damage?: 'stripped' | 'broken';
  /** Where the first word without diacritics is (a place to say the text lost them). */
  firstPlain?: { path: PlanPath; from: number; to: number };
}

/** At least this many words before a share means anything. */
const MIN_WORDS = 40;
/** Normal Vietnamese prose has 10–20 % words without any diacritic; stripped text, nearly all. */
const STRIPPED_SHARE = 0.7;
/** dvk's examples and seeds have no invalid syllable in 13,000 words; a legacy font or a broken extraction, many. */
const BROKEN_SHARE = 0.05;
/** …and at least this many: three slips in a short letter are slips, reported one by one. */
const BROKEN_MIN = 5;

/** A word glued to a digit, a slash, "@", "." or "_" is part of a code, an address or a unit. */
const CODE_NEIGHBOURS = new Set('0123456789/@._&\\-');
const isCodeNeighbour = (char: string): boolean => CODE_NEIGHBOURS.has(char);

/** What a word counts as, by word (a plan repeats its words; bounded like checkSyllable's answers). */
type WordKind = 'skip' | 'plain' | SyllableCheck;
const kinds = new Map<string, WordKind>();
function kindOf(word: string): WordKind {
  let kind = kinds.get(word);
  if (kind === undefined) {
    // toLowerCase is toLocaleLowerCase('vi') (ICU has special casing only for tr, az, lt) and much cheaper.
    kind = word.length < 2 || word !== word.toLowerCase() ? 'skip' : !hasDiacritic(word) ? 'plain' : checkSyllable(word);
    if (kinds.size >= 20_000) kinds.clear();
    kinds.set(word, kind);
  }
  return kind;
}

/**
 * kindOf for a word in plain ASCII, read from the text without cutting it out (a third of a
 * plan's words): too short or with a capital, skipped; otherwise plain (no diacritic). Undefined
 * for a word with any other character, which kindOf judges.
 */
function asciiKind(text: string, from: number, to: number): WordKind | undefined {
  let capital = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (c <= 90) capital = true;
  }
  return to - from < 2 || capital ? 'skip' : 'plain';
}

const cache = new WeakMap<Plan, SpellingScan>();

export function scanSpelling(plan: Plan): SpellingScan {
  return cache.get(plan) ?? timed('analysis', 'scanSpelling', () => computeSpelling(plan));
}

function computeSpelling(plan: Plan): SpellingScan {
  const scan: SpellingScan = { total: 0, plain: 0, invalid: [] };
  // The document as a whole, and each long text alone (one paragraph pasted from a damaged copy).
  const judge = (total: number, plain: number, invalid: number): SpellingScan['damage'] => {
    if (total < MIN_WORDS) return undefined;
    if (plain / total >= STRIPPED_SHARE) return 'stripped';
    if (invalid >= BROKEN_MIN && invalid / total >= BROKEN_SHARE) return 'broken';
    return undefined;
  };
  for (const t of proseTexts(plan)) {
    const [total0, plain0, invalid0] = [scan.total, scan.plain, scan.invalid.length];
    const { runs } = analyseText(t.text);
    for (let k = 0; k < runs.length; k += 2) {
      const from = runs[k]!;
      const to = runs[k + 1]!;
      const kind = asciiKind(t.text, from, to) ?? kindOf(t.text.slice(from, to));
      if (kind === 'skip') continue;
      const before = t.text[from - 1] ?? ' ';
      const after = t.text[to] ?? ' ';
      if (isCodeNeighbour(before) || isCodeNeighbour(after)) continue;
      scan.total++;
      // A word in plain ASCII is a loanword, a unit or stripped text: counted, never judged alone.
      if (kind === 'plain') {
        scan.plain++;
        scan.firstPlain ??= { path: t.path, from, to };
        continue;
      }
      const check = kind;
      if (!check.valid) scan.invalid.push({ word: t.text.slice(from, to), path: t.path, from, to, check });
    }
    const inText = judge(scan.total - total0, scan.plain - plain0, scan.invalid.length - invalid0);
    if (inText && !scan.damage) {
      scan.damage = inText;
      if (inText === 'stripped') scan.firstPlain = { path: t.path, from: 0, to: Math.max(1, t.text.search(/\s|$/u)) };
    }
  }
  scan.damage ??= judge(scan.total, scan.plain, scan.invalid.length);
  cache.set(plan, scan);
  return scan;
}
