// The Markdown backend: the same intermediate document, readable on GitHub. The header is a
// small two-column table, numbered headings become Markdown headings, "- " lines become list
// items, and nơi nhận and the signature close the document.
import type { BodyBlock, RenderDocument, Run } from '../document.js';
import { appendAll } from '../../shared/append.js';

/** Escapes what Markdown would read as syntax in plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/^(\s*)([-+]|\d+[.)])(\s)/, '$1\\$2$3');
}

function inline(runs: Run[]): string {
  return runs
    .map((r) => {
      const text = escapeMarkdown(r.text);
      if (!text.trim()) return text;
      // Markdown marks must touch the text: move surrounding spaces outside them.
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      const mark = r.bold && r.italic ? '***' : r.bold ? '**' : r.italic ? '*' : '';
      return `${lead}${mark}${core}${mark}${trail}`;
    })
    .join('');
}

/**
 * Lines of one block joined by hard line breaks (a backslash at the end of the line): plain
 * CommonMark that GitHub, `pandoc -f gfm` and `pandoc -f markdown` all read as line breaks, so
 * no two lines are ever glued together in HTML or .docx (a `<br>` in a table cell is raw HTML,
 * which pandoc drops when it writes .docx). Each line is escaped on its own: a "- " at the start
 * of a line stays text instead of opening a list inside the paragraph.
 */
const lineBlock = (lines: string[]): string => lines.join('\\\n');

function body(blocks: BodyBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    // A list ends with a blank line before anything that is not a list item.
    if (block.kind !== 'bullet' && out.length && /^\s*- /.test(out[out.length - 1]!)) out.push('');
    if (block.kind === 'heading') {
      // Level 0 (I.) → ###, 1 (1.) → ####, 2 (a)) → #####; the document title is ##.
      out.push(`${'#'.repeat(Math.min(block.level + 3, 6))} ${escapeMarkdown(block.label)} ${inline(block.runs)}`, '');
    } else if (block.kind === 'bullet') {
      const indent = block.marker.trim() === '+' ? '  ' : '';
      out.push(`${indent}- ${inline(block.runs)}`);
    } else if (block.align === 'center') {
      // Inside HTML Markdown escapes do not apply: HTML entities do.
      const html = block.runs.map((r) => r.text).join('').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      out.push(`<p align="center"><b>${html}</b></p>`, '');
    } else {
      out.push(`${block.label ? `${escapeMarkdown(block.label)} ` : ''}${inline(block.runs)}`, '');
    }
  }
  if (out.length && out[out.length - 1] !== '') out.push('');
  return out;
}

export function renderMarkdown(doc: RenderDocument): string {
  const h = doc.header;
  const out: string[] = [];
  const marks = [doc.marks.draft, doc.marks.secrecy, doc.marks.urgency].filter(Boolean) as string[];
  if (marks.length) out.push(marks.map((m) => `**${escapeMarkdown(m)}**`).join(' · '), '');
  // The header as two blocks, one after the other (Markdown has no side-by-side columns without
  // HTML): the organ, its * or rule and the number; then the Quốc hiệu (or ĐẢNG CỘNG SẢN VIỆT
  // NAM) and the date.
  const left = h.organ.map((l) => (l.style === 'co_quan_ban_hanh' ? `**${escapeMarkdown(l.text)}**` : escapeMarkdown(l.text)));
  if (h.underOrgan === 'star') left.push('\\*');
  left.push(escapeMarkdown(h.number.text));
  // A công văn: no tên loại; its trích yếu goes under the number (italic for a Party letter).
  const letter = doc.subjectPlacement === 'under_number';
  if (letter) left.push(doc.profile.thanh_phan.trich_yeu_cong_van?.nghieng ? `*${escapeMarkdown(doc.subject.text)}*` : escapeMarkdown(doc.subject.text));
  const right = [`**${escapeMarkdown(h.title.text)}**`, ...(h.motto ? [`**${escapeMarkdown(h.motto.text)}**`] : []), `*${escapeMarkdown(h.date.text)}*`];
  out.push(lineBlock(left), '', lineBlock(right), '');
  if (!letter) {
    out.push(`## ${escapeMarkdown(doc.typeName.text)}`, '', `**${escapeMarkdown(doc.subject.text)}**`, '');
    // "-----" under a Party trích yếu is text, not a Markdown rule: every hyphen escaped, it is neither
    // a thematic break nor (pandoc's smart punctuation) a dash, and survives conversion as written.
    if (doc.subjectSeparator.kind === 'text') out.push(escapeMarkdown(doc.subjectSeparator.text).replace(/-/g, '\\-'), '');
  }
  const kg = doc.addressees;
  if (kg.lines.length === 1) out.push(`${escapeMarkdown(kg.label)} ${escapeMarkdown(kg.lines[0]!)}`, '');
  else if (kg.lines.length > 1) out.push(escapeMarkdown(kg.label), '', ...kg.lines.map((a) => `- ${escapeMarkdown(a.replace(/^- /, ''))}`), '');
  appendAll(out, body(doc.body));
  out.push('---', '');
  // Nơi nhận, then the signature: State "Nơi nhận:" bold italic; Party plain (it is underlined
  // on paper, which Markdown cannot say without HTML).
  const label = doc.recipients.underline ? escapeMarkdown(doc.recipients.label) : `***${escapeMarkdown(doc.recipients.label)}***`;
  out.push(lineBlock([label, ...doc.recipients.lines.map(escapeMarkdown)]), '');
  const sig = doc.signature;
  const titleBold = Boolean(doc.profile.thanh_phan.chuc_vu?.dam);
  const signer = [...(sig.authority ? [`**${escapeMarkdown(sig.authority)}**`] : []), ...sig.titleLines.map((t) => (titleBold && t !== 'kiêm' ? `**${escapeMarkdown(t)}**` : escapeMarkdown(t)))];
  out.push(lineBlock(signer), '', `**${escapeMarkdown(sig.name)}**`, '');
  for (const appendix of doc.appendices) {
    out.push('---', '', `## ${escapeMarkdown(appendix.label)}: ${escapeMarkdown(appendix.title)}`, '', `*${escapeMarkdown(appendix.note)}*`, '', ...body(appendix.body));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
