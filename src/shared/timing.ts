// `DVK_TIMING=1 dvk lint …`: where a lint run's time goes, like ESLint's TIMING=1. The engine
// times each rule's check, the loader its phases (read, parse, source map, schema, model), the
// reader its recognition, and the memoised text helpers the analysis they share; at exit a table
// of the costliest entries goes to stderr. Each entry counts its own time only: a shared analysis
// that a rule asks for first is counted under the analysis, not under the rule, so the table adds
// up. Off (the default), `timed` is a plain call: nothing is measured or kept.
//
// The times are CPU time (user + system, process.cpuUsage), not wall time as ESLint's: the machines
// dvk runs on in CI are shared, and a busy neighbour stretches wall time, not CPU time. A collection
// of garbage counts for whatever was running. With DVK_TIMING set a run lints in one thread
// (src/lint/run.ts), so that the table covers every file and no other thread's CPU time is counted.
import { isMainThread } from 'node:worker_threads';

/** `DVK_TIMING`: unset, '', '0' or 'false' is off; 'all' prints every row, a number above 10 that many, anything else 10 (ESLint's TIMING). */
const setting = (typeof process !== 'undefined' ? process.env.DVK_TIMING : undefined)?.trim() ?? '';
export const timingEnabled = setting !== '' && setting !== '0' && setting.toLowerCase() !== 'false';
const rowsWanted = setting.toLowerCase() === 'all' ? Infinity : Math.max(10, Number.parseInt(setting, 10) || 0);

/** What an entry is: a lint rule, a phase of loading or linting, or an analysis the rules share. */
export type TimingKind = 'rule' | 'phase' | 'analysis';

interface Entry {
  kind: TimingKind;
  ms: number;
  calls: number;
}

const entries = new Map<string, Entry>();
/** Time spent in nested timed calls, per open call: subtracted from the caller's own time. */
const nested: number[] = [];
let plans = 0;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function record(kind: TimingKind, label: string, ms: number): void {
  const entry = entries.get(label);
  if (entry) {
    entry.ms += ms;
    entry.calls++;
  } else {
    entries.set(label, { kind, ms, calls: 1 });
  }
}

/** Runs `fn`, counting its own time (minus nested timed calls) under `label` when DVK_TIMING is set. */
export function timed<T>(kind: TimingKind, label: string, fn: () => T): T {
  if (!timingEnabled) return fn();
  if (entries.size === 0 && nested.length === 0) registerReport();
  const start = cpuMs();
  nested.push(0);
  try {
    return fn();
  } finally {
    const elapsed = cpuMs() - start;
    const inner = nested.pop()!;
    record(kind, label, elapsed - inner);
    if (nested.length) nested[nested.length - 1]! += elapsed;
  }
}

/** One more plan linted in this thread (the table says how many it covers). */
export function countTimedPlan(): void {
  if (timingEnabled) plans++;
}

let registered = false;
function registerReport(): void {
  if (registered || !isMainThread) return;
  registered = true;
  process.on('exit', () => process.stderr.write(timingTable()));
}

const KIND_NAMES: Record<TimingKind, string> = { rule: 'rule', phase: 'phase', analysis: 'analysis' };

/** The table printed at exit: the costliest entries, with ms, share of all timed time and calls. */
export function timingTable(rows = rowsWanted): string {
  const all = [...entries].sort((a, b) => b[1].ms - a[1].ms);
  const total = all.reduce((sum, [, e]) => sum + e.ms, 0);
  const shown = all.slice(0, rows);
  const width = Math.max(24, ...shown.map(([label]) => label.length));
  const line = (label: string, kind: string, ms: string, share: string, calls: string): string =>
    `${label.padEnd(width)} | ${kind.padEnd(8)} | ${ms.padStart(10)} | ${share.padStart(8)} | ${calls.padStart(8)}\n`;
  let out = `\nDVK_TIMING: ${plans} plan(s) linted; CPU time, each entry counting its own (nested entries apart)\n`;
  out += line('Entry', 'Kind', 'CPU (ms)', 'Relative', 'Calls');
  out += `${'-'.repeat(width)}-|----------|------------|----------|---------\n`;
  for (const [label, e] of shown) {
    out += line(label, KIND_NAMES[e.kind], e.ms.toFixed(1), `${total > 0 ? ((100 * e.ms) / total).toFixed(1) : '0.0'}%`, String(e.calls));
  }
  const rules = all.filter(([, e]) => e.kind === 'rule').reduce((sum, [, e]) => sum + e.ms, 0);
  const analyses = all.filter(([, e]) => e.kind === 'analysis').reduce((sum, [, e]) => sum + e.ms, 0);
  out += `all timed: ${total.toFixed(1)} ms (rules ${rules.toFixed(1)} ms, shared analyses ${analyses.toFixed(1)} ms, phases ${(total - rules - analyses).toFixed(1)} ms)`;
  out += ` of ${cpuMs().toFixed(0)} ms CPU since the process started\n`;
  return out;
}
