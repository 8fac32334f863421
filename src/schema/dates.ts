// Calendar checks for ISO dates as clerks write them: 2024-02-29 (full) or 2023-10 (a draft's month).

export interface DateCheck {
  /** The text has the shape YYYY-MM or YYYY-MM-DD. */
  shapeOk: boolean;
  /** The shape is right and the day exists. */
  ok: boolean;
  year: number;
  month: number;
  day?: number;
  daysInMonth: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function checkIsoDate(text: string): DateCheck {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return { shapeOk: false, ok: false, year: 0, month: 0, daysInMonth: 0 };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month < 1 || month > 12) return { shapeOk: false, ok: false, year, month, daysInMonth: 0 };
  const dim = daysInMonth(year, month);
  const ok = day === undefined || (day >= 1 && day <= dim);
  return { shapeOk: day === undefined || (day >= 1 && day <= 31), ok, year, month, ...(day === undefined ? {} : { day }), daysInMonth: dim };
}
