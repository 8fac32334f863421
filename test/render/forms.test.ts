// The profile-driven forms and the text helpers, without rendering a file.
import { describe, expect, it } from 'vitest';
import { dateWords, label, letter, numberingLevels, roman, shortDate } from '../../src/render/forms.js';
import { cleanText, endWith, parseInline } from '../../src/render/inline.js';
import { loadProfile } from '../../src/profile/index.js';

describe('dates', () => {
  it('pads days below 10 and months 1–2 only (NĐ 30, Phụ lục I, II.4)', () => {
    expect(dateWords({ iso: '2026-02-05', year: 2026, month: 2, day: 5 })).toBe('ngày 05 tháng 02 năm 2026');
    expect(dateWords({ iso: '2024-05-27', year: 2024, month: 5, day: 27 })).toBe('ngày 27 tháng 5 năm 2024');
    expect(dateWords({ iso: '2023-10', year: 2023, month: 10 })).toBe('ngày    tháng 10 năm 2023');
    expect(shortDate({ iso: '2024-04-23', year: 2024, month: 4, day: 23 })).toBe('23/4/2024');
    expect(shortDate({ iso: '2019-01-07', year: 2019, month: 1, day: 7 })).toBe('07/01/2019');
  });
});

describe('numbering', () => {
  it('writes Roman numerals and Vietnamese point letters without f, j, w, z', () => {
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect([1, 5, 6, 7].map(letter)).toEqual(['a', 'đ', 'e', 'g']);
  });

  it('numbers I. / 1. / a) by default, 1. / a) with `so`, and 1. / 1.1. with `thap_phan`', () => {
    const p = loadProfile('nd30');
    const la = numberingLevels(p, undefined);
    expect([label(la, 0, [2]), label(la, 1, [2, 3]), label(la, 2, [2, 3, 1])]).toEqual(['II.', '3.', 'a)']);
    const so = numberingLevels(p, 'so');
    expect([label(so, 0, [2]), label(so, 1, [2, 1])]).toEqual(['2.', 'a)']);
    const tp = numberingLevels(p, 'thap_phan');
    expect([label(tp, 0, [7]), label(tp, 1, [7, 1]), label(tp, 2, [7, 1, 2])]).toEqual(['7.', '7.1.', '7.1.2.']);
  });
});

describe('inline text', () => {
  it('splits **bold** and *italic*, and keeps a lone * literal', () => {
    expect(parseInline('a **b** c *d* e')).toEqual([{ text: 'a ' }, { text: 'b', bold: true }, { text: ' c ' }, { text: 'd', italic: true }, { text: ' e' }]);
    expect(parseInline('**đậm *nghiêng* đậm**')).toEqual([{ text: 'đậm ', bold: true }, { text: 'nghiêng', bold: true, italic: true }, { text: ' đậm', bold: true }]);
    expect(parseInline('5 * 3 và (*)')).toEqual([{ text: '5 * 3 và (*)' }]);
  });

  it('removes characters XML cannot hold and composes NFD to NFC', () => {
    expect(cleanText('a\u0000b\u0007c\uFFFEd\ud800e')).toBe('abcde');
    expect(cleanText('Hòa'.normalize('NFD'))).toBe('Hòa');
  });

  it('ends the body with the profile mark, replacing the sentence end', () => {
    expect(endWith([{ text: 'Trên đây là Kế hoạch.' }], './.')[0]!.text).toBe('Trên đây là Kế hoạch./.');
    expect(endWith([{ text: 'theo quy định;' }], '.')[0]!.text).toBe('theo quy định.');
    expect(endWith([{ text: 'đã xong./.' }], '.')[0]!.text).toBe('đã xong.');
  });
});
