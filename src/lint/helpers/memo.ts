// Text analysis shared by the rules of one lint run. Several rules ask the same helper about the
// same string (findDates for date-valid and deadline-before-issue, findCitations for the
// citation rules…): inside lintPlan each text is analysed once per helper, and the answers are
// dropped when lintPlan returns, so nothing outlives the plan. Outside a lint run (helper tests,
// the renderer) a memoised helper simply computes.
//
// Answers are shared between rules, so they are frozen (the array and its entries): a rule that
// wants to change one copies it first.

import { timed } from '../../shared/timing.js';

type Answers = Map<string, unknown>;
/** Per memoised helper: its answers by text, or (for helpers that take a path) by path object, then text. */
type Cache = Map<unknown, Answers | WeakMap<object, Answers>>;

let active: Cache | undefined;

/** Runs `fn` with a fresh text cache, dropped when it returns (lintPlan runs its rules in one). */
export function withTextCache<T>(fn: () => T): T {
  const previous = active;
  active = new Map();
  try {
    return fn();
  } finally {
    active = previous;
  }
}

function freezeAnswer<R>(value: R): R {
  if (Array.isArray(value)) {
    for (const entry of value) if (typeof entry === 'object' && entry !== null) Object.freeze(entry);
  }
  return typeof value === 'object' && value !== null ? Object.freeze(value) : value;
}

function answer<R>(answers: Answers, text: string, compute: () => R): R {
  if (answers.has(text)) return answers.get(text) as R;
  const value = freezeAnswer(compute());
  answers.set(text, value);
  return value;
}

/** `fn` memoised per text inside withTextCache. */
export function memoByText<R>(fn: (text: string) => R, name = fn.name || 'memoByText'): (text: string) => R {
  return (text: string): R => {
    if (!active) return fn(text);
    let answers = active.get(fn) as Answers | undefined;
    if (!answers) active.set(fn, (answers = new Map()));
    return answer(answers, text, () => timed('analysis', name, () => fn(text)));
  };
}

/**
 * `fn` memoised per text and path inside withTextCache. The path is told apart by identity (the
 * rules pass the path arrays of the plan's texts); another array with the same parts is only a
 * cache miss, never a wrong answer.
 */
export function memoByTextAndPath<P extends object, R>(fn: (text: string, path: P) => R, name = fn.name || 'memoByTextAndPath'): (text: string, path: P) => R {
  return (text: string, path: P): R => {
    if (!active) return fn(text, path);
    let byPath = active.get(fn) as WeakMap<object, Answers> | undefined;
    if (!byPath) active.set(fn, (byPath = new WeakMap()));
    let answers = byPath.get(path);
    if (!answers) byPath.set(path, (answers = new Map()));
    return answer(answers, text, () => timed('analysis', name, () => fn(text, path)));
  };
}
