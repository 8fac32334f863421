// docs/rules/ is generated from rule meta; this fails when a rule changed and the pages were not
// regenerated (fix: node --import tsx scripts/gen-rule-docs.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogMetas } from '../../src/lint/catalog.js';
import { renderRuleDocs } from '../../src/lint/describe.js';
import { verifyMeta } from '../../src/lint/testing.js';
import { crossRules } from '../../src/lint/cross/index.js';

const dir = new URL('../../docs/rules/', import.meta.url);

describe('docs/rules', () => {
  const pages = renderRuleDocs(catalogMetas());

  it('has a page for every rule and nothing else', () => {
    const onDisk = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
    expect(onDisk).toEqual([...pages.keys()].sort());
  });

  for (const [name, text] of pages) {
    it(`${name} matches the rule meta`, () => {
      expect(readFileSync(new URL(name, dir), 'utf8'), 'run: node --import tsx scripts/gen-rule-docs.ts').toBe(text);
    });
  }

  it('rule ids are unique across the catalog', () => {
    const ids = catalogMetas().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('run-level rules have complete meta too', () => {
    for (const rule of crossRules) expect(() => verifyMeta({ meta: rule.meta, check: () => undefined })).not.toThrow();
  });

  it('every catalog entry (layout checks, reader and input ids too) has complete meta', () => {
    for (const meta of catalogMetas()) expect(() => verifyMeta({ meta, check: () => undefined }), meta.id).not.toThrow();
  });
});
