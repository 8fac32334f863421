// Rendering 100 plans in one process (the examples, repeated), to .docx and to Markdown: what a
// repository of plans pays for `dvk render plans/*.yaml -o out/`. Prints figures; never fails.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlanFile } from '../src/plan/index.js';
import { prepareDocument, toDocx, toMarkdown } from '../src/render/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => join(root, 'examples', f));
const files = Array.from({ length: 100 }, (_, i) => examples[i % examples.length]);

async function run() {
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const file of files) {
    const loaded = await loadPlanFile(file, 'vi');
    const { doc } = await prepareDocument(loaded.plan, file, 'vi');
    bytes += (await toDocx(doc)).length + toMarkdown(doc).length;
  }
  const cpu = process.cpuUsage(cpu0);
  // CPU time as well as wall time: on a busy machine the wall time mostly measures the others.
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, bytes };
}

const first = await run(); // includes loading docx, Handlebars, Ajv and the first JIT pass
const second = await run();
const mem = process.memoryUsage().rss / 1024 / 1024;
console.log(`render 100 plans (.docx + .md, ${examples.length} examples repeated), one process:`);
console.log(`  first run  ${first.ms.toFixed(0)} ms wall, ${first.cpuMs.toFixed(0)} ms CPU  (${(first.cpuMs / 100).toFixed(1)} ms CPU/plan, cold)`);
console.log(`  second run ${second.ms.toFixed(0)} ms wall, ${second.cpuMs.toFixed(0)} ms CPU  (${(second.cpuMs / 100).toFixed(1)} ms CPU/plan, warm)`);
console.log(`  output ${(second.bytes / 1024).toFixed(0)} KiB per 100 plans; RSS ${mem.toFixed(0)} MiB`);
