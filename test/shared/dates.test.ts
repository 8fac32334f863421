// The one dates module: reading the three forms people write, the calendar, ordering, and the
// written forms with NĐ 30's leading zero (days below 10, months 1 and 2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIsoDate, compareDays, daysInMonth, displayDate, isIsoDay, isoText, isRealDay, parseDate, parseIsoDate, periodOf, shortDate,
  spokenDate, todayIso, type Day,
} from '../../src/shared/dates.js';

const feb5: Day = { year: 2026, month: 2, day: 5 };

describe('reading a date', () => {
  it('reads the ISO form, the spoken form and the short form as the same day', () => {
    for (const text of ['2026-02-05', '2026-2-5', 'ngày 05 tháng 02 năm 2026', 'ngày 5 tháng 2 năm 2026', 'Ngày 05 tháng 02 năm 2026', '5/2/2026', '05/02/2026', '05-02-2026', '5.2.2026', ' 05/02/2026 ']) {
      expect(parseDate(text), text).toEqual({ ok: true, day: feb5 });
    }
  });

  it('reads the spoken form in decomposed Unicode (text pasted from old software)', () => {
    expect(parseDate('ngày 05 tháng 02 năm 2026'.normalize('NFD'))).toEqual({ ok: true, day: feb5 });
  });

  it('tells a text that is not a date from a day that is not on the calendar', () => {
    for (const text of ['', 'hôm nay', '2026/02/05', '05/02/26', '5/2', 'tháng 02 năm 2026', '2026-02-05T00:00']) {
      expect(parseDate(text), text).toEqual({ ok: false, problem: 'shape' });
    }
    for (const text of ['31/4/2026', '29/02/2026', '2026-13-01', 'ngày 30 tháng 02 năm 2024', '0/1/2026']) {
      expect(parseDate(text), text).toEqual({ ok: false, problem: 'calendar' });
    }
    expect(parseDate('29/02/2024')).toEqual({ ok: true, day: { year: 2024, month: 2, day: 29 } });
  });

  it('reads a plan date by shape: a day, or a draft month', () => {
    expect(parseIsoDate('2026-02-05')).toEqual({ iso: '2026-02-05', year: 2026, month: 2, day: 5 });
    expect(parseIsoDate('2023-10')).toEqual({ iso: '2023-10', year: 2023, month: 10 });
    expect(parseIsoDate('2026-2-5')).toBeUndefined();
    expect(parseIsoDate(undefined)).toBeUndefined();
  });

  it('checks a plan date for the schema, with the month length its message quotes', () => {
    expect(checkIsoDate('2024-02-29')).toMatchObject({ shapeOk: true, ok: true });
    expect(checkIsoDate('2023-02-29')).toEqual({ shapeOk: true, ok: false, year: 2023, month: 2, day: 29, daysInMonth: 28 });
    expect(checkIsoDate('2024-04-31')).toMatchObject({ shapeOk: true, ok: false, daysInMonth: 30 });
    expect(checkIsoDate('2024-04-32')).toMatchObject({ shapeOk: false, ok: false });
    expect(checkIsoDate('2024-13')).toMatchObject({ shapeOk: false, ok: false });
    expect(checkIsoDate('2023-10')).toMatchObject({ shapeOk: true, ok: true });
    expect(checkIsoDate('27/5/2026')).toMatchObject({ shapeOk: false, ok: false });
  });

  it('validates a strict ISO day (a config date)', () => {
    expect(isIsoDay('2026-05-27')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2026-05')).toBe(false);
    expect(isIsoDay('27/5/2026')).toBe(false);
  });
});

describe('the calendar and order', () => {
  it('knows leap years and month lengths', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual([29, 28, 29, 28, 30, 31]);
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2026, 4, 31)).toBe(false);
    expect(isRealDay(2026, 0, 1)).toBe(false);
    expect(isRealDay(2026, 1, 0)).toBe(false);
  });

  it('orders days and reads a draft month as a period', () => {
    expect(compareDays(feb5, { year: 2026, month: 2, day: 6 })).toBeLessThan(0);
    expect(compareDays(feb5, { year: 2025, month: 12, day: 31 })).toBeGreaterThan(0);
    expect(compareDays(feb5, { ...feb5 })).toBe(0);
    expect(periodOf({ iso: '2024-02', year: 2024, month: 2 })).toEqual({ first: { year: 2024, month: 2, day: 1 }, last: { year: 2024, month: 2, day: 29 } });
    expect(periodOf({ iso: '2026-02-05', ...feb5 })).toEqual({ first: feb5, last: feb5 });
  });
});

