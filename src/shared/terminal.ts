// Text from a plan or a document reaches the terminal in findings' messages, code frames and file
// names. A control character there is an instruction to the terminal (ESC starts a sequence that
// can clear the screen or retitle the window, BEL rings), and a bidi control (U+202E) reorders
// what is shown, so "Nguyễn Văn A" can display as another name. Every terminal output escapes
// them; the lint rule control-characters reports them in the plan.

/** C0 except tab and line feed, DEL, C1, and the Unicode bidi controls (embedding, override, isolate, marks). */
export const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The bidi controls alone. */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** For messages and file names: each control shown as <U+001B>. */
export function escapeControls(text: string): string {
  TERMINAL_CONTROL.lastIndex = 0;
  return TERMINAL_CONTROL.test(text) ? text.replace(TERMINAL_CONTROL, (ch) => `<${codePoint(ch)}>`) : text;
}

/**
 * For a code frame, where columns must stay put under the caret: each control becomes one
 * visible character, its Control Picture (␛ for ESC, ␇ for BEL, ␡ for DEL) or � for the others.
 */
export function showControls(text: string): string {
  TERMINAL_CONTROL.lastIndex = 0;
  if (!TERMINAL_CONTROL.test(text)) return text;
  return text.replace(TERMINAL_CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}

/**
 * Last line of defence for whatever is written to the terminal: every control except tab, line
 * feed and the colour sequences dvk itself adds (ESC [ … m) is escaped.
 */
export function safeForTerminal(text: string): string {
  TERMINAL_CONTROL.lastIndex = 0;
  if (!TERMINAL_CONTROL.test(text)) return text;
  return text.replace(/\u001B\[[0-9;]*m|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (m) => (m.length > 1 ? m : `<${codePoint(m)}>`));
}
