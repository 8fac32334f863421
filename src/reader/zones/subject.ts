// The tên loại line and the trích yếu under it. The tên loại line is the landmark that splits
// the header from the body; the trích yếu is the few lines right after it (see subjectLines).
import { UNREGISTERED_TYPE_STAND_IN, unregisteredTypeName, upperName } from '../../plan/doc-types.js';
import type { DocType } from '../../plan/model.js';
import { readerMessages as rm, unsure } from '../messages.js';
import * as P from '../patterns.js';
import { lineVal, type SourceLine } from '../source.js';
import { join, slice, stripEnd, stripStart, trim } from '../val.js';
import { guessHeaderEnd } from './header.js';
import { Leaf, leaf, type Para, type ReaderContext, type Tree } from './context.js';

/** Letters only, without marks: "K ÉT LUẬN" and "KẾT LUẬN" both give "KETLUAN". */
const bare = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Đđ]/gu, 'D').replace(/[^\p{L}]/gu, '').toUpperCase();
const DAMAGED_TYPES = new Map(P.DOC_TYPES.map(([, id]) => [bare(upperName(id)), id] as const));

/**
 * The index of the tên loại line (KẾ HOẠCH, QUYẾT ĐỊNH…) and its type, or -1. `unregistered`: the
 * line names a type dvk has no rules for ("THƯ NGỎ"); `docType` is then the registry's stand-in.
 */
export function findTypeLine(ctx: ReaderContext): { typeIndex: number; docType?: DocType; unregistered?: string } {
  const lines = ctx.lines;
  let typeIndex = -1;
  let docType: DocType | undefined;
  for (let i = 0; i < lines.length && typeIndex === -1; i++) {
    const t = lines[i]!.text.replace(/\*\*/g, '').trim();
    for (const [re, type] of P.DOC_TYPES) if (re.test(withoutSymbol(t))) { typeIndex = i; docType = type; break; }
    // A web page's table puts the first word of a centred cell on a line of its own ("QUYẾT" /
    // "ĐỊNH"): a one-word line in capitals and the next one make the tên loại; its second line
    // is the tên loại line, so the trích yếu is read under it.
    const next = lines[i + 1]?.text.replace(/\*\*/g, '').trim() ?? '';
    if (typeIndex === -1 && /^\p{Lu}+$/u.test(t) && /^\p{Lu}+$/u.test(next)) {
      for (const [re, type] of P.DOC_TYPES) if (re.test(`${t} ${next}`)) { typeIndex = i + 1; docType = type; ctx.component('ten_loai', lines[i]!); break; }
    }
  }
  // None alone on its line: the type and the subject typed on one line in capitals, looked for
  // only in the header (before the first line that opens a body).
  if (typeIndex === -1) {
    const end = guessHeaderEnd(ctx) || lines.length;
    for (let i = 0; i < end && typeIndex === -1; i++) {
      const t = lines[i]!.text.replace(/\*\*/g, '').trim();
      if (!P.isUpper(t)) continue;
      for (const [re, type] of P.DOC_TYPES_WITH_SUBJECT) if (re.test(t)) { typeIndex = i; docType = type; break; }
    }
    // Still none: a tên loại damaged by a PDF extraction ("K ÉT LUẬN" for "KẾT LUẬN"): the same
    // letters once the marks and spaces are set aside, on a short line in capitals.
    for (let i = 0; i < end && typeIndex === -1; i++) {
      const t = lines[i]!.text.replace(/\*\*/g, '').trim();
      if (t.length > 30 || !P.isUpper(t)) continue;
      const type = DAMAGED_TYPES.get(bare(t));
      if (!type) continue;
      typeIndex = i;
      docType = type;
      ctx.note('reader/damaged-type', 'info', rm.damagedType, trim(lineVal(lines[i]!)), { written: t, expected: upperName(type) });
    }
    // Still none: a type the registry does not hold ("THƯ NGỎ", "GIẤY MỜI"), alone on its line
    // in the header. Read as the tên loại line so that the line under it is the trích yếu.
    for (let i = 0; i < end && typeIndex === -1; i++) {
      const name = unregisteredTypeName(lines[i]!.text.replace(/\*\*/g, ''));
      if (!name) continue;
      // Said about the document (where its other document-level notes are), not about the line,
      // which is right: what dvk leaves unchecked is the document's type rules.
      const docStart = lines.find((l) => l.text.trim() !== '')?.start ?? 0;
      ctx.note('reader/unknown-type', 'info', rm.unknownType, [docStart, docStart], { name });
      return { typeIndex: i, docType: UNREGISTERED_TYPE_STAND_IN, unregistered: name };
    }
  }

  return docType ? { typeIndex, docType } : { typeIndex };
}

