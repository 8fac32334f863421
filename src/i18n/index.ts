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
