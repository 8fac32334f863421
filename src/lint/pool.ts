// Both cores: the files of a long run are linted by the main thread and worker threads
// (src/lint/worker.ts), each reading, parsing, validating and running the plan rules on the
// batches it takes. The main thread also keeps what must see the whole run: the order of the report (each result goes back to its
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

/**
 * Lints `files` with `threads` threads: the main thread (`lintHere`) and `threads - 1` workers,
 * each taking the next batch when it is done with one, so a slow file does not hold the others
 * back. `onState(i, state)` gets each file's result (i: its index in `files`). The main thread
 * lints too: with two cores, one worker and the main thread pay one worker's start-up (its own
 * copy of the modules and the compiled schema) where two workers would pay two.
 */
export async function lintInWorkers(
  files: readonly string[],
  threads: number,
  options: LintRunOptions,
  onState: (index: number, state: FileState) => void,
  lintHere: (index: number) => Promise<FileState>,
): Promise<void> {
  const { url, execArgv } = workerEntry();
  const workerData: WorkerOptions = {
    lang: options.lang,
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.fix ? { fix: options.fix } : {}),
    ...(options.keepSource ? { keepSource: true } : {}),
    ...(options.config ? { config: options.config } : {}),
  };
  const size = batchSize(files.length, threads);
  let next = 0;
  let pending = files.length;
  const take = (): [number, number] | undefined => {
    if (next >= files.length) return undefined;
    const batch: [number, number] = [next, Math.min(files.length, next + size)];
    next = batch[1];
    return batch;
  };
  const workers: Worker[] = [];
  let failure: Error | undefined;
  let allDone: () => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  const finished = new Promise<void>((resolveDone, rejectDone) => {
    allDone = resolveDone;
    failed = rejectDone;
  });
  // Awaited only once the main thread's share is done: a worker failing before then must not be an unhandled rejection.
  finished.catch(() => undefined);
  const fail = (error: Error): void => {
    if (failure) return;
    failure = error;
    failed(error);
  };
  const settled = (count: number): void => {
    pending -= count;
    if (pending === 0) allDone();
  };
  try {
    const feed = (worker: Worker): void => {
      const range = take();
      if (!range) return;
      const batch: [number, string][] = [];
      for (let i = range[0]; i < range[1]; i++) batch.push([i, files[i]!]);
      worker.postMessage({ batch } satisfies ToWorker);
    };
    for (let w = 0; w < threads - 1; w++) {
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
        settled(message.results.length);
        feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (pending > 0) fail(new Error(`a lint worker stopped (exit code ${code}) before the run was done`));
      });
      // Two batches each: a worker starts its second while the main thread takes in its first.
      feed(worker);
      feed(worker);
    }
    // The main thread's share, batch by batch; between files it lets the workers' messages in
    // (their next batch is sent from there), so they never wait for it.
    for (let range = take(); range && !failure; range = take()) {
      for (let i = range[0]; i < range[1] && !failure; i++) {
        onState(i, await lintHere(i));
        settled(1);
        await new Promise<void>((resolveTurn) => setImmediate(resolveTurn));
      }
    }
    await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
