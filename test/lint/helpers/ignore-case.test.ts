import { describe, expect, it } from 'vitest';
import { ignoreCasePattern, matchAllIgnoringCase } from '../../../src/lint/helpers/ignore-case.js';

const source = String.raw`(?<![\p{L}])ngày[^\S\n]+(quốc[^\S\n]+khánh|phụ[^\S\n]+nữ)(?![\p{L}])`;
const plain = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => ({ index: m.index, groups: [...m] }));

describe('matchAllIgnoringCase finds what the same pattern with /iu finds', () => {
  const pattern = ignoreCasePattern(source);
  const folded = new RegExp(source, 'giu');
  const texts = [
    'nhân ngày Quốc khánh và NGÀY PHỤ NỮ, ngày quốc Khánh',
    'không có gì',
    'ngày quốc khánh',
    'Ngày Quốc khánhX ngày   phụ nữ',
    // İ lower-cases to two code units: the /iu form of the pattern is used, positions stay right.
    'İstanbul: ngày Quốc khánh',
  ];
  for (const text of texts) {
    it(JSON.stringify(text), () => {
      const got = matchAllIgnoringCase(text, pattern).map((m) => ({ index: m.index, groups: [...m] }));
      expect(got).toEqual(plain(text, folded));
    });
  }

  it('keeps the text as written in the groups and honours back-references', () => {
    const repeated = ignoreCasePattern(String.raw`(?<![\p{L}])(\p{L}+(?:[^\S\n]+\p{L}+){1,3})(,?\s+)\1(?![\p{L}])`);
    const [m] = matchAllIgnoringCase('các Trưởng ấp, trưởng ấp về', repeated);
    expect([...m!]).toEqual(['Trưởng ấp, trưởng ấp', 'Trưởng ấp', ', ']);
    expect(m!.index).toBe(4);
  });
});
