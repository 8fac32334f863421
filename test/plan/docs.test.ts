import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/plan/index.js';
import { repoRoot } from '../helpers/cli.js';

// The plan-format guide must not lie: its full example is a valid plan.
describe('docs/plan-format.md', () => {
  it('shows an example that validates', () => {
    const doc = readFileSync(join(repoRoot, 'docs', 'plan-format.md'), 'utf8');
    const block = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    const { report, plan } = loadPlanText(block, 'plan-format.md', 'vi');
    expect(report.findings).toEqual([]);
    expect(plan?.parts.map((p) => p.key)).toEqual(['muc_dich_yeu_cau', 'noi_dung', 'to_chuc_thuc_hien']);
    expect(plan?.signer.authority?.text).toBe('ky_thay');
  });
});
