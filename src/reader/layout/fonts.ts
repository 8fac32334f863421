// Every run in Times New Roman, in all four font slots, with no theme font (NĐ 30, Phụ lục I,
// mục I.1: phông chữ tiếng Việt Times New Roman, bộ mã TCVN 6909:2001). A theme font follows
// the template of whoever opens the file, so it is reported even when the theme says "Times".
import type { FormatFix } from '../../report/finding.js';
import { defineLayoutCheck } from './check.js';
import { distinct, placeOf, SYMBOL_FONT, targetOf } from './format-fix.js';
import { textRuns } from './util.js';

const SLOTS = ['ascii', 'hAnsi', 'eastAsia', 'cs'] as const;

export const runFonts = defineLayoutCheck({
  meta: {
    id: 'docx-font',
    title: { vi: 'Phông chữ Times New Roman ở mọi chỗ', en: 'Times New Roman everywhere' },
    kind: 'layout',
    description: { vi: 'Mọi chữ của văn bản dùng phông Times New Roman (bộ mã Unicode TCVN 6909:2001), đặt thẳng trên chữ, không theo phông chủ đề hay phông mặc định của máy.', en: 'All text is set in Times New Roman (Unicode, TCVN 6909:2001), set directly, not through a theme font or the machine default.' },
    systems: ['state', 'party'],
    fix: 'none',
    tags: ['docx', 'trinh-bay'],
    examples: { wrong: 'Phông: Calibri (Body) hoặc +Body', right: 'Phông: Times New Roman' },
    severity: 'error',
    basis: { state: { source: 'NĐ 30/2020/NĐ-CP', where: 'Phụ lục I, mục I.1' }, party: { source: 'HD 36-HD/VPTW', where: 'mục phông chữ' } },
    messages: {
      wrongFont: {
        vi: 'Chữ “{{text}}” dùng phông {{font}}, không phải {{expected}} ({{count}} đoạn như vậy). Chọn toàn bộ (Ctrl+A) và đặt phông {{expected}}.',
        en: '“{{text}}” is set in {{font}}, not {{expected}} ({{count}} paragraphs like this). Select all (Ctrl+A) and set {{expected}}.',
      },
      themeFont: {
        vi: 'Chữ “{{text}}” dùng phông theo chủ đề ({{theme}}; chủ đề của tệp là {{themeFont}}), đổi theo máy người mở ({{count}} đoạn như vậy). Đặt thẳng phông {{expected}}.',
        en: '“{{text}}” uses a theme font ({{theme}}; the file’s theme says {{themeFont}}), which changes with the machine that opens it ({{count}} paragraphs like this). Set {{expected}} directly.',
      },
      unset: {
        vi: 'Chữ “{{text}}” không đặt phông (Word dùng phông mặc định của máy) ({{count}} đoạn như vậy). Đặt phông {{expected}}.',
        en: '“{{text}}” has no font set (Word uses the machine default) ({{count}} paragraphs like this). Set {{expected}}.',
      },
    },
  },
  run({ source, profile, report }) {
    const expected = profile.phong_chu;
    // Each finding carries the fix of every run it counts (--fix-layout), or none if one of them has none.
    const found = new Map<string, { messageId: string; data: Record<string, string | number>; start: number; end: number; paras: Set<number>; fixes?: FormatFix[] }>();
    const note = (key: string, messageId: string, data: Record<string, string | number>, start: number, end: number, para: number, fix: FormatFix | undefined) => {
      const entry = found.get(key) ?? { messageId, data, start, end, paras: new Set<number>(), fixes: [] };
      entry.paras.add(para);
      if (!fix) delete entry.fixes;
      else entry.fixes?.push(fix);
      found.set(key, entry);
    };
    const themes = source.docx!.themeFonts;
    for (const line of source.lines) {
      for (const run of textRuns(line.para)) {
        const text = run.text.trim().slice(0, 30);
        const at = [line.start + run.start, line.start + run.end] as const;
        // The fix: the four slots set to the profile's font where the wrong slots take theirs from.
        const fixAt = (slots: readonly (typeof SLOTS)[number][], was: string): FormatFix => ({ at: targetOf(placeOf(run, slots.map((s) => run.from?.fonts[s])), line, run), set: { font: expected }, was });
        const wrongSlots = SLOTS.filter((s) => run.fonts[s] !== undefined && run.fonts[s]!.toLowerCase() !== expected.toLowerCase());
        if (run.fonts.themes.length) {
          const theme = run.fonts.themes[0]!;
          const themeFont = (/^major/i.test(theme) ? themes.major : themes.minor) ?? '?';
          // A slot holding a theme has no font name in run.fonts: every slot not set to the font expected.
          const slots = SLOTS.filter((s) => run.fonts[s] === undefined || wrongSlots.includes(s));
          note(`theme:${theme}`, 'themeFont', { text, theme, themeFont, expected }, at[0], at[1], line.no, fixAt(slots, `${theme} (${themeFont})`));
          continue;
        }
        const fonts = [run.fonts.ascii, run.fonts.hAnsi, run.fonts.eastAsia, run.fonts.cs].filter((f): f is string => f !== undefined);
        const wrong = fonts.find((f) => f.toLowerCase() !== expected.toLowerCase());
        // Text in a symbol font would change its glyphs: left for the drafter.
        if (wrong) note(`font:${wrong}`, 'wrongFont', { text, font: wrong, expected }, at[0], at[1], line.no, fonts.some((f) => SYMBOL_FONT.test(f)) ? undefined : fixAt(wrongSlots, wrong));
        else if (run.fonts.ascii === undefined && run.fonts.hAnsi === undefined) note('unset', 'unset', { text, expected }, at[0], at[1], line.no, fixAt(['ascii', 'hAnsi'], '—'));
      }
    }
    for (const entry of found.values()) {
      const layoutFix = entry.fixes?.length ? { layoutFix: { format: distinct(entry.fixes) } } : {};
      report({ messageId: entry.messageId, data: { ...entry.data, count: entry.paras.size }, start: entry.start, end: entry.end, ...layoutFix });
    }
  },
});
