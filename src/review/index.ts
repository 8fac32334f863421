// The review step of `dvk lint` (--annotate, and --fix on a .docx): after the lint run, each
// usable .docx of the run is written again as a copy holding its findings as comments and its
// safe fixes as tracked changes. The original is never written; the copy is written atomically
// (writeOutputFile), never over an existing file without --force, never over an input or a config.
import { localize, type Lang } from '../i18n/index.js';
import { MAX_PLAN_BYTES } from '../plan/read.js';
import { ZipError } from '../reader/docx/unzip.js';
import type { RunReport } from '../report/finding.js';
import { readCapped } from '../shared/read-input.js';
import { outputRefusal, writeOutputFile, WriteFailure } from '../shared/write-output.js';
import { annotateDocx, AnnotateError } from './annotate.js';
import { layoutChangeLines } from './layout-fixes.js';
import { defaultReviewName, isDocx, reviewText } from './names.js';
import { XmlShapeError } from './xml.js';



export interface ReviewRequest {
  /** --annotate: true for the default name, or the copy's name. */
  annotate?: true | string;
  /** --fix: safe fixes as tracked changes. */
  fix: boolean;
  /** --fix-layout: margins set to the profile's values in the copy. */
  fixLayout?: boolean;
  force: boolean;
  lang: Lang;
  /** Every input of the run (a copy never replaces one). */
  inputs: string[];
  date?: Date;
}

export interface ReviewOutcome {
  /** Lines for stderr. */
  messages: string[];
  /** A copy could not be written (exit code 2). */
  failed: boolean;
}



/** Writes the reviewed copy of every usable .docx in `report`. */
export async function writeReviewedCopies(report: RunReport, request: ReviewRequest): Promise<ReviewOutcome> {
  const { lang } = request;
  const messages: string[] = [];
  let failed = false;
  const docx = report.files.filter((f) => isDocx(f.file));
  if (request.annotate) for (const f of report.files) if (!isDocx(f.file) && !f.file.endsWith('.yaml') && !f.file.endsWith('.yml')) messages.push(localize(reviewText.notDocx, lang, { file: f.file }));
  for (const file of docx) {
    if (file.unusable || file.findings.some((f) => f.fatal)) {
      messages.push(localize(reviewText.unusable, lang, { file: file.file }));
      failed = true;
      continue;
    }
    const out = typeof request.annotate === 'string' ? request.annotate : defaultReviewName(file.file);
    const refusal = await outputRefusal(out, { inputs: request.inputs, force: request.force });
    if (refusal) {
      messages.push(refusal.text[lang]);
      failed = true;
      continue;
    }
    const read = await readCapped(file.file, MAX_PLAN_BYTES * 4);
    if ('problem' in read) {
      messages.push(localize(reviewText.changed, lang, { file: file.file }));
      failed = true;
      continue;
    }
    try {
      const result = await annotateDocx(read.bytes, file.findings, {
        lang,
        comments: Boolean(request.annotate),
        fix: request.fix,
        fixLayout: Boolean(request.fixLayout),
        ...(file.source !== undefined ? { expectedText: file.source } : {}),
        ...(request.date ? { date: request.date } : {}),
      });
      const layoutLines = request.fixLayout ? layoutChangeLines(file.file, out, result.layoutChanges, lang) : [];
      if (!request.annotate && result.revised.length === 0 && result.layoutChanges.length === 0) {
        messages.push(...layoutLines);
        messages.push(localize(reviewText.noFixes, lang, { file: file.file }));
        continue;
      }
      await writeOutputFile(out, result.bytes);
      messages.push(localize(reviewText.wrote, lang, { out, file: file.file, comments: result.comments, revisions: result.revised.length }));
      messages.push(...layoutLines);
      if (result.approximate) messages.push(localize(reviewText.approximate, lang, { file: file.file, count: result.approximate }));
    } catch (error) {
      failed = true;
      if (error instanceof WriteFailure) messages.push(error.text[lang]);
      else if (error instanceof AnnotateError && error.changed) messages.push(localize(reviewText.changed, lang, { file: file.file }));
      else if (error instanceof AnnotateError || error instanceof XmlShapeError || error instanceof ZipError) messages.push(localize(reviewText.failed, lang, { file: file.file, reason: error.message }));
      else throw error;
    }
  }
  return { messages, failed };
}