/** The trích yếu after the tên loại line; `cursor`: the first line after it and its separator. */
export function readSubject(ctx: ReaderContext, typeIndex: number, headerEnd: number): { cursor: number; subject?: Leaf } {
  const lines = ctx.lines;
  const blank = (i: number) => (lines[i]?.text.trim() ?? '') === '';
  // 3. Subject (trích yếu): the lines right after the tên loại.
  let cursor = typeIndex === -1 ? headerEnd : typeIndex + 1;
  let subject: Leaf | undefined;
  if (typeIndex !== -1) {
    const typeLine = lines[typeIndex]!;
    ctx.component('ten_loai', typeLine);
    const typeText = trim(lineVal(typeLine));
    if (typeText.text !== typeText.text.toLocaleUpperCase('vi')) {
      ctx.note('ten-loai-uppercase', 'error', rm.tenLoaiUppercase, typeText, { expected: typeText.text.toLocaleUpperCase('vi') });
    }
    const separator = (i: number) => blank(i) || P.SUBJECT_SEPARATOR.test(lines[i]!.text.replace(/\*\*/g, '').trim());
    // The type and the subject on one line ("QUY CHẾ LÀM VIỆC CỦA …"): the subject begins on it
    // and goes on over the next lines in capitals (a web page wraps it).
    const inline = P.DOC_TYPES_WITH_SUBJECT.map(([re]) => re.exec(typeText.text)).find(Boolean);
    if (inline && !P.DOC_TYPES.some(([re]) => re.test(withoutSymbol(typeText.text)))) {
      const pieces = [trim(slice(typeText, inline[0].length))];
      const more: SourceLine[] = [];
      while (cursor < lines.length && pieces.length < 4) {
        const t = lines[cursor]!.text.replace(/\*\*/g, '').trim();
        if (t === '' || !P.isUpper(t) || P.isBodyStructure(t)) break;
        pieces.push(trim(lineVal(lines[cursor]!)));
        more.push(lines[cursor]!);
        cursor++;
      }
      subject = leaf(join(pieces, ' '));
      ctx.component('trich_yeu', typeLine, ...more);
      ctx.unsure(subject, unsure.joinedLines, { count: pieces.length });
      ctx.note('reader/type-and-subject', 'info', rm.typeAndSubject, typeText, { type: inline[1]! });
      while (cursor < lines.length && separator(cursor)) cursor++;
      return { cursor, subject };
    }
    while (cursor < lines.length && separator(cursor)) cursor++;
    let found = subjectLines(ctx, cursor);
    // A Party resolution or conclusion of a conference: the lines in capitals under the tên loại
    // name the conference ("HỘI NGHỊ LẦN THỨ BẢY" / "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH") and belong to
    // it; the trích yếu is the line "về …" under them.
    const plain = (l: SourceLine) => l.text.replace(/\*\*/g, '').trim();
    const k = found.findIndex((l) => !P.isUpper(plain(l)));
    if (k > 0 && /^về\s/u.test(plain(found[k]!))) {
      ctx.component('ten_loai', ...found.slice(0, k));
      cursor += k;
      found = subjectLines(ctx, cursor);
    }
    cursor += found.length;
    if (found.length) {
      subject = leaf(join(found.map((l) => trim(lineVal(l))), ' '));
      ctx.component('trich_yeu', ...found);
      if (found.length > 1) ctx.unsure(subject, unsure.joinedLines, { count: found.length });
    }
    while (cursor < lines.length && separator(cursor)) cursor++;
  }
  return subject ? { cursor, subject } : { cursor };
}

/**
 * The trích yếu: the lines from `from` (the first non-blank line after the tên loại) up to
 * where the body starts. A blank line ends it, and so, since documents copied from Word often
 * have no blank lines, does the first line that looks like the body: a numbered or lettered
 * heading (I., 1., a), A., Phần I), a bullet, a separator ("-----", "*"), "Kính gửi", "Nơi
 * nhận:", an opening ("Căn cứ …", "Thực hiện …", "Nhằm …"), a sentence (a line ending in
 * ".", ";", ":"…), a line longer than a wrapped subject line (100 characters), or a line in
 * capitals under a subject that is not. A subject wraps over at most four lines. The first line
 * is always the subject (it may itself begin "Thực hiện …"), unless it is a heading or a
 * lead-in ending in ":" — then the document has no trích yếu.
 *
 * .docx: when the first paragraph is centred (as NĐ 30 and HD 36 print the trích yếu), only
 * the centred paragraphs right after it may continue it; a document without that layout (a
 * text file saved as .docx) is read by the words, as a .txt is.
 */
