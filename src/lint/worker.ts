// A lint worker thread (src/lint/pool.ts starts it; built as dist/cli/lint-worker.js): lints the
// batches of files the main thread sends, exactly as the main thread would (lintFile in run.ts,
// each file's config found once per folder), and sends back each file's state: findings, the
// suppression comments, the RunPlan for the run-level rules, a --fix result. Nothing is printed
// or written here.
import { parentPort, workerData } from 'node:worker_threads';
import { configCheck } from './catalog.js';
import type { FromWorker, ToWorker, WorkerOptions } from './pool.js';
import { configResolver, lintFile, type FileLintEnv, type FileState } from './run.js';

const options = workerData as WorkerOptions;
const checks = configCheck();
const resolveConfig = configResolver(options.lang, checks, options.config);
const env: FileLintEnv = { options, checks, namedConfigs: new Set() };
const port = parentPort!;

port.on('message', (message: ToWorker) => {
  if ('stop' in message) {
    port.close();
    return;
  }
  void lintBatch(message.batch).then(
    (results) => port.postMessage({ results } satisfies FromWorker),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } } satisfies FromWorker);
    },
  );
});

async function lintBatch(batch: [number, string][]): Promise<[number, FileState][]> {
  const results: [number, FileState][] = [];
  for (const [index, file] of batch) {
    // A config named among the files is checked by the main thread: it never sends one here.
    const { config, configFile } = await resolveConfig(file);
    const state = await lintFile(file, { config, ...(configFile ? { configFile } : {}) }, env);
    if (!options.keepSource) delete state.report.source;
    // The main thread has the config (it resolved it too); no need to copy it back per file.
    delete state.config;
    results.push([index, state]);
  }
  return results;
}
