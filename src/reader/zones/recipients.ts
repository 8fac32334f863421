// The nơi nhận zone: where the footer starts (“Nơi nhận:”, or the signature block read from the
// end), the recipient lines and the archive (“Lưu”) line, read against the punctuation of the
// profile given; the lines right of them are handed to the signature zone.
import type { Profile } from '../../profile/index.js';
import { partNames, readerMessages as rm } from '../messages.js';
import * as P from '../patterns.js';
import { lineVal, type SourceLine } from '../source.js';
import { cells, endOf, slice, stripEnd, stripStart, trim, type Val } from '../val.js';
import { leaf, type ReaderContext, type Tree } from './context.js';
import { readSignature, type Signature } from './signature.js';
import { markCutOff } from './closing.js';
import { isTitle } from './titles.js';

interface Footer {
  start: number;
  label?: SourceLine;
  recipientLines: { v: Val; line: SourceLine }[];
  recipients: (Val | { ten: Val; de: Val })[];
  archive?: Val;
  signature: Signature;
}
export type { Footer };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A recipient item: a dash or a bullet, or "+" (a sub-item). */
const ITEM = /^([-–—•·]\s*(?=[^\s\-–—])|\+\s)/u;
/** The archive line, last of the nơi nhận ("- Lưu: VT, VP.", "Lưu VT", "- Lưu : VT"); a recipient named "Lưu trữ …;" has no colon and ends with an item's mark. */
const ARCHIVE = /^([-–—•·+]\s*)?Lưu(\s*:|(?![\p{L}]|\s+ý(?!\p{L}))(?!.*[;,]$))/u;
/**
 * Items typed one after another on one line ("- Ban Dân vận Tỉnh ủy; - Các phòng chuyên môn;",
 * "- Các phòng; Lưu: VT."): a new item starts after an item's mark with a dash, or with the archive line.
 */
const NEXT_ITEM = /(?<=[;,.])\s+(?=[-–—•+]\s+\S|Lưu\s*:|Lưu\s+VT\b)/gu;

/** A line of the signature block: capitals, an authority (TM., KT., T/M…), a name, a known title. */
function isSignatureLine(text: string): boolean {
  const t = text.replace(/\*\*/g, '').trim();
  return P.isUpper(t) || P.AUTHORITY.test(t) || P.looksLikeName(t) || isTitle(t);
}

/** The cell cut into its items where several were typed on one line. */
function itemsOf(c: Val): Val[] {
  const out: Val[] = [];
  let last = 0;
  for (const m of c.text.matchAll(NEXT_ITEM)) {
    out.push(trim(slice(c, last, m.index)));
    last = m.index + m[0].length;
  }
  out.push(trim(slice(c, last)));
  return out.filter((v) => v.text !== '');
}

/**
 * The archive line with the signature glued on after its final mark ("- Lưu: VT, VP. GIÁM ĐỐC",
 * a web copy that lost the column break): the archive, and the signature's part when there is one.
 * Units written with a dot ("Lưu: VT, P. KHTC") are not cut: a single word in capitals is a unit.
 */
function archiveAndRest(c: Val): [Val, Val | undefined] {
  for (const m of c.text.matchAll(/\.\s+/gu)) {
    const rest = trim(slice(c, m.index + m[0].length));
    const t = rest.text;
    if (P.AUTHORITY.test(t) || isTitle(t) || P.looksLikeName(t) || (P.isUpper(t) && /\p{L}{2,}\s+\p{L}{2,}/u.test(t) && !/,/u.test(t))) {
      return [trim(slice(c, 0, m.index + 1)), rest];
    }
  }
  return [c, undefined];
}

/** A footer line's cells, without the border lines of a table drawn in text ("+-----+-----+", "-----"). */
const footerCells = (line: SourceLine): Val[] => cells(lineVal(line)).filter((c) => !P.RULE_LINE.test(c.text));

