// Property tests: whatever text or bytes the reader is given, it answers with findings (or a
// fatal finding), never an exception, and every position it gives lies inside the source.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExistingDocument } from '../../src/reader/index.js';
import { recognise } from '../../src/reader/recognise.js';
import { sourceFromText } from '../../src/reader/source.js';
import { tempDir } from '../helpers/cli.js';
import { docxFixtures, SEEDS, seedFile } from './helpers.js';

const seedLines = SEEDS.flatMap((id) => readFileSync(seedFile(id), 'utf8').split('\n'));

describe('reader properties', () => {
  it('any mix of seed lines and noise: no exception, positions inside the text', () => {
    const line = fc.oneof(fc.constantFrom(...seedLines), fc.string({ maxLength: 40 }), fc.constantFrom('', '\t', 'Số: ', 'ngày  tháng  năm', 'I.', '1.', '- ', 'Nơi nhận:', 'T/M', '*'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const source = sourceFromText(lines.join('\n'));
        const r = recognise(source);
        for (const n of r.notes) {
          expect(n.start).toBeGreaterThanOrEqual(0);
          expect(n.end).toBeLessThanOrEqual(source.text.length);
        }
        for (const at of r.entries.values()) {
          expect(at.start).toBeGreaterThanOrEqual(0);
          expect(at.end).toBeLessThanOrEqual(source.text.length);
          if (at.offsets) expect(at.offsets.every((o) => o >= 0 && o <= source.text.length)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a .docx with damaged bytes: a fatal finding or a reading, never an exception', async () => {
    const good = readFileSync(join(docxFixtures, 'seed-003-libreoffice.docx'));
    const dir = tempDir('dvk-fuzz-');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(good.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }), async (flips) => {
        const bytes = Buffer.from(good);
        for (const [at, value] of flips) bytes[at] = value;
        const file = join(dir, 'x.docx');
        writeFileSync(file, bytes);
        const loaded = await readExistingDocument(file, 'vi');
        expect(loaded.report.findings.length).toBeGreaterThan(0);
        if (loaded.report.unusable) expect(loaded.report.findings[0]!.fatal).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
