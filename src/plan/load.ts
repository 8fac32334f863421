// Text → YAML document with positions → plain data. Every scalar is read as a string
// (failsafe schema) so that "05", "0912345678" and "2024-05-27" stay what the clerk typed;
// the schema coerces the few real numbers and booleans.
import { isMap, isScalar, Lexer, LineCounter, parseDocument, Scalar, visit, type Document, type Node } from 'yaml';
import { localize, type Lang, type Localized } from '../i18n/index.js';
import type { Finding, PlanPath, Range } from '../report/finding.js';
import { MAX_LIST_ITEMS, MAX_PARAGRAPH_CHARS, MAX_YAML_DEPTH, MAX_YAML_ENTRIES } from '../shared/limits.js';
import { timed } from '../shared/timing.js';
import { yamlMessages as m } from './messages.js';
import { createSourceMap, type SourceMap } from './source-map.js';

export interface ParsedYaml {
  data: unknown;
  doc: Document;
  sourceMap: SourceMap;
  findings: Finding[];
}

export type ParseResult = ParsedYaml | { fatal: Finding[] };

/** Plans have no reason to use aliases; a few are tolerated, a bomb is refused. */
const MAX_ALIAS_COUNT = 50;

/** dvk's own keys are ASCII snake_case; a "key" with spaces or diacritics is text that held ": ". */
const DVK_KEY = /^[a-z0-9_]+$/;

const codeMessages: Record<string, Localized> = {
  TAB_AS_INDENT: m.tabIndent,
  DUPLICATE_KEY: m.duplicateKey,
  MULTIPLE_DOCS: m.multipleDocs,
  BAD_INDENT: m.badIndent,
  BLOCK_AS_IMPLICIT_KEY: m.colonInMapKey,
  MULTILINE_IMPLICIT_KEY: m.colonInMapKey,
  // yaml's own guard against deep nesting; its text is V8's "Maximum call stack size exceeded".
  RESOURCE_EXHAUSTION: m.tooDeep,
};

/**
 * The yaml package's errors a clerk meets most, said in their words: its own text is English and
 * names tokens, not what to type. Undefined for any other error (the generic message quotes it).
 */
function specificMessage(error: { code: string; message: string; pos: [number, number] }, text: string, lang: Lang): string | undefined {
  const [start] = error.pos;
  if (error.code === 'UNEXPECTED_TOKEN' && error.message.startsWith('Not a YAML token')) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start);
    const indicator = /[>|][+-]?\d?\s*$/.exec(before)?.[0].trim();
    const lineEnd = text.indexOf('\n', start);
    if (indicator) return localize(m.textAfterBlockIndicator, lang, { indicator, text: text.slice(start, lineEnd === -1 ? undefined : lineEnd).trim() });
  }
  if (error.code === 'UNEXPECTED_TOKEN' && error.message.startsWith('Unexpected scalar at node end')) return localize(m.textAfterValue, lang);
  if (error.code === 'BAD_INDENT') {
    const close = /must be sufficiently indented and end with a ([\]}])/.exec(error.message)?.[1];
    if (close) {
      const open = close === ']' ? '[' : '{';
      const openedAt = text.lastIndexOf(open, start);
      const line = text.slice(0, openedAt === -1 ? start : openedAt).split('\n').length;
      return localize(m.unclosedBracket, lang, { open, close, line });
    }
  }
  if (error.code === 'BAD_DQ_ESCAPE') return localize(m.badEscape, lang, { sequence: text.slice(start, start + 2) });
  if (error.code === 'BAD_SCALAR_START') {
    const char = /character (\S)/.exec(error.message)?.[1];
    if (char) return localize(m.reservedStart, lang, { char });
  }
  return undefined;
}

export function parsePlanYaml(source: string, file: string, lang: Lang): ParseResult {
  // YAML reads CR, LF and CRLF as line breaks; the yaml package only LF and CRLF. A file saved
  // with CR alone (old Mac editors) is one long line to it: read each CR as LF, which keeps
  // every offset (fixes are written to the text as it is, line endings untouched).
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  const entries = countEntries(text);
  if (entries > MAX_YAML_ENTRIES) {
    const at0 = { line: 1, column: 1, offset: 0 };
    return { fatal: [{ ruleId: 'input/too-large', severity: 'error', message: localize(m.tooManyEntries, lang, { limit: MAX_YAML_ENTRIES }), file, range: { start: at0, end: at0 }, fatal: true }] };
  }
  const lineCounter = new LineCounter();
  const doc = timed('phase', 'parse (yaml)', () => parseDocument(text, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: false }));
  const sourceMap = timed('phase', 'source map', () => createSourceMap(doc, lineCounter, text));
  const at = (start: number, end: number): Range => ({ start: sourceMap.position(start), end: sourceMap.position(end) });

  if (doc.errors.length > 0) {
    const fatal = doc.errors.map((error): Finding => {
      const [start, end] = error.pos;
      let message: string;
      if (error.code === 'DUPLICATE_KEY') {
        message = localize(m.duplicateKey, lang, { key: duplicateKeyAt(text, start) });
      } else if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
        message = localize(m.unclosedQuote, lang);
      } else if ((error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') && quoteSuggestion(text, start)) {
        const q = quoteSuggestion(text, start)!;
        return {
          ruleId: `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`,
          severity: 'error',
          message: localize(m.colonInValue, lang, { suggestion: q.line }),
          file,
          range: at(q.start, q.end),
          fatal: true,
          fix: { edits: [{ start: q.start, end: q.end, text: q.quoted }] },
        };
      } else {
        const known = codeMessages[error.code];
        message =
          specificMessage(error, text, lang) ??
          (known ? localize(known, lang) : localize(m.generic, lang, { detail: error.message.replace(/ at line \d+, column \d+.*$/s, '') }));
      }
      return { ruleId: `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`, severity: 'error', message, file, range: at(start, Math.max(start, end)), fatal: true };
    });
    return { fatal: dedupeByLine(fatal) };
  }

  if (!isMap(doc.contents)) {
    const node = doc.contents as Node | null;
    const start = node?.range?.[0] ?? 0;
    return { fatal: [{ ruleId: 'yaml/not-a-plan', severity: 'error', message: localize(m.notAPlan, lang), file, range: at(start, start), fatal: true }] };
  }

  const findings = rejoinColonText(doc, text, file, lang, at);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || /alias/i.test(String(error))) {
      return { fatal: [{ ruleId: 'yaml/alias-bomb', severity: 'error', message: localize(m.aliasBomb, lang), file, range: at(0, 0), fatal: true }] };
    }
    throw error;
  }
  const beyond = beyondLimits(data, lang);
  if (beyond) {
    const range = sourceMap.locate(beyond.path);
    return { fatal: [{ ruleId: 'input/too-large', severity: 'error', message: beyond.message, file, range: { start: range.start, end: range.start }, path: beyond.path, fatal: true }] };
  }
  return { data, doc, sourceMap, findings };
}