export function subjectLines(ctx: ReaderContext, from: number): SourceLine[] {
  const text = (l: SourceLine) => l.text.replace(/\*\*/g, '').trim();
  const first = ctx.lines[from];
  if (!first) return [];
  const t0 = text(first);
  if (t0 === '' || P.isBodyStructure(t0) || /:$/u.test(t0)) return [];
  const centred = (l: SourceLine) => l.para?.align === 'center';
  const byLayout = ctx.source.kind === 'docx' && centred(first);
  const upper = P.isUpper(t0);
  const out = [first];
  for (let i = from + 1; i < ctx.lines.length && out.length < 4; i++) {
    const l = ctx.lines[i]!;
    const t = text(l);
    if (t === '') break;
    if (byLayout && !centred(l)) break;
    if (P.isBodyStructure(t) || P.OPENING_START.test(t) || P.SENTENCE_END.test(t) || t.length > 100) break;
    // "(Ban hành" / "kèm theo Quyết định số …": the attachment note wrapped by a narrow column.
    if (/^\(\s*(?:Ban\s+hành|kèm\s+theo)(?=\s|$)/iu.test(t)) break;
    if (!upper && P.isUpper(t) && /\s/u.test(t)) break;
    // A quyết định's authority ("ỦY BAN NHÂN DÂN TỈNH …") right above its căn cứ: not the subject's
    // last line, though both are in capitals (a web page drops the blank line between them).
    if (P.AUTHORITY_LINE.test(t) && authorityAbove(ctx, i + 1, text)) break;
    // A subject that opens in lower case ("về …"): a long line opening a sentence is the body's first.
    if (/^\p{Ll}/u.test(t0) && /^\p{Lu}\p{Ll}/u.test(t) && t.length >= 50) break;
    out.push(l);
  }
  return out;
}

/**
 * "Kính gửi: …" at the top of the body (taken off `paras`): one addressee on the line, or, when
 * the line ends at the colon, the "- …;" lines under it (NĐ 30, Phụ lục I, II.9). dvk prints the
 * dashes and the final marks itself, so they are taken off.
 */
export function readAddressees(ctx: ReaderContext, paras: Para[]): Tree | undefined {
  const first = paras[0];
  if (!first || !P.KINH_GUI.test(first.v.text)) return undefined;
  ctx.component('kinh_gui', first.line);
  ctx.labelSpacing(first.v);
  paras.shift();
  const rest = trim(stripStart(first.v, P.KINH_GUI));
  if (rest.text !== '') return leaf(rest);
  const list: Leaf[] = [];
  while (paras[0] && P.BULLET.test(paras[0].v.text)) {
    const p = paras.shift()!;
    ctx.component('kinh_gui', p.line);
    list.push(leaf(trim(stripEnd(stripStart(p.v, /^[-–—•·+]\s*/u), /[;.,]+$/u))));
  }
  return list.length ? list : undefined;
}

/**
 * A text issued with a decision: under its title, "(Ban hành kèm theo Quyết định số … ngày …
 * của …)", perhaps wrapped over a few lines. Its number and date are the decision's (NĐ 30,
 * Phụ lục I: the attached text carries the decision's reference, not a number of its own).
 */
export function attachedText(ctx: ReaderContext, from: number): boolean {
  const lines = ctx.lines;
  let i = from;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  const joined = lines.slice(i, i + 3).map((l) => l.text.replace(/\*\*/g, '').trim()).join(' ');
  return P.ATTACHMENT_NOTE.test(joined) && /Quyết\s+định|Nghị\s+quyết/iu.test(joined);
}

/** The line at `from` (or, the authority wrapped, the one after a short line in capitals) opens a căn cứ. */
function authorityAbove(ctx: ReaderContext, from: number, text: (l: SourceLine) => string): boolean {
  const next = nextNonBlank(ctx, from);
  if (!next) return false;
  if (P.AUTHORITY_FOLLOWER.test(text(next))) return true;
  const after = nextNonBlank(ctx, next.no);
  return text(next).length <= 40 && P.isUpper(text(next)) && after !== undefined && P.AUTHORITY_FOLLOWER.test(text(after));
}

function nextNonBlank(ctx: ReaderContext, from: number): SourceLine | undefined {
  for (let i = from; i < ctx.lines.length; i++) if (ctx.lines[i]!.text.trim() !== '') return ctx.lines[i];
  return undefined;
}

/**
 * A tên loại line without the document's own number and symbol a web page may print after it
 * ("HƯỚNG DẪN 165-HD/BTGTW", "KẾ HOẠCH SỐ 12/KH-UBND"): the line is still the tên loại alone.
 */
function withoutSymbol(t: string): string {
  return t.replace(/\s+(?:SỐ\s+)?\d+[-/]\d{0,4}\/?[\p{Lu}Đ][\p{Lu}\p{N}Đ&.]*(?:[-/][\p{Lu}\p{N}Đ&.]+)*$/u, '');
}
