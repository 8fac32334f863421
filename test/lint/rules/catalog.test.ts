// The catalog lists every rule module once, each rule's id is its file name, and every rule
// has a test file here that names it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/lint/rules/index.js';

const ruleDir = new URL('../../../src/lint/rules/', import.meta.url);
const testDir = new URL('./', import.meta.url);

describe('rule catalog', () => {
  const files = readdirSync(ruleDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));

  it('registers every rule module, once, under its file name', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual(files.sort());
  });

  it('has at least 40 rules', () => {
    expect(rules.length).toBeGreaterThanOrEqual(40);
  });

  it('tests every rule', () => {
    const tests = [...readdirSync(testDir), '../quyen-han-format.test.ts']
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(new URL(f, testDir), 'utf8'))
      .join('\n');
    const untested = rules.filter((r) => !new RegExp(`testRule\\(${camel(r.meta.id)},`).test(tests)).map((r) => r.meta.id);
    expect(untested).toEqual([]);
  });
});

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
