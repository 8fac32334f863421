// Renders the YAML text of a new plan or config from templates/skeletons/*.yaml.hbs. The text is
// written by hand (not produced by a YAML serializer) so that the comments, the order and the
// blank lines are exactly what a clerk should read; values go through `scalar`/`folded`, which
// quote whatever YAML would misread ("05", "[CẦN BỔ SUNG: …]", "Lưu: VT").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { stringify } from 'yaml';
import { displayDate, todayIso } from '../shared/dates.js';
import { dataPath } from '../shared/paths.js';
import { TO_WRITE } from '../shared/placeholders.js';

/**
 * Text that a clerk must still write; `dvk lint` reports it as a draft warning (draft-placeholders).
 * All in capitals, like the marker itself: it stands out on the page, it is already right where
 * the field is printed IN HOA (chức vụ), and capitals-only text is never mistaken for an
 * undefined abbreviation. Kept short: the marker must stay on one line of the finished page.
 */
export const PLACEHOLDER = TO_WRITE;
export const placeholder = (what: string): string => `[${PLACEHOLDER}: ${what.toLocaleUpperCase('vi')}]`;

/** One YAML scalar on one line, quoted only when it has to be. */
export function yamlScalar(value: unknown): string {
  if (value === undefined || value === null) return '""';
  const text = String(value).normalize('NFC');
  if (text === '') return '""';
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/** Lines of folded text are kept under this width, like the bundled examples. */
const WRAP_AT = 96;

/**
 * A long text as a folded block (`>-`), wrapped at word boundaries, each line indented by
 * `indent` spaces; short text stays a one-line scalar. Runs of spaces collapse to one, which is
 * what the renderer does with body text anyway.
 */
export function yamlFolded(value: unknown, indent: number, keyWidth = 0): string {
  const text = String(value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (indent + keyWidth + text.length + 2 <= WRAP_AT) return yamlScalar(text);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && pad.length + line.length + 1 + word.length > WRAP_AT) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return `>-\n${lines.map((l) => pad + l).join('\n')}`;
}

const hb = Handlebars.create();
hb.registerHelper('scalar', (value: unknown) => yamlScalar(value));
hb.registerHelper('folded', (value: unknown, indent: unknown, keyWidth: unknown) =>
  yamlFolded(value, Number(indent), typeof keyWidth === 'number' ? keyWidth : 0),
);
hb.registerHelper('can_bo_sung', (what: unknown) => yamlScalar(placeholder(String(what))));

let partialsLoaded = false;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

function skeletonFolder(): string {
  return dataPath('templates', 'skeletons');
}

function loadPartials(): void {
  if (partialsLoaded) return;
  // Partials are the files whose names start with "_": _dau.yaml.hbs is {{> dau}}.
  for (const name of readdirSync(skeletonFolder())) {
    const match = /^_(.+)\.yaml\.hbs$/.exec(name);
    if (match) hb.registerPartial(match[1]!, readFileSync(join(skeletonFolder(), name), 'utf8'));
  }
  partialsLoaded = true;
}

export function renderSkeleton(name: string, data: Record<string, unknown>): string {
  loadPartials();
  let template = compiled.get(name);
  if (!template) {
    const source = readFileSync(join(skeletonFolder(), `${name}.yaml.hbs`), 'utf8');
    template = hb.compile(source, {
      noEscape: true,
      strict: true,
      knownHelpers: { scalar: true, folded: true, can_bo_sung: true },
      knownHelpersOnly: true,
    });
    compiled.set(name, template);
  }
  // Blank lines collapse to one, so optional blocks leave no gaps.
  return `${template(data).replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Placeholders left to fill, counted outside comments. */
export function countPlaceholders(yamlText: string): number {
  let count = 0;
  for (const line of yamlText.split('\n')) {
    const code = line.trimStart().startsWith('#') ? '' : line;
    count += code.split(`[${PLACEHOLDER}`).length - 1;
  }
  return count;
}

export { todayIso };

/** Today in dvk's note at the top of a new file: "22/11/2026", "5/2/2026" (a message, src/shared/dates.ts). */
export function todayVn(now = new Date()): string {
  return displayDate(todayIso(now), 'vi');
}
