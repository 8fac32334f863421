// Messages are declared with a Vietnamese and an English text and {{placeholders}}; Vietnamese
// is the default language, English comes with --lang en.

export type Lang = 'vi' | 'en';
export interface Localized {
  vi: string;
  en: string;
}

export const LANGS: readonly Lang[] = ['vi', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** Fills {{name}} placeholders; a missing value is a programming error, so it throws. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {{${name}}} has no value`);
    return String(value);
  });
}

export function localize(message: Localized, lang: Lang, data?: Record<string, string | number>): string {
  return format(message[lang], data);
}

/**
 * An ISO date (2026-05-27, or 2026-05 for a month) as a person reads it in a message: “27/5/2026”
 * in Vietnamese, as dates are written in official texts; unchanged in English.
 */
export function displayDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  return day ? `${Number(day)}/${Number(month)}/${year}` : `${Number(month)}/${year}`;
}