export function readFooter(ctx: ReaderContext, from: number, end: number): Footer {
  const lines = ctx.lines.slice(0, end);
  const f: Footer = { start: lines.length, recipients: [], recipientLines: [], signature: { lines: [] } };
  const labelIndex = lines.findIndex((l, i) => i >= from && cells(lineVal(l)).some((c) => P.NOI_NHAN_LABEL.test(c.text)));
  const right: { v: Val; line: SourceLine }[] = [];
  if (labelIndex !== -1) {
    f.label = lines[labelIndex]!;
    ctx.component('noi_nhan_nhan', f.label);
    // In a .docx the nơi nhận and the signature are the cells of one table, read cell by cell and
    // row by row: a clerk's table with a row per line interleaves them ("Nơi nhận:", "GIÁM ĐỐC",
    // "- Sở Nội vụ;", …), and the signature may be the left cell. Each paragraph of that table
    // goes to the side of its cell; the footer starts with the label's row.
    const table = f.label.para?.table;
    const inTable = (l: SourceLine) => table !== undefined && l.para?.table?.index === table.index;
    const otherCell = (l: SourceLine) => inTable(l) && l.para!.table!.cell !== table!.cell;
    let start = labelIndex;
    while (table && start - 1 >= from && inTable(lines[start - 1]!) && lines[start - 1]!.para!.table!.row === table.row) start--;
    f.start = start;
    /** A line that is not a dashed item no longer joins the list (a blank line, the signature came). */
    let listEnded = false;
    /** The list is over: its archive line was read, or its table cell ended. */
    let closed = false;
    let seenItem = false;
    const toSignature = (v: Val, line: SourceLine, single: boolean) => {
      right.push({ v, line });
      if (single) listEnded = true;
    };
    for (let i = start; i < lines.length; i++) {
      const line = lines[i]!;
      if (otherCell(line)) {
        for (const c of footerCells(line)) right.push({ v: c, line });
        continue;
      }
      if (table && i > labelIndex && !inTable(line) && seenItem) closed = true;
      const cs = footerCells(line);
      // A line of bars only under the signer's name: the web page's table ends there, and what
      // follows (a text issued with the decision) is not the signature's.
      if (listEnded && /^[|¦\s]+$/u.test(line.text) && right.some((r) => P.looksLikeName(r.v.text.replace(/\*\*/g, '')))) break;
      if (cs.length === 0) {
        // A blank line ends the list, unless a dashed item follows it: a web page or a PDF copy
        // puts a blank line between every two lines.
        if (seenItem && !listEnded) {
          const next = lines.slice(i + 1).find((l) => footerCells(l).length > 0 && !otherCell(l));
          const nextCells = next ? footerCells(next) : [];
          // The dashed item may share its line with the signature column ("– Phòng, ban;     Lê Văn A").
          if (!(nextCells.length >= 1 && P.BULLET.test(nextCells[0]!.text))) listEnded = true;
        }
        continue;
      }
      const single = cs.length === 1;
      for (const c of cs) {
        let cell = c;
        if (P.NOI_NHAN_LABEL.test(c.text)) {
          ctx.labelSpacing(c);
          const rest = trim(stripStart(c, P.NOI_NHAN_LABEL));
          // "Nơi nhận: - Sở Nội vụ; - Lưu: VT." keeps its items; anything else beside the label is the signature's.
          if (!rest.text) continue;
          if (!(ITEM.test(rest.text) || ARCHIVE.test(rest.text))) { right.push({ v: rest, line }); continue; }
          cell = rest;
        }
        for (const item of itemsOf(cell)) {
          if (closed) { toSignature(item, line, single); continue; }
          if (ARCHIVE.test(item.text)) {
            // The archive line is the last of the list: what follows is the signature.
            const [archive, rest] = archiveAndRest(item);
            f.recipientLines.push({ v: archive, line });
            if (rest) right.push({ v: rest, line });
            seenItem = true;
            closed = true;
            continue;
          }
          // A dashed item is a recipient wherever it stands before the archive line (the signature
          // column, flattened, may come between the items); an undashed line only until the list ends.
          if (ITEM.test(item.text) || (!listEnded && single && !isSignatureLine(item.text))) {
            f.recipientLines.push({ v: item, line });
            seenItem = true;
          } else toSignature(item, line, single);
        }
      }
    }
  } else {
    // No "Nơi nhận:": the signature block is the last run of capitals and a name.
    let i = lines.length - 1;
    while (i >= from && lines[i]!.text.trim() === '') i--;
    let start = i + 1;
    if (i >= from && P.looksLikeName(lines[i]!.text.replace(/\*\*/g, '').trim())) {
      start = i;
      i--;
      while (i >= from && lines[i]!.text.trim() === '') i--;
      while (i >= from) {
        const t = lines[i]!.text.replace(/\*\*/g, '').trim();
        if (t === '' ) break;
        if (P.isUpper(t) || P.AUTHORITY.test(t) || t === 'kiêm') { start = i; i--; continue; }
        break;
      }
    }
    f.start = start;
    for (let k = start; k < lines.length; k++) {
      const c = trim(lineVal(lines[k]!));
      if (c.text) right.push({ v: c, line: lines[k]! });
    }
  }
  f.signature = readSignature(ctx, right);
  return f;
}

/**
 * Recipient lines → names. dvk prints the dash and the punctuation of the profile, so a line
 * written exactly that way loses them; any other punctuation is kept as written, for the
 * noi-nhan-punctuation rule to report. The archive line likewise: the profile's own "Lưu: "
 * (State) or "Lưu " (Party) is taken off, anything else stays ("Lưu : VT", "Lưu: VP" in a
 * Party document) for noi-nhan-luu-form.
 */
