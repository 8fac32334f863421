// The fix invariant over the whole catalog (markdownlint's): after `--fix`, the plan still parses
// and passes the schema, comments stay, no fixable finding is left, and fixing again changes
// nothing. Run on a plan with the mechanical mistakes real documents make (seed 000: "Số: 08 -",
// "T/M.", spaces before punctuation, straight quotes), and on random damage (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogIds, rules } from '../../src/lint/catalog.js';
import { fixText } from '../../src/lint/fix.js';
import { lintText } from '../../src/lint/index.js';
import { postProcess } from '../../src/lint/pipeline.js';
import { planYaml } from '../../src/lint/testing.js';

const lint = (text: string) => postProcess(lintText(text, { file: 'k.yaml', lang: 'vi', rules }).findings, { file: 'k.yaml', lang: 'vi', source: text, knownRuleIds: catalogIds() });
const fix = (text: string) => fixText(text, lint);

const messy = `# Kế hoạch của Ban Dân vận (chú thích phải còn sau khi sửa)
${planYaml('party', {
  so: '8',
  mo_dau: 'Ban Dân vận Đảng ủy xây dựng Kế hoạch thực hiện phong trào "Dân vận khéo" như sau :',
  nguoi_ky: { quyen_han: 'T/M.', tap_the: 'BAN THƯỜNG VỤ', chuc_vu: 'Phó Bí thư' },
  noi_nhan: { gui: ['Ban Dân vận Tỉnh ủy ,', 'Đảng bộ cơ sở'], luu: 'Văn phòng Đảng ủy' },
}).trimEnd()}  # cuối tệp
`;

describe('the fix invariant', () => {
  it('fixes a messy plan into one that still loads, keeps comments and has nothing fixable left', () => {
    const before = lint(messy);
    expect(before.filter((f) => f.fix).length).toBeGreaterThan(2);
    const { output } = fix(messy);
    expect(output).not.toBe(messy);
    expect(output).toContain('# Kế hoạch của Ban Dân vận (chú thích phải còn sau khi sửa)');
    expect(output).toContain('# cuối tệp');
    const after = lintText(output, { file: 'k.yaml', lang: 'vi', rules });
    expect(after.loaded.plan, after.findings.map((f) => f.message).join('\n')).toBeDefined();
    expect(lint(output).filter((f) => f.fix)).toEqual([]);
    expect(fix(output).output).toBe(output);
  });

  it('holds for random spacing and punctuation damage to text values', () => {
    const base = planYaml('state');
    const values = ['trich_yeu: ', '  - Nâng cao', '    ho_ten: ', 'dia_danh: '];
    const damage = fc.record({
      where: fc.constantFrom(...values),
      insert: fc.constantFrom('  ', ' ,', ' ;', ' .', '"', '“ ', ' ”', '( ', ' )', '\u0301'),
      at: fc.nat(20),
    });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (damages) => {
        let text = base;
        for (const d of damages) {
          const start = text.indexOf(d.where);
          const lineEnd = text.indexOf('\n', start);
          const valueStart = start + d.where.length;
          const pos = Math.min(lineEnd - 1, valueStart + 1 + d.at);
          if (pos <= valueStart) continue;
          text = text.slice(0, pos) + d.insert + text.slice(pos);
        }
        const loadedBefore = lintText(text, { file: 'k.yaml', lang: 'vi', rules });
        if (!loadedBefore.loaded.plan) return; // the damage broke the YAML itself: nothing to fix
        const { output } = fix(text);
        const after = lintText(output, { file: 'k.yaml', lang: 'vi', rules });
        expect(after.loaded.plan).toBeDefined();
        expect(lint(output).filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
        expect(fix(output).output).toBe(output);
      }),
      { numRuns: 60, seed: 20240527 },
    );
  });
});
