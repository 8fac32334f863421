// Preloaded into the dvk binary by the benches (`node --import ./bench/_maxrss.mjs bin/dvk.js …`):
// prints the process's peak resident memory and the CPU time of all its threads (workers
// included) on stderr when it exits. Not a benchmark itself (scripts/bench.mjs skips files that
// start with "_").
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\ndvk-bench-maxrss-kb ${usage.maxRSS}\ndvk-bench-cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
