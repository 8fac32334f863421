// Rule options have a schema (meta.options): the config check reports options that do not fit
// (or options for a rule that takes none), and the rule runs with the schema's defaults.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.js';
import { configCheck } from '../../src/lint/catalog.js';
import { lintText } from '../../src/lint/index.js';
import { optionProblems } from '../../src/lint/options.js';
import { defineRule } from '../../src/lint/rule.js';
import { repoRoot, tempDir } from '../helpers/cli.js';

const seen: Record<string, unknown>[] = [];
const withOptions = defineRule({
  meta: {
    id: 'test-options',
    title: { vi: 'Thử tùy chọn', en: 'Options test' },
    description: { vi: 'Thử.', en: 'Test.' },
    systems: ['state', 'party'],
    severity: 'warning',
    basis: { state: { source: 'dvk', where: 'thử' }, party: { source: 'dvk', where: 'thử' } },
    fix: 'none',
    tags: [],
    options: { properties: { toi_da: { type: 'integer', minimum: 1, default: 3 } }, additionalProperties: false },
    messages: { x: { vi: 'x', en: 'x' } },
    examples: { wrong: 'a', right: 'b' },
  },
  check({ options }) {
    seen.push(options);
  },
});

const PLAN = readFileSync(join(repoRoot, 'examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'), 'utf8');

describe('rule options', () => {
  it('run with the schema defaults, the given values when they fit, the defaults when they do not', () => {
    seen.length = 0;
    const run = (tuy_chon?: Record<string, unknown>) =>
      lintText(PLAN, { file: 'p.yaml', lang: 'vi', rules: [withOptions], ...(tuy_chon ? { config: { quy_tac: { 'test-options': { tuy_chon } } } } : {}) });
    const first = run();
    expect(first.loaded.plan, JSON.stringify(first.loaded.report.findings.map((f) => f.message))).toBeDefined();
    run({ toi_da: 5 });
    run({ toi_da: 0 });
    expect(seen).toEqual([{ toi_da: 3 }, { toi_da: 5 }, { toi_da: 3 }]);
  });

  it('are checked with the config, by the rule schema', async () => {
    expect(optionProblems(withOptions.meta, { toi_da: 2 })).toEqual([]);
    expect(optionProblems(withOptions.meta, { toi_da: 'hai' })).toEqual(['/toi_da must be integer']);
    const dir = tempDir('dvk-options-');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'dvk.config.yaml');
    writeFileSync(file, 'quy_tac:\n  quote-pairing:\n    muc_do: warning\n    tuy_chon: { toi_da: 3 }\n');
    const { findings } = await loadConfigFile(file, 'vi', configCheck());
    expect(findings.map((f) => [f.ruleId, f.message, f.range.start.line])).toEqual([
      ['config/rule-options', 'Quy tắc “quote-pairing” không có tùy chọn nào: tuy_chon ở đây không có tác dụng.', 4],
    ]);
  });
});
