// The signature zone: quyền hạn (TM., KT., T/M…), the collective, the chức vụ lines and the
// signer's name, from the lines right of nơi nhận (or the last run of capitals and a name).
import { partNames, readerMessages as rm } from '../messages.js';
import * as P from '../patterns.js';
import { type SourceLine } from '../source.js';
import { join, slice, stripEnd, stripStart, trim, type Val } from '../val.js';
import { leaf, type ReaderContext, type Tree } from './context.js';
import { isNameInCapitals, isTitle } from './titles.js';

interface Signature {
  lines: SourceLine[];
  authority?: Val;
  onBehalfOf?: Val;
  title?: Val;
  name?: Val;
}
export type { Signature };

export function readSignature(ctx: ReaderContext, right: { v: Val; line: SourceLine }[]): Signature {
  const sig: Signature = { lines: right.map((r) => r.line) };
  const items = right.map((r) => {
    const cleaned = trim(stripEnd(stripStart(r.v, /^\*\*/u), /\*\*$/u));
    if (cleaned.text !== r.v.text.trim()) ctx.note('reader/markdown', 'info', rm.markdownMarks, r.v);
    return { v: cleaned, line: r.line };
  }).filter((r) => /[\p{L}\p{N}]/u.test(r.v.text) && !/^\((đã\s+ký|ký.*|.*đóng\s+dấu.*)\)$/iu.test(r.v.text));
  // A line left above the block (a file's storage path "d:\2011\CV\…", a note) is not its first
  // title line: the block starts at its authority or title line, in capitals or a known title.
  // (A name typed in capitals, on the last line, does not start the block.)
  const head = items.findIndex((r, i) => P.AUTHORITY.test(r.v.text) || isTitle(r.v.text) || (P.isUpper(r.v.text) && i < items.length - 1));
  for (const stray of items.splice(0, Math.max(0, head))) {
    ctx.note('reader/unrecognised', 'info', rm.unrecognisedSignatureLine, stray.v, { text: stray.v.text });
  }
  if (items.length === 0) return sig;
  const last = items.at(-1)!;
  let titleItems = items;
  // The name is the last line, in ordinary case. A draft dvk rendered may still have
  // "[CẦN BỔ SUNG: HỌ TÊN NGƯỜI KÝ]" there, in capitals like every placeholder: under a title
  // it is the name still to write, not a second title line.
  const placeholderName = items.length > 1 && /^\[[^\]]+\]$/u.test(last.v.text);
  // A name typed in capitals ("NGUYỄN VĂN AN") under the title is the name, not a title line.
  const capitalName = items.length > 1 && isNameInCapitals(last.v.text);
  if ((!P.isUpper(last.v.text) && last.v.text !== 'kiêm') || placeholderName || capitalName) {
    sig.name = last.v;
    ctx.component('ho_ten', last.line);
    titleItems = items.slice(0, -1);
  }
  const authority = titleItems[0] ? P.AUTHORITY.exec(titleItems[0].v.text) : null;
  if (authority && titleItems[0]) {
    const first = titleItems[0];
    sig.authority = slice(first.v, 0, authority[1]!.length + authority[2]!.length);
    sig.onBehalfOf = trim(slice(first.v, authority[1]!.length + authority[2]!.length));
    ctx.component('quyen_han', first.line);
    titleItems = titleItems.slice(1);
  }
  if (titleItems.length) {
    sig.title = join(titleItems.map((t) => t.v), '\n');
    ctx.component('chuc_vu', ...titleItems.map((t) => t.line));
  }
  return sig;
}

/** nguoi_ky from the signature block (or not-found notes and placeholders). */
export function signerData(ctx: ReaderContext, sig: Signature, bodyEnd: number): Tree {
  const nguoiKy: Record<string, Tree> = {};
  const sigAt = sig.lines[0]?.start ?? bodyEnd;
  if (sig.lines.length === 0) ctx.notFound(partNames.signer, bodyEnd, ['nguoi_ky']);
  if (sig.authority) {
    nguoiKy.quyen_han = leaf(sig.authority);
    if (sig.onBehalfOf) nguoiKy.tap_the = leaf(sig.onBehalfOf);
  }
  if (sig.title) nguoiKy.chuc_vu = leaf(sig.title);
  else {
    if (sig.lines.length) ctx.notFound(partNames.signerTitle, sigAt, ['nguoi_ky', 'chuc_vu']);
    nguoiKy.chuc_vu = ctx.placeholder(partNames.signerTitle, sigAt);
  }
  if (sig.name) nguoiKy.ho_ten = leaf(sig.name);
  else {
    if (sig.lines.length) ctx.notFound(partNames.signerName, sigAt, ['nguoi_ky', 'ho_ten']);
    nguoiKy.ho_ten = ctx.placeholder(partNames.signerName, sigAt);
  }
  if (sig.lines.length) ctx.positions.set(nguoiKy, [sig.lines[0]!.start, sig.lines.at(-1)!.start + sig.lines.at(-1)!.text.length]);
  return nguoiKy;
}
