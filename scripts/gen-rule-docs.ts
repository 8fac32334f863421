// Writes docs/rules/<id>.md and docs/rules/README.md from the rule metadata (markdownlint's
// generated docs). Run after adding or changing a rule:
//   node --import tsx scripts/gen-rule-docs.ts
// test/lint/docs.test.ts fails when the committed pages drift from the meta.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogMetas } from '../src/lint/catalog.js';
import { renderRuleDocs } from '../src/lint/describe.js';

const dir = fileURLToPath(new URL('../docs/rules/', import.meta.url));
mkdirSync(dir, { recursive: true });
const pages = renderRuleDocs(catalogMetas());
for (const old of readdirSync(dir)) if (old.endsWith('.md') && !pages.has(old)) rmSync(`${dir}${old}`);
for (const [name, text] of pages) writeFileSync(`${dir}${name}`, text);
console.log(`docs/rules: ${pages.size} pages`);
