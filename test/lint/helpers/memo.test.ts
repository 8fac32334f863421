// The per-run text cache (src/lint/helpers/memo.ts): one answer per text inside a lint run,
// shared read-only, dropped afterwards; outside a run the helpers compute as before.
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/lint/helpers/citations.js';
import { findDates, scanDates } from '../../../src/lint/helpers/dates.js';
import { memoByText, withTextCache } from '../../../src/lint/helpers/memo.js';

describe('text cache', () => {
  it('answers once per text inside a run, and afresh outside', () => {
    let calls = 0;
    const count = memoByText((text: string) => {
      calls++;
      return [text.length];
    });
    withTextCache(() => {
      const a = count('ngày 15/6/2024');
      expect(count('ngày 15/6/2024')).toBe(a);
      count('khác');
    });
    expect(calls).toBe(2);
    count('ngày 15/6/2024');
    count('ngày 15/6/2024');
    expect(calls).toBe(4);
    // A new run starts empty: nothing is kept from the last plan.
    withTextCache(() => count('ngày 15/6/2024'));
    expect(calls).toBe(5);
  });

  it('shares frozen answers, equal to the uncached ones', () => {
    const text = 'Báo cáo trước ngày 15/6/2024 và trong quý II/2024.';
    withTextCache(() => {
      const dates = findDates(text);
      expect(dates).toEqual(scanDates(text));
      expect(Object.isFrozen(dates)).toBe(true);
      expect(Object.isFrozen(dates[0])).toBe(true);
    });
  });

  it('tells apart the same text at two paths', () => {
    const text = 'Thực hiện Chỉ thị số 45-CT/TU, ngày 27/8/2024 của Ban Thường vụ Tỉnh ủy';
    withTextCache(() => {
      expect(findCitations(text, ['mo_dau', 0])[0]!.path).toEqual(['mo_dau', 0]);
      expect(findCitations(text, ['mo_dau', 1])[0]!.path).toEqual(['mo_dau', 1]);
    });
  });

  it('texts without a year or without "số" have no dates or citations', () => {
    expect(scanDates('trước ngày 01/10')).toEqual([]);
    expect(findCitations('Nghị quyết 25-NQ/TW', [])).toEqual([]);
    expect(findCitations('Nghị quyết SỐ 25-NQ/TW', [])).toHaveLength(1);
  });
});
