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

/** Inside a table cell a leading "- " is text, not a list: escape everything but that. */
const escapeCell = (text: string): string => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
const cellText = (lines: string[]): string => lines.map(escapeCell).join('<br>');

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
  const left = [...h.organ.map((l) => (l.style === 'co_quan_ban_hanh' ? `**${escapeCell(l.text)}**` : escapeCell(l.text)))];
  if (h.underOrgan === 'star') left.push('\\*');
  const right = [`**${escapeMarkdown(h.title.text)}**`, ...(h.motto ? [`**${escapeMarkdown(h.motto.text)}**`] : [])];
  // A công văn: no tên loại; its trích yếu goes under the number (italic for a Party letter).
  const letter = doc.subjectPlacement === 'under_number';
  const subjectCell = letter ? `<br>${doc.profile.thanh_phan.trich_yeu_cong_van?.nghieng ? `*${escapeCell(doc.subject.text)}*` : escapeCell(doc.subject.text)}` : '';
  out.push(`| ${left.join('<br>')} | ${right.join('<br>')} |`, '|:---:|:---:|', `| ${cellText([h.number.text])}${subjectCell} | *${escapeMarkdown(h.date.text)}* |`, '');
  if (!letter) {
    out.push(`## ${escapeMarkdown(doc.typeName.text)}`, '', `**${escapeMarkdown(doc.subject.text)}**`, '');
    if (doc.subjectSeparator.kind === 'text') out.push(`<p align="center">${escapeMarkdown(doc.subjectSeparator.text)}</p>`, '');
  }
  const kg = doc.addressees;
  if (kg.lines.length === 1) out.push(`${escapeMarkdown(kg.label)} ${escapeMarkdown(kg.lines[0]!)}`, '');
  else if (kg.lines.length > 1) out.push(escapeMarkdown(kg.label), '', ...kg.lines.map((a) => `- ${escapeMarkdown(a.replace(/^- /, ''))}`), '');
  appendAll(out, body(doc.body));
  out.push('---', '');
  const sig = doc.signature;
  const signer = [...(sig.authority ? [`**${escapeCell(sig.authority)}**`] : []), ...sig.titleLines.map((t) => (doc.profile.thanh_phan.chuc_vu?.dam && t !== 'kiêm' ? `**${escapeCell(t)}**` : escapeCell(t))), '<br><br>', `**${escapeCell(sig.name)}**`];
  // State: "Nơi nhận:" bold italic; Party: underlined (<ins> is what GitHub keeps of underlining).
  const label = doc.recipients.underline ? `<ins>${escapeCell(doc.recipients.label)}</ins>` : `***${escapeCell(doc.recipients.label)}***`;
  const recipients = [label, ...doc.recipients.lines.map(escapeCell)];
  out.push('| | |', '|:---|:---:|', `| ${recipients.join('<br>')} | ${signer.join('<br>')} |`, '');
  for (const appendix of doc.appendices) {
    out.push('---', '', `## ${escapeMarkdown(appendix.label)}: ${escapeMarkdown(appendix.title)}`, '', `*${escapeMarkdown(appendix.note)}*`, '', ...body(appendix.body));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
