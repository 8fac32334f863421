// Both cores: the files of a long run are linted by worker threads (src/lint/worker.ts), each
// reading, parsing, validating and running the plan rules on the batches it is handed. The main
// thread keeps what must see the whole run: the order of the report (each result goes back to its
// file's place), the configs' own problems, the cache, and the run-level rules, which read the
// RunPlan each worker sends back (plain data, src/lint/cross/run-plan.ts). A pool run gives the
// same report as a one-thread run, byte for byte in every format (test/cli/pool-cache.test.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileState, LintRunOptions } from './run.js';

/** What a worker needs to lint like the main thread would: plain data only. */
export type WorkerOptions = Pick<LintRunOptions, 'lang' | 'profile' | 'fix' | 'keepSource' | 'config'>;

export type ToWorker = { batch: [index: number, file: string][] } | { stop: true };
export type FromWorker = { results: [index: number, state: FileState][] } | { error: { message: string; stack?: string } };

/**
 * The worker's entry: in the bundle, dist/cli/lint-worker.js (scripts/build.mjs), reached from
 * the chunk this module is in; run from the sources (tests, tsx), worker.ts through tsx.
 */
function workerEntry(): { url: URL; execArgv?: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { url: new URL('./worker.ts', here), execArgv: ['--import', 'tsx'] };
  for (const candidate of ['./lint-worker.js', '../lint-worker.js']) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return { url };
  }
  throw new Error(`the lint worker (lint-worker.js) is missing beside ${fileURLToPath(here)}; rebuild dvk (npm run build)`);
}

/** Files per message: large enough that messages cost little, small enough that both workers finish together. */
function batchSize(files: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.ceil(files / (workers * 8))));
}

/** Lints `files` with `count` workers; `onState(i, state)` gets each file's result (i: its index in `files`), batch by batch. */
export async function lintInWorkers(files: readonly string[], count: number, options: LintRunOptions, onState: (index: number, state: FileState) => void): Promise<void> {
  const { url, execArgv } = workerEntry();
  const workerData: WorkerOptions = {
    lang: options.lang,
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.fix ? { fix: options.fix } : {}),
    ...(options.keepSource ? { keepSource: true } : {}),
    ...(options.config ? { config: options.config } : {}),
  };
  const size = batchSize(files.length, count);
  let next = 0;
  let pending = files.length;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolvePool, rejectPool) => {
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        rejectPool(error);
      };
      const feed = (worker: Worker): void => {
        if (next >= files.length) return;
        const batch: [number, string][] = [];
        for (const end = Math.min(files.length, next + size); next < end; next++) batch.push([next, files[next]!]);
        worker.postMessage({ batch } satisfies ToWorker);
      };
      for (let w = 0; w < count; w++) {
        const worker = new Worker(url, { workerData, ...(execArgv ? { execArgv } : {}) });
        workers.push(worker);
        worker.on('message', (message: FromWorker) => {
          if ('error' in message) {
            const error = new Error(message.error.message);
            if (message.error.stack) error.stack = message.error.stack;
            fail(error);
            return;
          }
          for (const [i, state] of message.results) onState(i, state);
          pending -= message.results.length;
          if (pending === 0) resolvePool();
          else feed(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (pending > 0) fail(new Error(`a lint worker stopped (exit code ${code}) before the run was done`));
        });
        // Two batches each: a worker starts its second while the main thread takes in its first.
        feed(worker);
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
