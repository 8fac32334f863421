// Preloaded into the dvk binary by bench/lint.mjs (`node --import ./bench/_maxrss.mjs bin/dvk.js …`):
// prints the process's peak resident memory on stderr when it exits. Not a benchmark itself
// (scripts/bench.mjs skips files that start with "_").
process.on('exit', () => {
  process.stderr.write(`\ndvk-bench-maxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
