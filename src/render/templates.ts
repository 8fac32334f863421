// Wording templates: templates/_chung.yaml plus one file per document type, each a tree of
// Handlebars strings (section titles, the opening and closing sentences, citation forms). An
// organisation may point `thu_muc_mau` at its own folder; whatever it does not say falls back to the
// built-in one key by key (own type file, own _chung, built-in type file, built-in _chung).
import Handlebars from 'handlebars';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { format, type Localized } from '../i18n/index.js';
import type { DocType } from '../plan/model.js';
import { mergeDeep } from '../profile/index.js';
import { dataPath } from '../shared/paths.js';
import { readCappedSync } from '../shared/read-input.js';

export type TemplateTree = { [key: string]: string | TemplateTree };

/** A template problem the user can fix (bad YAML, bad Handlebars), with the file and key it is in. */
export class TemplateError extends Error {
  /** `reason`: a problem with the file itself (too large, not a regular file), said in full instead of `detail`. */
  constructor(readonly file: string, readonly key: string, readonly detail: string, readonly reason?: Localized) {
    super(`${file}${key ? ` (${key})` : ''}: ${detail}`);
    this.name = 'TemplateError';
  }
}

/** Handlebars errors span several lines (source, caret, expectations): keep the first and the last. */
function briefly(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length > 1 ? `${lines[0]} … ${lines[lines.length - 1]}` : (lines[0] ?? '');
}

const hb = Handlebars.create(); // isolated: helpers never leak into other Handlebars users
const lowerFirst = (s: unknown) => {
  const text = String(s ?? '');
  // Keep an abbreviation or proper noun that starts with two capitals ("UBND tỉnh …").
  if (/^\p{Lu}\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);
};
// `{{log …}}` in a template would print to the console in the middle of a run (and Handlebars'
// own logger prints its warnings there): both are silenced; a template only produces text.
hb.registerHelper('log', () => '');
(hb as unknown as { log: () => void }).log = () => undefined;
hb.registerHelper('thuong', lowerFirst);
hb.registerHelper('hoa', (s: unknown) => String(s ?? '').toLocaleUpperCase('vi-VN'));
const KNOWN_HELPERS = { thuong: true, hoa: true };

export interface Wording {
  /** The template string at `key` ("mo_dau", "tieu_de_phan.noi_dung") filled with `data`; '' when absent. */
  text(key: string, data?: Record<string, unknown>): string;
  /** The plain (unfilled) string at `key`. */
  raw(key: string): string | undefined;
}

/** A wording template is a few kilobytes; a bigger file is the wrong one, and parsing it would take the machine. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

const fileReasons = {
  tooLarge: {
    vi: 'Tệp mẫu “{{file}}” quá lớn (trên 1 MB); một tệp mẫu lời văn chỉ vài KB. Kiểm tra lại thư mục mẫu (thu_muc_mau).',
    en: 'Template file “{{file}}” is too large (over 1 MB); a wording template is a few KB. Check the template folder (thu_muc_mau).',
  },
  notRegular: {
    vi: 'Tệp mẫu “{{file}}” không phải tệp thường (là ống dẫn FIFO, thiết bị hoặc socket); dvk không mở nó. Thay bằng một tệp .yaml hoặc xóa đi để dùng mẫu có sẵn.',
    en: 'Template file “{{file}}” is not a regular file (a FIFO, a device or a socket); dvk does not open it. Replace it with a .yaml file or remove it to use the built-in one.',
  },
  unreadable: {
    vi: 'Không đọc được tệp mẫu “{{file}}” ({{code}}). Kiểm tra quyền đọc tệp.',
    en: 'Cannot read template file “{{file}}” ({{code}}). Check that it can be read.',
  },
} satisfies Record<string, Localized>;

const filled = (message: Localized, data: Record<string, string>): Localized => ({ vi: format(message.vi, data), en: format(message.en, data) });

function readTree(file: string): TemplateTree {
  const read = readCappedSync(file, MAX_TEMPLATE_BYTES);
  if ('problem' in read) {
    const reason = read.problem === 'too-large' ? fileReasons.tooLarge : read.problem === 'not-regular' ? fileReasons.notRegular : fileReasons.unreadable;
    throw new TemplateError(file, '', read.problem, filled(reason, { file, code: read.code ?? read.problem }));
  }
  // Errors name the line and column only: a YAML error's code frame would echo the file's text,
  // and a template symlinked to some other file must not print that file's first line.
  const doc = parseDocument(read.bytes.toString('utf8').replace(/^\uFEFF/, ''), { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    throw new TemplateError(file, '', `YAML ${error.code}${at ? ` ${at.line}:${at.col}` : ''}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new TemplateError(file, '', error instanceof Error ? error.name : 'YAML');
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new TemplateError(file, '', 'mẫu phải là một bảng khóa: giá trị');
  return data as TemplateTree;
}

/** The files to merge, weakest first: built-in common, built-in type, then the organisation's. */
function templateFiles(docType: string, ownFolder: string | undefined): string[] {
  const files: string[] = [];
  for (const folder of [dataPath('templates'), ownFolder]) {
    if (!folder) continue;
    for (const name of ['_chung', docType]) if (existsSync(join(folder, `${name}.yaml`))) files.push(join(folder, `${name}.yaml`));
  }
  return files;
}

const cache = new Map<string, Wording>();

/** The wording for one document type, from the organisation's folder or the built-in one. */
export function loadWording(docType: DocType, ownFolder?: string): Wording {
  const cacheKey = `${docType}|${ownFolder ?? ''}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const sources: { file: string; tree: TemplateTree }[] = [];
  for (const file of templateFiles(docType, ownFolder)) sources.push({ file, tree: readTree(file) });
  let tree: TemplateTree = {};
  const origin = new Map<string, string>();
  for (const { file, tree: t } of sources) {
    tree = mergeDeep(tree, t);
    walk(t, '', (key) => origin.set(key, file));
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  // Compile every string now, so a syntax error shows before any file is written.
  walk(tree, '', (key, value) => {
    try {
      compiled.set(key, hb.compile(value, { noEscape: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true }));
      hb.parse(value);
    } catch (error) {
      throw new TemplateError(origin.get(key) ?? '?', key, briefly(error));
    }
  });
  const wording: Wording = {
    raw: (key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as TemplateTree)[part] : undefined), tree);
      return typeof value === 'string' ? value : undefined;
    },
    text: (key, data = {}) => {
      const template = compiled.get(key);
      if (!template) return '';
      try {
        return template(data).replace(/\s+/g, ' ').trim();
      } catch (error) {
        throw new TemplateError(origin.get(key) ?? '?', key, briefly(error));
      }
    },
  };
  cache.set(cacheKey, wording);
  return wording;
}

function walk(tree: TemplateTree, prefix: string, visit: (key: string, value: string) => void): void {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') visit(path, value);
    else if (value && typeof value === 'object') walk(value, path, visit);
    else if (value !== null && value !== undefined) visit(path, String(value));
  }
}
