// Reading documents that already exist (.txt, .docx) into the same shape as a YAML plan, so
// that `dvk lint` runs the same rules on them and `dvk import` can write them out as a plan.
// `dvk lint` calls readExistingDocument() for .txt/.docx/.doc files (see docs/import.md).
import { extname } from 'node:path';
import { localize, type Lang } from '../i18n/index.js';
import type { LoadedPlan } from '../plan/index.js';
import { toPlan, type ProfileId } from '../plan/model.js';
import type { Profile } from '../profile/index.js';
import { resolveProfile, systemOfProfile, type ProfileConfig, type ProfileResolution } from '../profile/resolve.js';
import { legalBasisFor, type DatedDocument } from '../profile/basis.js';
import { ruleInForce } from '../profile/in-force.js';
import { catalogMetas } from '../lint/catalog.js';
import { docsUrlFor } from '../lint/docs-page.js';
import { decodePlanBytes, MAX_PLAN_BYTES } from '../plan/read.js';
import { readCapped } from '../shared/read-input.js';
import type { SourceMap } from '../plan/source-map.js';
import type { Finding } from '../report/finding.js';
import { validatePlanData } from '../schema/validate.js';
import { openDocx } from './docx/open.js';
import { layoutFindings } from './layout/index.js';
import { fileMessages } from './docx/messages.js';
import { localizeNote } from './messages.js';
import { LINT_PLACEHOLDER, recognise, type FoundDocument, type Recognition } from './recognise.js';
import { createReaderSourceMap } from './source-map.js';
import { positionIn, sourceFromText, type DocumentSource } from './source.js';
import { appendAll } from '../shared/append.js';
import { MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from '../shared/limits.js';
import { timed } from '../shared/timing.js';

export interface ReadDocument {
  source: DocumentSource;
  recognition: Recognition;
  sourceMap: SourceMap;
  /** Recognition notes (and, for .docx, layout findings) as findings. */
  findings: Finding[];
  /** The profile the document was read with, and why (a conflicting pin is reported by the caller: lint, import). */
  resolution?: ProfileResolution;
}

export type ReadResult = { ok: ReadDocument; earlier: Finding[] } | { fatal: Finding };

function fatal(file: string, ruleId: string, message: string): { fatal: Finding } {
  const at = { line: 1, column: 1, offset: 0 };
  return { fatal: { ruleId, severity: 'error', message, file, range: { start: at, end: at }, fatal: true } };
}

/** How the reader's caller chooses the profile: `--profile` and the config, as for a plan (src/profile/resolve.ts). */
export interface ReaderProfileOptions {
  profile?: ProfileId;
  config?: ProfileConfig;
  configFile?: string;
}

/** Reads and recognises a .txt or .docx file. Unusable files give one fatal finding. */
export async function readDocument(file: string, lang: Lang, options: { placeholder?: string } & ReaderProfileOptions = {}): Promise<ReadResult> {
  const read = await readCapped(file, MAX_PLAN_BYTES * 4);
  if ('problem' in read) {
    if (read.problem === 'is-directory') return fatal(file, 'input/is-directory', localize(fileMessages.isDirectory, lang, { file }));
    if (read.problem === 'not-found') return fatal(file, 'input/not-found', localize(fileMessages.notFound, lang, { file }));
    if (read.problem === 'not-regular') return fatal(file, 'input/not-regular', localize(fileMessages.notRegular, lang, { file }));
    if (read.problem === 'too-large') return fatal(file, 'input/too-large', localize(fileMessages.tooLarge, lang, { file }));
    return fatal(file, 'input/unreadable', localize(fileMessages.unreadable, lang, { file, reason: read.code ?? 'EIO' }));
  }
  const bytes = read.bytes;
  const ext = extname(file).toLowerCase();
  let source: DocumentSource;
  const earlier: Finding[] = [];
  if (ext === '.docx' || ext === '.doc' || ext === '.docm' || ext === '.dotx') {
    const opened = await openDocx(bytes, file, lang);
    if ('fatal' in opened) return opened;
    source = opened.source;
  } else {
    // A Word file renamed .txt is still a Word file: say so rather than "binary".
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return fatal(file, 'input/not-text', localize(fileMessages.zipAsText, lang, { file }));
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return fatal(file, 'input/not-text', localize(fileMessages.oleAsText, lang, { file }));
    const decoded = decodePlanBytes(bytes, file, lang);
    if ('fatal' in decoded) return decoded;
    appendAll(earlier, decoded.findings);
    source = sourceFromText(decoded.text);
  }
  // The profile is chosen here, by the resolver every command uses, once the header has shown
  // the system and the date; the recogniser and the layout checks receive it.
  let resolution: ProfileResolution | undefined;
  // The document's date, for the rules in force on it (src/profile/in-force.ts).
  let dated: DatedDocument = options.config ? { config: options.config } : {};
  const profileFor = ({ system, issueDate }: FoundDocument): Profile => {
    if (issueDate) dated = { ...dated, issueDate };
    resolution = resolveProfile(
      { system, ...(issueDate ? { issueDate } : {}) },
      { ...(options.profile ? { override: options.profile } : {}), ...(options.config ? { config: options.config } : {}), ...(options.configFile ? { configFile: options.configFile } : {}) },
    );
    return resolution.profile;
  };
  const tooBig = beyondLimits(source, file, lang);
  if (tooBig) return tooBig;
  const recognition = timed('phase', 'reader (recognise)', () => recognise(source, { ...(options.placeholder ? { placeholder: options.placeholder } : {}), profileFor }));
  const sourceMap = createReaderSourceMap(source, recognition.data, recognition.entries);
  // The reader's findings cite their legal basis through the profile, like the rules' (none for
  // what dvk could not read: that is no rule of the format).
  const metas = new Map(catalogMetas().map((m) => [m.id, m]));
  const system = systemOfProfile(recognition.profile);
  const inForce = recognition.notes.filter((n) => {
    const meta = metas.get(n.ruleId);
    return !meta || ruleInForce(meta, system, dated.issueDate, dated.config);
  });
  const findings: Finding[] = inForce.map((n) => {
    const meta = metas.get(n.ruleId);
    const basis = meta ? legalBasisFor(n.ruleId, meta.basis, recognition.profile, dated) : undefined;
    return {
      ruleId: n.ruleId,
      severity: n.severity,
      message: localizeNote(n.message, lang, n.data),
      file,
      range: { start: positionIn(source, n.start), end: positionIn(source, n.end) },
      ...(n.path ? { path: n.path } : {}),
      ...(basis && basis.source !== 'dvk' ? { basis } : {}),
      docsUrl: docsUrlFor(n.ruleId),
    };
  });
  if (source.docx) appendAll(findings, layoutFindings(source, recognition, file, lang, dated));
  return { ok: { source, recognition, sourceMap, findings, ...(resolution ? { resolution } : {}) }, earlier };
}

/** Past MAX_PARAGRAPHS lines or MAX_PARAGRAPH_CHARS characters in one, a file is refused: the rules below are linear up to there. */
function beyondLimits(source: DocumentSource, file: string, lang: Lang): { fatal: Finding } | undefined {
  if (source.lines.length > MAX_PARAGRAPHS) {
    return fatal(file, 'input/too-large', localize(fileMessages.tooManyParagraphs, lang, { file, count: source.lines.length, limit: MAX_PARAGRAPHS }));
  }
  const long = source.lines.find((l) => l.text.length > MAX_PARAGRAPH_CHARS);
  if (!long) return undefined;
  const at = { line: long.no, column: 1, offset: long.start };
  return {
    fatal: {
      ruleId: 'input/too-large',
      severity: 'error',
      message: localize(fileMessages.paragraphTooLong, lang, { file, line: long.no, count: long.text.length, limit: MAX_PARAGRAPH_CHARS }),
      file,
      range: { start: at, end: at },
      fatal: true,
    },
  };
}

/**
 * The entry point of `dvk lint` for .txt/.docx/.doc: the recognition and layout findings in
 * `report.findings`, and, when the recognised data passes the plan schema, the `plan` and the
 * `sourceMap` the lint rules run on (positions point into the original file).
 */
export async function readExistingDocument(file: string, lang: Lang, options: ReaderProfileOptions = {}): Promise<LoadedPlan> {
  const read = await readDocument(file, lang, { ...options, placeholder: LINT_PLACEHOLDER });
  if ('fatal' in read) return { report: { file, findings: [read.fatal], unusable: true } };
  const { source, recognition, sourceMap, findings } = read.ok;
  const data = structuredClone(recognition.data);
  const schemaFindings = validatePlanData(data, sourceMap, file, lang);
  const loaded: LoadedPlan = {
    report: { file, source: source.text, findings: [...read.earlier, ...findings, ...schemaFindings] },
    data,
    sourceMap,
    missing: recognition.missing,
  };
  if (schemaFindings.length === 0) loaded.plan = toPlan(data as Record<string, unknown>);
  return loaded;
}

export const READABLE_EXTENSIONS = ['.txt', '.docx', '.doc'];
