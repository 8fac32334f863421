// `dvk lint x.docx --annotate` / `--fix`: the findings of one .docx written into a copy of it,
// each as a Word comment on the words it concerns, and each safe fix as a tracked change
// (w:del/w:ins by "dvk"). Bytes and findings in, bytes out: no file is read or written here.
// Only word/document.xml, word/comments.xml, document.xml.rels and [Content_Types].xml change;
// every other part is copied as stored (package.ts).
import type { Lang } from '../i18n/index.js';
import { openDocx } from '../reader/docx/open.js';
import { openZip } from '../reader/docx/unzip.js';
import type { Finding, TextEdit } from '../report/finding.js';
import { AUTHOR, commentParagraphs, commentsPart, commentsTarget, contentTypesWithComments, relsWithComments, type NewComment } from './comments.js';
import { locateParagraphs, type LocatedParagraph } from './locate.js';
import { applySplices, markupSplices, type ParagraphMarkup, type PointMark } from './markup.js';
import { fixFormats } from './format-fixes.js';
import { fixLayout, type LayoutChange } from './layout-fixes.js';
import { rewritePackage } from './package.js';
import { chooseRevisions } from './revisions.js';
import { escapeXml, parseXmlTree } from './xml.js';

export interface AnnotateOptions {
  lang: Lang;
  /** Write each finding as a comment (--annotate). */
  comments: boolean;
  /** Write each safe fix as a tracked change (--fix). */
  fix: boolean;
  /** The time written on comments and revisions (now when omitted). */
  date?: Date;
  /** Apply the exact page-setup fixes (--fix-layout, layout-fixes.ts). */
  fixLayout?: boolean;
  /** The text the findings were made on: a file changed since is refused. */
  expectedText?: string;
}

export interface AnnotateResult {
  bytes: Uint8Array;
  comments: number;
  /** Findings whose fix became a tracked change. */
  revised: Finding[];
  /** The document as dvk read it differs from what the copy's XML gives for some paragraphs: their comments sit on the whole paragraph. */
  approximate: number;
  /** Page-setup changes made with fixLayout. */
  layoutChanges: LayoutChange[];
}

/** Thrown when the package cannot be annotated as it stands (it changed since it was linted, or its XML has a shape this writer does not follow). */
export class AnnotateError extends Error {
  constructor(message: string, readonly changed = false) {
    super(message);
  }
}

const D = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function annotateDocx(bytes: Uint8Array, findings: readonly Finding[], options: AnnotateOptions): Promise<AnnotateResult> {
  const date = D(options.date ?? new Date());
  const zip = openZip(bytes);
  const originalXml = zip.text('word/document.xml');
  const types = zip.text('[Content_Types].xml');
  if (originalXml === undefined || types === undefined) throw new AnnotateError('not a Word package');
  let documentXml = originalXml;
  const relsName = 'word/_rels/document.xml.rels';
  const rels = zip.text(relsName);
  const opened = await openDocx(bytes, 'document.docx', options.lang);
  if ('fatal' in opened) throw new AnnotateError(opened.fatal.message);
  const lines = opened.source.lines;
  const sourceText = opened.source.text;
  if (options.expectedText !== undefined && options.expectedText !== sourceText) throw new AnnotateError('changed', true);

  let paragraphs = locateParagraphs(documentXml, parseXmlTree(documentXml));
  if (paragraphs.length === 0) throw new AnnotateError('no paragraph found in word/document.xml');
  const aligned = paragraphs.length === lines.length;
  const exact = (i: number): boolean => aligned && paragraphs[i]!.text === lines[i]!.text;
  let approximate = 0;
  if (aligned) for (let i = 0; i < paragraphs.length; i++) if (!exact(i)) approximate++;

  const existingTarget = commentsTarget(rels);
  const commentsName = existingTarget ?? 'word/comments.xml';
  const existingComments = existingTarget ? zip.text(existingTarget) : undefined;
  let nextId = 1 + Math.max(-1, ...[documentXml, existingComments ?? ''].flatMap((x) => [...x.matchAll(/\bw:id="(\d+)"/g)].map((m) => Number(m[1]))));
  const newId = () => nextId++;

  // Fonts and sizes (--fix-layout) first, as tracked formatting changes on the runs and direct
  // changes in styles.xml; the runs keep their text, so the paragraphs are located again in the
  // changed part and the comments and revisions below go into it.
  const stylesName = 'word/styles.xml';
  // A real note is a w:footnote/w:endnote without w:type (the separators have one).
  const notes = ['word/footnotes.xml', 'word/endnotes.xml'].some((part) => /<w:(?:footnote|endnote)\b(?![^>]*\bw:type=)[^>]*>/.test(zip.text(part) ?? ''));
  const formats = options.fixLayout ? fixFormats(documentXml, zip.text(stylesName), findings, { paragraphs, exact, newId, date, notes }) : undefined;
  if (formats && formats.documentXml !== documentXml) {
    documentXml = formats.documentXml;
    paragraphs = locateParagraphs(documentXml, parseXmlTree(documentXml));
  }

  const firstWithText = paragraphs.find((p) => p.text.trim() !== '') ?? paragraphs[0]!;
  const markup = new Map<LocatedParagraph, ParagraphMarkup>();
  const markupOf = (p: LocatedParagraph): ParagraphMarkup => {
    let m = markup.get(p);
    // A run dvk gave a tracked formatting change (--fix-layout) keeps it on every piece a comment cuts.
    if (!m) markup.set(p, (m = { marks: [], deletions: [], ...(formats?.fixed.size ? { newId } : {}) }));
    return m;
  };
  const mark = (p: LocatedParagraph, m: PointMark) => markupOf(p).marks.push(m);

  // Tracked changes first: a comment then says its fix was written as one.
  const revised = options.fix ? chooseRevisions(findings, { paragraphs, lines, exact }) : [];
  const revisionAttrs = () => `w:id="${newId()}" w:author="${AUTHOR}" w:date="${date}"`;
  for (const { edits } of revised) {
    for (const { para, start, end, text } of edits) {
      if (end > start) markupOf(para).deletions.push({ start, end, open: () => `<w:del ${revisionAttrs()}>` });
      if (text !== '') mark(para, { at: end, side: 'after', rank: 0, xml: (rPr) => `<w:ins ${revisionAttrs()}><w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:ins>` });
    }
  }
  const revisedFindings = new Set(revised.map((r) => r.finding));
  // Page setup applied in place (Word cannot track it): the findings it fixes get no comment.
  const layout = options.fixLayout ? fixLayout(documentXml, findings) : undefined;

  const comments: NewComment[] = [];
  if (options.comments) {
    for (const finding of findings) {
      if (layout?.fixed.has(finding) || formats?.fixed.has(finding)) continue;
      const anchor = anchorOf(finding, { paragraphs, firstWithText, aligned, exact });
      const id = newId();
      comments.push({ id, paragraphs: commentParagraphs(finding, sourceText, options.lang, { tracked: revisedFindings.has(finding), showWhere: !anchor.precise }) });
      const start: PointMark = { at: anchor.start, side: 'before', rank: 3, xml: () => `<w:commentRangeStart w:id="${id}"/>` };
      const end: PointMark = { at: anchor.end, side: 'after', rank: 1, xml: () => `<w:commentRangeEnd w:id="${id}"/>` };
      const reference: PointMark = { at: anchor.end, side: 'after', rank: 2, xml: () => `<w:r><w:commentReference w:id="${id}"/></w:r>` };
      if (anchor.run) {
        start.run = anchor.run;
        end.run = anchor.run;
        reference.run = anchor.run;
      }
      mark(anchor.from, start);
      mark(anchor.to, end);
      mark(anchor.to, reference);
    }
  }

  const splices = [...markup].flatMap(([para, m]) => markupSplices(documentXml, para, m));
  const changes = new Map<string, string>();
  const body = applySplices(documentXml, splices);
  changes.set('word/document.xml', layout ? fixLayout(body, findings).xml : body);
  if (formats?.stylesXml !== undefined && formats.stylesXml !== zip.text(stylesName)) changes.set(stylesName, formats.stylesXml);
  if (comments.length) {
    changes.set(commentsName, commentsPart(existingComments, comments, date));
    if (!existingTarget) changes.set(relsName, relsWithComments(rels));
    const withType = contentTypesWithComments(types, commentsName);
    if (withType !== types) changes.set('[Content_Types].xml', withType);
  }
  return { bytes: rewritePackage(bytes, changes, options.date ?? new Date()), comments: comments.length, revised: revised.map((r) => r.finding), approximate, layoutChanges: [...(layout?.changes ?? []), ...(formats?.changes ?? [])] };
}

