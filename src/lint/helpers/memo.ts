// Text analysis shared by the rules of one lint run. Several rules ask the same helper about the
// same string (findDates for date-valid and deadline-before-issue, findCitations for the
// citation rules…): inside lintPlan each text is analysed once per helper, and the answers are
// dropped when lintPlan returns, so nothing outlives the plan. Outside a lint run (helper tests,
// the renderer) a memoised helper simply computes.
//
// Answers are shared between rules, so they are frozen (the array and its entries): a rule that
// wants to change one copies it first.

type Cache = Map<unknown, Map<string, unknown>>;

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

/** `fn` memoised per text inside withTextCache; `key` tells apart calls with the same text (e.g. the plan path). */
export function memoByText<A extends unknown[], R>(fn: (text: string, ...rest: A) => R, key?: (...rest: A) => string): (text: string, ...rest: A) => R {
  return (text: string, ...rest: A): R => {
    if (!active) return fn(text, ...rest);
    let answers = active.get(fn);
    if (!answers) active.set(fn, (answers = new Map()));
    const k = key ? `${key(...rest)}\u0000${text}` : text;
    if (answers.has(k)) return answers.get(k) as R;
    const answer = freezeAnswer(fn(text, ...rest));
    answers.set(k, answer);
    return answer;
  };
}
