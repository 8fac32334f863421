// `npm run fuzz [-- --cases 50000 --seed 1 --budget 5000 --workers 2]`: drives validate, lint,
// --fix, render and import in process (scripts/fuzz-core.ts) with mutated plans, .txt and .docx
// packages, and counts crashes (exit outside 0/1/2, a stack trace, "lỗi nội bộ"), hangs (a case
// over its CPU-time budget in ms, or one that stops answering for two minutes) and the peak
// memory. The cases run in child processes watched by this one: a case that
// never returns is killed, counted as a hang, and the run goes on after it. Not part of `npm test`
// (a fixed-seed set of 200 cases is: test/fuzz/fuzz.test.ts). Failing inputs are kept in
// $TMPDIR/dvk-fuzz-failures/ to reproduce with `dvk <args>`.
import { fork } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus, makeCase, runCase, type Main } from './fuzz-core.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const seed = arg('seed', 1);
const cases = arg('cases', 50_000);
const budgetMs = arg('budget', 5_000);
/** No message from the child for this long (wall time, on a machine maybe busy with other work): the case is stuck, kill it. */
const killAfterMs = Math.max(budgetMs * 12, 120_000);
const failures = join(tmpdir(), 'dvk-fuzz-failures');

type FromChild =
  | { type: 'ready' }
  | { type: 'start'; index: number }
  /** rss: the worker's peak resident memory so far (getrusage maxRSS), not a sample after the case. */
  | { type: 'done'; index: number; verdict: 'ok' | 'crash'; why?: string; code: number; ms: number; cpuMs: number; rss: number; kind: string; args: string[]; how: string[]; output?: string };

async function child(): Promise<void> {
  const from = arg('from', 0);
  const to = arg('to', cases);
  const { main } = (await import(pathToFileURL(join(root, 'dist/cli/main.js')).href)) as { main: Main };
  const dir = join(tmpdir(), `dvk-fuzz-${process.pid}`);
  const corpus = await loadCorpus(root, main, `${dir}-corpus`);
  const send = (m: FromChild) => process.send!(m);
  send({ type: 'ready' });
  for (let index = from; index < to; index++) {
    const c = makeCase(seed, index, corpus);
    send({ type: 'start', index });
    const r = await runCase(main, c, dir);
    const failed = r.verdict === 'crash' || r.cpuMs > budgetMs;
    if (failed) {
      mkdirSync(failures, { recursive: true });
      writeFileSync(join(failures, `case-${seed}-${index}-${c.file}`), c.input);
    }
    send({ type: 'done', index, verdict: r.verdict, ...(r.why ? { why: r.why } : {}), code: r.code, ms: r.ms, cpuMs: r.cpuMs, rss: process.resourceUsage().maxRSS * 1024, kind: c.kind, args: c.args, how: c.how, ...(failed ? { output: r.output.slice(0, 2000) } : {}) });
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-corpus`, { recursive: true, force: true });
  process.exit(0);
}

const counts = { cases: 0, ok: 0, crashes: 0, hangs: 0, slowest: 0, peakRss: 0, exit: {} as Record<number, number> };
const byKind: Record<string, number> = {};
const timeBy: Record<string, { n: number; ms: number }> = {};
const started = Date.now();

/** Cases [from, to) in a child process, restarted after a case that hangs or kills it. */
async function runRange(from: number, to: number): Promise<void> {
  let next = from;
  while (next < to) {
    const worker = fork(fileURLToPath(import.meta.url), ['--child', '--from', String(next), '--to', String(to), '--seed', String(seed), '--cases', String(cases), '--budget', String(budgetMs)], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=1536'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    try {
      setPriority(worker.pid!, 10);
    } catch {
      // Lowering the priority is a courtesy to other work on the machine; not required.
    }
    let current = next;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => worker.kill('SIGKILL'), killAfterMs);
    };
    arm();
    worker.on('message', (m: FromChild) => {
      arm();
      if (m.type === 'start') current = m.index;
      if (m.type !== 'done') return;
      counts.cases++;
      next = m.index + 1;
      byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
      const key = `${m.kind} ${m.args.slice(0, 2).join(' ')}`;
      const t = (timeBy[key] ??= { n: 0, ms: 0 });
      t.n++;
      t.ms += m.ms;
      counts.exit[m.code] = (counts.exit[m.code] ?? 0) + 1;
      counts.peakRss = Math.max(counts.peakRss, m.rss);
      counts.slowest = Math.max(counts.slowest, m.cpuMs);
      if (m.verdict === 'crash') {
        counts.crashes++;
        console.log(`CRASH case ${m.index} (${m.why}): dvk ${m.args.join(' ')}  [${m.how.join('; ')}]\n${m.output}`);
      } else if (m.cpuMs > budgetMs) {
        counts.hangs++;
        console.log(`SLOW case ${m.index}: ${Math.round(m.cpuMs)} ms CPU (${Math.round(m.ms)} ms wall): dvk ${m.args.join(' ')}  [${m.how.join('; ')}]`);
      } else counts.ok++;
      if (counts.cases % 2000 === 0) console.log(`${counts.cases} cases, ${counts.crashes} crashes, ${counts.hangs} hangs, peak ${(counts.peakRss / 2 ** 20).toFixed(0)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    });
    const code = await new Promise<number | null>((resolve) => worker.on('exit', (c) => resolve(c)));
    clearTimeout(timer);
    if (next < to && code !== 0) {
      // Killed (a hang) or died (out of memory, a signal): that case counts, the run goes on after it.
      counts.cases++;
      counts.hangs++;
      console.log(`HANG or death (exit ${code}) at case ${current}`);
      next = current + 1;
    }
  }
}

async function parent(): Promise<void> {
  // Two children by default: the cases are independent, and one core idles while the other reads.
  const workers = Math.max(1, arg('workers', 2));
  const size = Math.ceil(cases / workers);
  await Promise.all(Array.from({ length: workers }, (_, w) => runRange(w * size, Math.min(cases, (w + 1) * size))));
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\nfuzz seed ${seed}: ${counts.cases} cases in ${seconds.toFixed(0)} s (${(counts.cases / seconds).toFixed(1)}/s, ${workers} workers); ` +
      `${counts.crashes} crashes, ${counts.hangs} hangs, peak RSS ${(counts.peakRss / 2 ** 20).toFixed(0)} MB (per worker), slowest case ${Math.round(counts.slowest)} ms CPU; ` +
      `exit codes ${JSON.stringify(counts.exit)}; inputs ${JSON.stringify(byKind)}`,
  );
  if (process.argv.includes('--times')) for (const [k, t] of Object.entries(timeBy).sort((a, b) => b[1].ms - a[1].ms)) console.log(`${k}: ${t.n} cases, ${(t.ms / t.n).toFixed(0)} ms each, ${(t.ms / 1000).toFixed(1)} s`);
  process.exitCode = counts.crashes || counts.hangs || counts.peakRss >= 1024 ** 3 ? 1 : 0;
}

if (process.argv.includes('--child')) await child();
else await parent();