interface Anchor {
  from: LocatedParagraph;
  start: number;
  to: LocatedParagraph;
  end: number;
  /** Around this run (a text box's anchor in the body). */
  run?: import('./locate.js').LocatedRun;
  /** The comment covers exactly the finding's range (otherwise it says where the finding is). */
  precise: boolean;
}

/** The words a finding concerns: its range; a point widened to the word there; the whole paragraph when the range says no more. */
function anchorOf(finding: Finding, doc: { paragraphs: LocatedParagraph[]; firstWithText: LocatedParagraph; aligned: boolean; exact: (i: number) => boolean }): Anchor {
  const { paragraphs, firstWithText, aligned, exact } = doc;
  const whole = (p: LocatedParagraph, precise: boolean): Anchor => {
    // Word does not anchor comments inside text boxes well: the comment goes on the box itself.
    const box = p.textBoxAnchor;
    if (box) return box.run ? { from: box.para, start: 0, to: box.para, end: 0, run: box.run, precise: false } : whole(box.para, false);
    return { from: p, start: 0, to: p, end: p.text.length, precise };
  };
  if (!aligned) return whole(firstWithText, false);
  const { start, end } = finding.range;
  const a = Math.min(Math.max(start.line, 1), paragraphs.length) - 1;
  const b = Math.min(Math.max(end.line, start.line, 1), paragraphs.length) - 1;
  const from = paragraphs[a]!;
  const to = paragraphs[b]!;
  if (from.textBoxAnchor || to.textBoxAnchor) return whole(from.textBoxAnchor ? from : to, false);
  if (!exact(a) || !exact(b)) return whole(from, false);
  let s = Math.min(start.column - 1, from.text.length);
  let e = Math.min(end.column - 1, to.text.length);
  if (a === b && e <= s) {
    // A point: at the start of a line (the document's start for what has no place: margins,
    // fonts), the paragraph, or the first one with text; elsewhere the word at it.
    if (s === 0) return whole(from.text.trim() === '' ? firstWithText : from, true);
    const text = from.text;
    let ws = s;
    let we = s;
    while (ws > 0 && !/\s/.test(text[ws - 1]!)) ws--;
    while (we < text.length && !/\s/.test(text[we]!)) we++;
    if (we === ws) ws = Math.max(0, s - 1);
    if (we === ws) we = Math.min(text.length, s + 1);
    s = ws;
    e = we;
  }
  return { from, start: s, to, end: e, precise: true };
}

export type { TextEdit };
