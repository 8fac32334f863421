// The floor of issue 13: one Node process that only reads each plan of a folder (sorted, sub-folders
// included) and calls yaml.parseDocument on it; what no linter of YAML files can go below.
// Run by bench/repository.mjs with bench/_maxrss.mjs preloaded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

let files = 0;
let nodes = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.yaml')) {
      const doc = parseDocument(readFileSync(path, 'utf8'));
      if (doc.contents) nodes++;
      files++;
    }
  }
}
walk(process.argv[2]);
process.stdout.write(`${files} files, ${nodes} documents\n`);