describe('writing a date', () => {
  it('puts a 0 before days below 10 and months 1 and 2, nowhere else (NĐ 30 Phụ lục I, II.4)', () => {
    expect(spokenDate(feb5)).toBe('ngày 05 tháng 02 năm 2026');
    expect(spokenDate({ year: 2026, month: 1, day: 10 })).toBe('ngày 10 tháng 01 năm 2026');
    expect(spokenDate({ year: 2026, month: 3, day: 9 })).toBe('ngày 09 tháng 3 năm 2026');
    expect(spokenDate({ year: 2024, month: 5, day: 27 })).toBe('ngày 27 tháng 5 năm 2024');
    expect(spokenDate({ year: 2024, month: 12, day: 31 })).toBe('ngày 31 tháng 12 năm 2024');
  });

  it('leaves a draft’s blanks for the clerk', () => {
    expect(spokenDate({ iso: '2023-10', year: 2023, month: 10 })).toBe('ngày    tháng 10 năm 2023');
    expect(spokenDate(undefined)).toBe('ngày    tháng    năm    ');
  });

  it('writes the short form of running text with the same rule', () => {
    expect(shortDate(feb5)).toBe('05/02/2026');
    expect(shortDate({ year: 2024, month: 4, day: 23 })).toBe('23/4/2024');
    expect(shortDate({ year: 2026, month: 9, day: 5 })).toBe('05/9/2026');
    expect(shortDate({ iso: '2023-10', year: 2023, month: 10 })).toBe('10/2023');
    expect(shortDate({ iso: '2024-02', year: 2024, month: 2 })).toBe('02/2024');
  });

  it('writes a date in a message without leading zeros in Vietnamese, ISO in English', () => {
    expect(displayDate('2026-05-27', 'vi')).toBe('27/5/2026');
    expect(displayDate('2026-02-05', 'vi')).toBe('5/2/2026');
    expect(displayDate(feb5, 'vi')).toBe('5/2/2026');
    expect(displayDate('2026-05-27', 'en')).toBe('2026-05-27');
    expect(displayDate(feb5, 'en')).toBe('2026-02-05');
    expect(displayDate('2023-10', 'vi')).toBe('10/2023');
    expect(displayDate('2024-02', 'vi')).toBe('2/2024');
    expect(displayDate('sắp tới', 'vi')).toBe('sắp tới');
  });

  it('writes the ISO form digit by digit: a day not on the calendar reaches the schema as written', () => {
    expect(isoText(feb5)).toBe('2026-02-05');
    expect(isoText({ year: 2024, month: 4, day: 31 })).toBe('2024-04-31');
    expect(isoText({ year: 2023, month: 10 })).toBe('2023-10');
  });

  it('gives today in the local time zone', () => {
    expect(todayIso(new Date(2026, 1, 5, 23, 59))).toBe('2026-02-05');
  });

  it('reads back every form it writes, for every real day', () => {
    const days = fc.record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }).filter((d) => isRealDay(d.year, d.month, d.day));
    fc.assert(
      fc.property(days, (d) => {
        for (const written of [spokenDate(d), shortDate(d), isoText(d)]) expect(parseDate(written)).toEqual({ ok: true, day: d });
        expect(parseIsoDate(isoText(d))).toMatchObject(d);
      }),
    );
  });
});
