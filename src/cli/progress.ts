// A progress counter for long lint runs: “dvk: 1 234/5 000 tệp” on one line of stderr, redrawn
// at most ten times a second and wiped before the report is printed. Only where a person watches:
// stderr a terminal (not a pipe, not a file, not a CI log: CI set), TERM not dumb (a carriage
// return redraw needs a real terminal), and never with a machine format (its consumers parse
// stdout and some capture stderr too). A run shorter than half a second shows nothing.
import { localize, type Lang } from '../i18n/index.js';

const text = { counter: { vi: 'dvk: đã kiểm tra {{done}}/{{total}} tệp', en: 'dvk: linted {{done}}/{{total}} files' } };

const SHOW_AFTER_MS = 500;
const REDRAW_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Wipes the counter line (before anything else is written). */
  end(): void;
}

export function progressWanted(stream: ProgressStream, env: NodeJS.ProcessEnv, machineFormat: boolean): boolean {
  if (machineFormat || !stream.isTTY) return false;
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false;
  return env.TERM !== 'dumb';
}

export function createProgress(stream: ProgressStream, lang: Lang, now: () => number = Date.now): Progress {
  const start = now();
  let lastDraw = 0;
  let width = 0;
  return {
    update(done, total) {
      const t = now();
      if (t - start < SHOW_AFTER_MS || (t - lastDraw < REDRAW_MS && done < total)) return;
      lastDraw = t;
      const line = localize(text.counter, lang, { done: String(done), total: String(total) }).slice(0, Math.max(20, (stream.columns || 80) - 1));
      stream.write(`\r${line.padEnd(width)}`);
      width = line.length;
    },
    end() {
      if (width) stream.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