/**
 * List items and keys in the text, before it is parsed: parsing costs about 1 KB per entry, so a
 * 5 MB file of 2 million one-letter items would take gigabytes. Counting the characters that can
 * start an entry is a cheap upper bound; only past the limit are the YAML tokens counted.
 */
function countEntries(text: string): number {
  let rough = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c /* , */ || c === 0x2d /* - */ || c === 0x3a /* : */ || c === 0x3f /* ? */) rough++;
  }
  if (rough <= MAX_YAML_ENTRIES) return rough;
  let entries = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === ',' || token === '-' || token === ':' || token === '?') entries++;
    if (entries > MAX_YAML_ENTRIES) return entries;
  }
  return entries;
}

/** The first list, value or nesting past the limits, walked without recursion. */
function beyondLimits(data: unknown, lang: Lang): { path: PlanPath; message: string } | undefined {
  const stack: { value: unknown; path: PlanPath }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > MAX_PARAGRAPH_CHARS) return { path, message: localize(m.valueTooLong, lang, { count: value.length, limit: MAX_PARAGRAPH_CHARS }) };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_YAML_DEPTH) return { path, message: localize(m.tooDeep, lang) };
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) return { path, message: localize(m.tooManyItems, lang, { count: value.length, limit: MAX_LIST_ITEMS }) };
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else {
      const keys = Object.keys(value);
      if (keys.length > MAX_LIST_ITEMS) return { path, message: localize(m.tooManyItems, lang, { count: keys.length, limit: MAX_LIST_ITEMS }) };
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (value as Record<string, unknown>)[keys[i]!], path: [...path, keys[i]!] });
    }
  }
  return undefined;
}

/**
 * `- Lưu: VT, VP.` and `- Thời gian thực hiện: Quý II/2024` are read by YAML as one-entry maps.
 * No dvk key has spaces or diacritics, so such a map is text: put it back together as the string
 * the clerk wrote, keep its position, and say so with a fix that quotes it.
 */
function rejoinColonText(
  doc: Document,
  text: string,
  file: string,
  lang: Lang,
  at: (s: number, e: number) => Range,
): Finding[] {
  const findings: Finding[] = [];
  visit(doc, {
    Map(key, node) {
      if (key === null || node.items.length !== 1) return undefined;
      const pair = node.items[0]!;
      if (!isScalar(pair.key) || DVK_KEY.test(String(pair.key.value))) return undefined;
      if (pair.value !== null && !isScalar(pair.value)) return undefined;
      const keyRange = pair.key.range;
      if (!keyRange) return undefined;
      const value = pair.value as Scalar | null;
      const valueText = value ? String(value.value ?? '') : '';
      const joined = `${String(pair.key.value)}:${valueText === '' ? '' : ` ${valueText}`}`;
      const end = value?.range?.[1] ?? keyRange[1] + 1;
      const scalar = new Scalar(joined);
      scalar.range = [keyRange[0], end, value?.range?.[2] ?? end];
      const singleLine = !text.slice(keyRange[0], end).includes('\n');
      findings.push({
        ruleId: 'yaml/colon-in-text',
        severity: 'warning',
        message: localize(m.colonInText, lang, { text: joined }),
        file,
        range: at(keyRange[0], end),
        ...(singleLine ? { fix: { edits: [{ start: keyRange[0], end, text: JSON.stringify(joined) }] } } : {}),
      });
      return scalar;
    },
  });
  return findings;
}

/**
 * For `mo_dau: Sở … xây dựng kế hoạch như sau:` (a colon inside or at the end of a value, the
 * most common Vietnamese case): the value and its double-quoted form, so the message can show the
 * exact line to write and --fix can write it.
 */
function quoteSuggestion(text: string, offset: number): { start: number; end: number; quoted: string; line: string } | undefined {
  const lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const match = /^(\s*(?:-\s+)?[A-Za-z_][\w]*:\s+)([^"'|>#].*?)\s*$/.exec(line);
  if (!match || !match[2]!.includes(':')) return undefined;
  const start = lineStart + match[1]!.length;
  const end = start + match[2]!.length;
  const quoted = JSON.stringify(match[2]);
  return { start, end, quoted, line: `${match[1]!.trim()} ${quoted}` };
}

function duplicateKeyAt(text: string, offset: number): string {
  const line = text.slice(offset).split('\n')[0] ?? '';
  return line.split(':')[0]?.trim().replace(/^-\s*/, '') || '?';
}

function dedupeByLine(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.range.start.line}:${f.ruleId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