export function readRecipients(ctx: ReaderContext, f: Footer, profile: Profile) {
  const luuPrefix = profile.noi_nhan.mau_luu.replace('{luu}', '');
  // A line of bars only is what a web page's table leaves between the nơi nhận and the signature.
  const bars = (t: string) => /^[|¦\s]+$/u.test(t);
  let lastIndex = f.recipientLines.length - 1;
  while (lastIndex >= 0 && bars(f.recipientLines[lastIndex]!.v.text)) lastIndex--;
  f.recipientLines.forEach(({ v, line }, i) => {
    if (bars(v.text)) return;
    ctx.component('noi_nhan_muc', line);
    const item = trim(stripStart(v, /^[-–—•·+]\s*/u));
    const isLast = i === lastIndex;
    if (/^Lưu\b/u.test(item.text) && (isLast || P.LUU_ITEM.exec(item.text)?.[2] === ':')) {
      // The last line ends with the profile's final mark ("- Lưu: VT, VP."). A line that ends
      // with another mark keeps it (noi-nhan-punctuation reports it in the plan); one that ends
      // with none is said here, since the plan cannot show a mark that is not there.
      const end = profile.noi_nhan.ket_cuoi;
      if (isLast && !item.text.endsWith(end) && !/[.,;:!?…]$/u.test(item.text)) {
        ctx.note('noi-nhan-punctuation', 'error', rm.lastLineNoMark, [endOf(item), endOf(item)], { mark: end, expected: `${v.text.trim()}${end}` });
      }
      let rest = stripEnd(item, new RegExp(`${escape(end)}$`, 'u'));
      if (rest.text.startsWith(luuPrefix) && !/^\s/u.test(rest.text.slice(luuPrefix.length))) rest = slice(rest, luuPrefix.length);
      f.archive = trim(rest);
      return;
    }
    // A line that is only a dash (or only the punctuation) names no recipient: an empty item would fail the schema.
    if (item.text === '' || item.text === profile.noi_nhan.ket_muc) return;
    const mark = profile.noi_nhan.ket_muc;
    // A dashed item with no mark at all, with the next dashed item under it (so not a name wrapped
    // onto the next line): the plan cannot show the missing mark, so it is said here. A mark typed
    // before the purpose ("Ban Dân vận Tỉnh ủy, (b/c)") is the mark misplaced, which the plan shows.
    const next = f.recipientLines[i + 1];
    if (next && ITEM.test(v.text) && ITEM.test(next.v.text) && !/[.,;:!?…]$/u.test(item.text) && !/[.,;:]\s*\([^()]*\)$/u.test(item.text)) {
      ctx.note('noi-nhan-punctuation', 'error', rm.itemNoMark, [endOf(item), endOf(item)], { mark, expected: `${v.text.trim()}${mark}` });
    }
    const kept = item.text.endsWith(mark) && !/\s$/u.test(item.text.slice(0, -mark.length)) ? slice(item, 0, item.text.length - mark.length) : item;
    // "(để báo cáo)" is how dvk prints `de`: read it back as { ten, de }. Other forms
    // ("(báo cáo)", "(b/c)") stay in the name, where noi-nhan-purpose suggests `de`.
    const purpose = /^(.*\S)\s+\(để\s+([^()]+)\)$/u.exec(kept.text);
    if (purpose) f.recipients.push({ ten: slice(kept, 0, purpose[1]!.length), de: slice(kept, kept.text.length - 1 - purpose[2]!.length, kept.text.length - 1) });
    else f.recipients.push(kept);
  });
}

/**
 * A text that stops inside its nơi nhận ("– Các đơn vị trường h" on the last line of a web page
 * that kept only the first part): the last recipient is the last thing in the file and ends
 * with no mark. Said once (reader/cut-off), where the text stops; the archive line and the
 * signature that would follow are then not reported missing (ReaderContext.notFound).
 */
function cutOffInRecipients(ctx: ReaderContext, footer: Footer): boolean {
  const last = footer.recipientLines.at(-1);
  if (!last || footer.archive || ARCHIVE.test(last.v.text) || !/[\p{L}\p{N}]$/u.test(last.v.text)) return false;
  let k = ctx.lines.length - 1;
  while (k > 0 && ctx.lines[k]!.text.trim() === '') k--;
  const lastLine = ctx.lines[k]!;
  if (last.line !== lastLine || endOf(last.v) !== lastLine.start + lastLine.text.trimEnd().length) return false;
  markCutOff(ctx, last.v.text, rm.cutOffInRecipients);
  return true;
}

/** noi_nhan from the footer (or not-found notes and placeholders). */
export function noiNhanData(ctx: ReaderContext, footer: Footer, bodyEnd: number): Tree {
  const noiNhan: Record<string, Tree> = {};
  if (footer.label) {
    cutOffInRecipients(ctx, footer);
    const gui = footer.recipients.map((r): Tree => ('ten' in r ? { ten: leaf(r.ten), de: leaf(r.de) } : leaf(r)));
    noiNhan.gui = gui.length ? gui : [ctx.placeholder(partNames.recipients, footer.label.start)];
    if (footer.archive) noiNhan.luu = leaf(footer.archive);
    else {
      ctx.notFound(partNames.archive, footer.label.start, ['noi_nhan', 'luu']);
      noiNhan.luu = ctx.placeholder(partNames.archive, footer.label.start);
    }
    ctx.positions.set(noiNhan, [footer.label.start, footer.label.start + footer.label.text.length]);
  } else {
    ctx.notFound(partNames.recipients, bodyEnd, ['noi_nhan']);
    noiNhan.gui = [ctx.placeholder(partNames.recipients, bodyEnd)];
    noiNhan.luu = ctx.placeholder(partNames.archive, bodyEnd);
  }
  return noiNhan;
}
