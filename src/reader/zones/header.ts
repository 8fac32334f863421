// The header zone: organ names, Quốc hiệu and Tiêu ngữ or ĐẢNG CỘNG SẢN VIỆT NAM and its star,
// số and ký hiệu, place and date, marks (dự thảo, mật, khẩn), a received stamp; then which
// system the document belongs to, and the written-form checks of these lines (the colon after
// “Số”, the comma after the place, the leading zero, the Party star) against the profile given.
import { DOC_TYPE_IDS, DOC_TYPE_REGISTRY } from '../../plan/doc-types.js';
import type { System } from '../../plan/model.js';
import type { Profile } from '../../profile/index.js';
import { dayText, monthText } from '../../shared/dates.js';
import { parseDate, parseNumber, type DateInfo, type NumberInfo } from '../header-lines.js';
import { partNames, readerMessages as rm, unsure } from '../messages.js';
import * as P from '../patterns.js';
import { lineVal, type SourceLine } from '../source.js';
import { cells, endOf, join, slice, startOf, stripEnd, stripStart, trim, type Val } from '../val.js';
import type { Footer } from './recipients.js';
import { derived, Leaf, leaf, type ReaderContext, type Tree } from './context.js';

/** The Quốc hiệu and the Tiêu ngữ anywhere in a cell (their anchored forms are in patterns.ts). */
const QUOC_HIEU_IN = /CỘNG\s+H[OÒ]\s*[AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/u;
const TIEU_NGU_IN = /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/iu;

/**
 * Two header columns flattened onto one line with a single space between them (a web page or a
 * PDF copy): "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH X Độc lập - Tự do -
 * Hạnh phúc", "Số: 12/UBND-VP Vị Thanh, ngày 6 tháng 4 năm 2011". Cut only where the right
 * column is one of these fixed forms (and the left is an organ in capitals or a whole number
 * line), so a line that is not two columns is never cut.
 */
export function splitGluedColumns(c: Val): Val[] {
  const t = c.text;
  if (P.QUOC_HIEU.test(t) || P.TIEU_NGU.test(t) || P.DATE_LINE.test(t)) return [c];
  for (const re of [QUOC_HIEU_IN, TIEU_NGU_IN]) {
    const m = re.exec(t);
    if (!m || m.index === 0) continue;
    const left = trim(slice(c, 0, m.index));
    const right = trim(slice(c, m.index + m[0].length));
    if (!P.isUpper(left.text) || !/\p{L}/u.test(left.text)) continue;
    return [left, trim(slice(c, m.index, m.index + m[0].length)), ...(right.text ? splitGluedColumns(right) : [])];
  }
  return splitNumberAndDate(c) ?? [c];
}

/** A column gap in a line (a tab, two spaces or more, the bar of a table drawn in text), and a single space. */
const COLUMN_GAP = /[^\S\n]*\|[^\S\n]*|\t+|[ \u00a0]{2,}/gu;
const ONE_SPACE = /[ \u00a0]/gu;
const HAS_GAP = /\t|[ \u00a0]{2}/u;

/**
 * The number cell and the place-and-date cell of the header table on one line: "Số:     /KH-UBND<TAB>Bình
 * Định, ngày      tháng 3 năm 2025" (a .txt export, a web copy), "Số 22-KH/ĐU    Hà Nội, ngày 05 tháng 3
 * năm 2025", "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011". A draft's blanks (the number, the
 * day) are runs of spaces too, so a gap alone says nothing: the line is cut only where the left part
 * reads whole as a number and the right part whole as a place and date, at a column gap first, and at a
 * single space only when the ký hiệu has no space in it (so "Số: 15/KH - SKHCN Hà Nội, ngày …" is not
 * cut inside the ký hiệu).
 */
export function splitNumberAndDate(c: Val): [Val, Val] | undefined {
  const t = c.text;
  if (!/^Số[\s:]/u.test(t) || !/ngày/u.test(t)) return undefined;
  for (const gap of [COLUMN_GAP, ONE_SPACE]) {
    for (const m of t.matchAll(gap)) {
      const left = trim(slice(c, 0, m.index));
      const symbol = P.NUMBER_LINE.exec(left.text)?.[8];
      if (!symbol || !/\p{L}/u.test(symbol) || (gap === ONE_SPACE ? /\s/u : HAS_GAP).test(symbol)) continue;
      const right = trim(slice(c, m.index + m[0].length));
      const date = parseDate(right);
      if (date && !HAS_GAP.test(date.place.text)) return [left, right];
    }
  }
  return undefined;
}

/**
 * A header line cut into its cells. A number or date line is read whole first: a draft's blanks
 * ("Số:      /KH-SKHCN", "ngày     tháng 10") are runs of spaces, not a column break; a number and
 * a date on one line are cut between them (splitNumberAndDate); any other line at its column gaps.
 */
export function headerCells(line: SourceLine): Val[] {
  // The outer bars of a table drawn in text ("| Số: /KH-UBND | Bình Định, ngày … |") are no part of either cell.
  const whole = unbar(lineVal(line));
  const split = splitNumberAndDate(whole);
  if (split) return split;
  const wholeNumber = P.NUMBER_LINE.exec(whole.text);
  if (P.DATE_LINE.test(whole.text) || (wholeNumber && !/\t|\s{2,}\S|\sngày\s/u.test(wholeNumber[8]!))) return [whole];
  return cells(lineVal(line)).flatMap(splitGluedColumns);
}

/** A place name alone with its comma (and "ngày"), the first half of a wrapped date line. */
const PLACE_ONLY = /^\p{Lu}[\p{L} .'-]*(,|,?\s*ngày(\s+\d{1,2})?)$/u;
/** The second half of a wrapped date line: "ngày 25 tháng 11 năm 2026" or "27 tháng 09 năm 2022". */
const DATE_REST = /^(ngày\s|\d{0,2}\s*tháng\s)/u;
/** The first half of a Quốc hiệu or a Tiêu ngữ wrapped over two lines in a narrow column. */
const HALF = /^(CỘNG\s+H[OÒ]\s*[AÀ](\s+XÃ(\s+HỘI(\s+CHỦ(\s+NGHĨA)?)?)?)?|Độc\s+lập(\s*[-–—](\s*Tự\s+do(\s*[-–—])?)?)?)$/iu;
/**
 * A cell without the bars a web page's table leaves at its ends ("Số: 186/KH-UBND |",
 * "| Bắc Ninh, ngày …"): the bars are the page's, not part of the number or the date.
 */
function unbar(v: Val): Val {
  const t = trim(v);
  return /^[|¦]|[|¦]$/u.test(t.text) && !TABLE_REMNANT.test(t.text) ? trim(stripStart(stripEnd(t, /\s*[|¦]+$/u), /^[|¦]+\s*/u)) : t;
}

/** A single word of at most eight letters, its first a capital: a cell's first word left alone on its line. */
const ONE_WORD = /^\p{Lu}\p{L}{0,7}$/u;

/** A table's remnant: a cell of vertical bars only. */
const TABLE_REMNANT = /^[|¦\s]+$/u;

interface Header {
  end: number;
  organs: { v: Val; line: SourceLine }[];
  quocHieu: boolean;
  tieuNgu: boolean;
  partyHeader: boolean;
  star: SourceLine | undefined;
  /** A rule line ("-------") right under the organ lines, before the Quốc hiệu or Party heading. */
  ruleUnderOrgan?: boolean;
  draft?: Val;
  secrecy?: Val;
  urgency?: Val;
  number?: NumberInfo;
  date?: DateInfo;
  /** A công văn's trích yếu under the number ("V/v …", "về …"): the document has no tên loại line. */
  letterSubject?: Val;
}
export type { Header };

/** Without a tên loại line: the header ends before the first long line or heading. */
export function guessHeaderEnd(ctx: ReaderContext): number {
  const i = ctx.lines.findIndex((l) => {
    const t = l.text.trim();
    // A công văn has no tên loại line: its "Kính gửi:" line opens the body.
    return t.length > 120 || P.ROMAN_HEADING.test(t) || P.ARABIC_ITEM.test(t) || P.KINH_GUI.test(t);
  });
  return i === -1 ? 0 : i;
}

/**
 * A body reposted alone: no line before `end` is a header part (Quốc hiệu, Tiêu ngữ, Party
 * header, number, place-and-date, an organ in capitals). Said once (reader/no-header); the
 * header parts are then not reported one by one, and the body starts at the first line.
 */
export function headerless(ctx: ReaderContext, end: number): boolean {
  const headerish = ctx.lines.slice(0, end).some((l) => headerCells(l).some((c) => {
    const t = c.text.replace(/\*\*/g, '').trim();
    return P.QUOC_HIEU.test(t) || P.TIEU_NGU.test(t) || HALF.test(t) || P.PARTY_HEADER.test(t) || P.NUMBER_LINE.test(t) || P.DATE_LINE.test(t) || P.DATE_LINE_SLASHES.test(t) || PLACE_ONLY.test(t) || (P.isUpper(t) && /\p{L}/u.test(t));
  }));
  if (headerish || ctx.lines.every((l) => l.text.trim() === '')) return false;
  ctx.noHeader = true;
  const first = ctx.lines.find((l) => l.text.trim() !== '')!;
  ctx.note('reader/no-header', 'warning', rm.noHeader, [first.start, first.start]);
  return true;
}

/**
 * The header lines up to `end`. `letterSubjects`: the document has no tên loại line, so a line
 * under the number that opens "V/v …" or "về …" is a công văn's trích yếu (NĐ 30 and HD 36, ô 5b).
 */
export function readHeader(ctx: ReaderContext, end: number, letterSubjects = false): Header {
  const h: Header = { end, organs: [], quocHieu: false, tieuNgu: false, partyHeader: false, star: undefined };
  const lines = ctx.lines.slice(0, end);
  // A received stamp: an organ line right above a "CV ĐẾN"/"ĐẾN" line, and the lines after it.
  const stampLines = new Set<SourceLine>();
  lines.forEach((l, i) => {
    if (!cells(lineVal(l)).some((c) => /^(CV|CÔNG VĂN)?\s*ĐẾN$/iu.test(c.text) || /^ĐẾN\b/u.test(c.text))) return;
    const isStampLine = (l: SourceLine) => {
      const cs = cells(lineVal(l));
      return cs.length > 0 && cs.every((c) => P.STAMP_CELLS.some((re) => re.test(c.text)) || /^ĐẾN\b/u.test(c.text));
    };
    let from = i;
    for (let k = i - 1; k >= 0; k--) {
      const t = lines[k]!.text.trim();
      if (t === '') continue;
      if (isStampLine(lines[k]!)) { from = k; continue; }
      // The receiving organ's name heads the stamp.
      if (P.isUpper(t) && !P.PARTY_HEADER.test(t) && !P.QUOC_HIEU.test(t) && !P.NUMBER_LINE.test(t)) from = k;
      break;
    }
    let to = i;
    for (let k = i + 1; k < lines.length; k++) {
      const cs = cells(lineVal(lines[k]!));
      if (cs.length === 0) break;
      if (isStampLine(lines[k]!)) to = k;
      else break;
    }
    for (let k = from; k <= to; k++) stampLines.add(lines[k]!);
    ctx.note('reader/stamp', 'info', rm.stamp, [lines[from]!.start, lines[to]!.start + lines[to]!.text.length], { from: lines[from]!.no, to: lines[to]!.no });
  });

  // The line before: a công văn's trích yếu comes right under the number (or the number-and-date line).
  let underNumber = false;
  let pendingPlace: { v: Val; line: SourceLine } | undefined;
  let pendingHalf: { v: Val; line: SourceLine } | undefined;
  let pendingLabel: { v: Val; line: SourceLine } | undefined;
  let pendingWord: { v: Val; line: SourceLine } | undefined;
  for (const line of lines) {
    if (stampLines.has(line)) continue;
    if (line.text.trim() === '') continue;
    const wasUnderNumber = underNumber;
    underNumber = false;
    for (const cell of headerCells(line)) {
      let c = unbar(cell);
      let t = c.text.replace(/\*\*/g, '');
      if (TABLE_REMNANT.test(t)) continue;
      // A web page's table puts the first word of a centred cell on a line of its own ("ỦY" / "BAN
      // NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI …", "Tam" / "Kỳ, ngày …"): the word goes with the next cell.
      if (pendingWord) {
        c = join([pendingWord.v, c], ' ');
        t = c.text.replace(/\*\*/g, '');
        pendingWord = undefined;
      } else if (ONE_WORD.test(t) && !P.SECRECY.test(t) && !P.URGENCY.test(t) && !P.DOC_TYPES.some(([re]) => re.test(t))) {
        pendingWord = { v: c, line };
        continue;
      }
      // The Quốc hiệu or the Tiêu ngữ wrapped over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM").
      if (pendingHalf) {
        const half = pendingHalf;
        pendingHalf = undefined;
        const joined = join([half.v, c], ' ').text.replace(/\*\*/g, '');
        if (P.QUOC_HIEU.test(joined)) { h.quocHieu = true; ctx.component('quoc_hieu', half.line, line); continue; }
        if (P.TIEU_NGU.test(joined)) { h.tieuNgu = true; ctx.component('tieu_ngu', half.line, line); continue; }
        ctx.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, half.v, { text: half.v.text });
      }
      if (HALF.test(t)) { pendingHalf = { v: c, line }; continue; }
      if (P.QUOC_HIEU.test(t)) { h.quocHieu = true; ctx.component('quoc_hieu', line); continue; }
      if (P.TIEU_NGU.test(t)) { h.tieuNgu = true; ctx.component('tieu_ngu', line); continue; }
      if (P.PARTY_HEADER.test(t)) { h.partyHeader = true; ctx.component('tieu_de_dang', line); continue; }
      if (P.STAR.test(t)) { h.star = line; continue; }
      if (P.DRAFT_MARK.test(t)) { h.draft = c; ctx.component('du_thao', line); continue; }
      if (P.SECRECY.test(t)) { h.secrecy = c; ctx.component('dau_mat_khan', line); continue; }
      if (P.URGENCY.test(t)) { h.urgency = c; ctx.component('dau_mat_khan', line); continue; }
      if (P.RULE_LINE.test(t)) {
        // A rule right under the organ, where a Party document has its star: a web page's table
        // draws its own line there and drops the "*" (thuvienphapluat-style pages).
        if (h.organs.length && !h.partyHeader && !h.quocHieu && !h.number) h.ruleUnderOrgan = true;
        continue;
      }
      // "Số:" alone, its number in another cell of the flattened table ("Số:" / "06/2024/QĐ-UBND",
      // or the date line between them when a PDF extraction reorders the cells).
      if (!h.number && /^Số\s*:?$/u.test(t)) { pendingLabel = { v: c, line }; continue; }
      if (pendingLabel && !h.number && /^\d*\s*[/-]\s*(?:\d{4}\s*\/\s*)?\p{L}/u.test(t)) {
        const joined = join([pendingLabel.v, c], ' ');
        const m = P.NUMBER_LINE.exec(joined.text);
        if (m && /[\p{L}]/u.test(m[8]!)) {
          h.number = parseNumber(joined, m);
          ctx.component('so_ky_hieu', pendingLabel.line, line);
          pendingLabel = undefined;
          underNumber = true;
          continue;
        }
      }
      const number = P.NUMBER_LINE.exec(c.text);
      if (number && !h.number && /[\p{L}]/u.test(number[8]!)) {
        h.number = parseNumber(c, number);
        ctx.component('so_ky_hieu', line);
        underNumber = true;
        continue;
      }
      // A date line wrapped in a narrow column: "Thành phố Hồ Chí Minh," / "ngày 25 tháng 11 năm 2026".
      if (!h.date && !pendingPlace && PLACE_ONLY.test(t)) { pendingPlace = { v: c, line }; continue; }
      const wrapped = pendingPlace && DATE_REST.test(t) ? join([pendingPlace.v, c], ' ') : undefined;
      const date = (wrapped && parseDate(wrapped)) || parseDate(c);
      if (date && !h.date) {
        h.date = date;
        ctx.component('dia_danh_ngay', ...(wrapped ? [pendingPlace!.line, line] : [line]));
        pendingPlace = undefined;
        underNumber ||= Boolean(h.number);
        continue;
      }
      if (pendingPlace) {
        ctx.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, pendingPlace.v, { text: pendingPlace.v.text });
        pendingPlace = undefined;
      }
      if (letterSubjects && wasUnderNumber && h.number && !h.letterSubject && P.LETTER_SUBJECT.test(t) && !typeCodeOf(h.number)) {
        h.letterSubject = c;
        ctx.component('trich_yeu_cong_van', line);
        continue;
      }
      if (P.STAMP_CELLS.some((re) => re.test(t))) {
        ctx.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, c, { text: c.text });
        continue;
      }
      if (P.isUpper(t) && !P.DOC_TYPES.some(([re]) => re.test(t))) {
        h.organs.push({ v: c, line });
        continue;
      }
      ctx.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, c, { text: c.text });
    }
  }
  if (pendingPlace) ctx.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, pendingPlace.v, { text: pendingPlace.v.text });
  if (pendingHalf) ctx.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, pendingHalf.v, { text: pendingHalf.v.text });
  // (The first word of a tên loại split over two lines is the tên loại's: see findTypeLine.)
  if (pendingWord && !ctx.components.get('ten_loai')?.includes(pendingWord.line)) ctx.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, pendingWord.v, { text: pendingWord.v.text });
  if (pendingLabel) ctx.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, pendingLabel.v, { text: pendingLabel.v.text });
  return h;
}

export function decideSystem(ctx: ReaderContext, h: Header, f: Footer): { value: System; leaf: Leaf } {
  const evidence: { system: System; why: string; whyEn?: string; at: Val | SourceLine }[] = [];
  const quoc = ctx.components.get('quoc_hieu')?.[0];
  const party = ctx.components.get('tieu_de_dang')?.[0];
  if (party) evidence.push({ system: 'party', why: 'ĐẢNG CỘNG SẢN VIỆT NAM', at: party });
  if (quoc) evidence.push({ system: 'state', why: 'Quốc hiệu', whyEn: 'the national title', at: quoc });
  if (h.number) evidence.push({ system: h.number.shape, why: `“${h.number.written}”`, at: h.number.cell });
  if (h.star) evidence.push({ system: 'party', why: '“*”', at: h.star });
  const auth = f.signature.authority?.text;
  if (auth) evidence.push({ system: auth.includes('/') ? 'party' : 'state', why: `“${auth}”`, at: f.signature.authority! });
  const first = evidence[0];
  if (!first) {
    const l = ctx.unsure(new Leaf('nha_nuoc', 0, 0), unsure.systemDefault);
    return { value: 'state', leaf: l };
  }
  const value = first.system;
  const l = derived(value === 'party' ? 'dang' : 'nha_nuoc', first.at);
  if (!party && !quoc) ctx.unsure(l, unsure.systemGuess, { evidence: first.why, evidenceEn: first.whyEn ?? first.why });
  return { value, leaf: l };
}

export function formChecks(ctx: ReaderContext, h: Header, f: Footer, system: System, profile: Profile) {
  const n = h.number;
  if (n) {
    const num = n.number.text;
    const expected = system === 'party' ? `${num}-${n.symbol.text}` : `${num}/${n.symbol.text}`;
    n.expected = system === 'party' ? `Số ${expected}` : `Số: ${expected}`;
    if (system === 'party' && n.colon) ctx.note('so-ky-hieu-format', 'error', rm.soColonParty, [n.colonAt, n.colonAt + 1], { expected });
    if (system === 'state' && !n.colon) ctx.note('so-ky-hieu-format', 'error', rm.soColonState, slice(n.cell, 0, 2), { expected });
    const written = n.cell.text.replace(/^Số\s*:?\s*/u, '');
    if (n.shape !== system) {
      ctx.note('so-ky-hieu-system-mismatch', 'error', rm.soShapeMismatch, n.cell, {
        written,
        shape: n.shape === 'party' ? 'Đảng (Số 22-KH/ĐU)' : 'Nhà nước (Số: 15/KH-UBND)',
        system: system === 'party' ? 'văn bản Đảng' : 'văn bản Nhà nước',
      });
    }
  }
  const d = h.date;
  if (d) {
    if (d.slashes) ctx.note('date-line-format', 'error', rm.dateSlashes, d.cell, { written: d.cell.text });
    else if (!d.comma) ctx.note('date-line-format', 'error', rm.dateComma, [endOf(d.place), endOf(d.place) + 1], { expected: `${d.place.text}, ngày` });
    const zero = (what: { vi: string }, written: string, needs: boolean) => {
      if (!needs || written.length !== 1) return;
      const i = d.cell.text.indexOf(` ${written} `, d.place.text.length);
      ctx.note('date-leading-zero', 'error', rm.dateLeadingZero, i === -1 ? d.cell : slice(d.cell, i + 1, i + 2), { what: what.vi, written, expected: `0${written}` });
    };
    if (!d.slashes) {
      zero({ vi: 'Ngày' }, d.day, d.day !== '' && dayText(Number(d.day)) !== d.day);
      zero({ vi: 'Tháng' }, d.month, d.month !== '' && monthText(Number(d.month)) !== d.month);
    }
  }
  // Under a web page's rule line the star cannot be told missing: dvk says nothing (precision first).
  if (system === 'party' && !h.star && h.organs.length && !h.ruleUnderOrgan) {
    const last = h.organs.at(-1)!;
    ctx.note('party-dau-sao', 'error', rm.missingStar, last.v);
  }
  if (system === 'state' && h.star) ctx.note('party-dau-sao', 'error', rm.starInState, h.star);

}

/** co_quan, so, ky_hieu, dia_danh, ngay and the marks from the header (or not-found notes). */
/** Codes of the types that print a tên loại line (KH, QĐ…): a number carrying one is not a công văn's. */
const TYPE_CODES = new Set(DOC_TYPE_IDS.filter((id) => DOC_TYPE_REGISTRY[id].heading === 'ten_loai').flatMap((id) => Object.values(DOC_TYPE_REGISTRY[id].code)).filter((c): c is string => Boolean(c)));

/** The type code in the number's ký hiệu ("KL" in 445-KL/TƯ, "KH" in 15/KH-SKHCN), if it is one. */
function typeCodeOf(n: NumberInfo): string | undefined {
  const first = n.shape === 'party' ? n.symbol.text.split('/')[0] : n.symbol.text.split('-')[0];
  return first && TYPE_CODES.has(first) ? first : undefined;
}

export function headerData(ctx: ReaderContext, header: Header, data: Record<string, Tree>, docStart: number, letter = false): void {
  const date = header.date;
  if (header.draft) data.du_thao = header.draft.text.toLocaleUpperCase('vi') === 'DỰ THẢO' ? derived(true, header.draft) : leaf(header.draft);
  if (header.secrecy) data.mat = leaf(header.secrecy);
  if (header.urgency) data.khan = leaf(header.urgency);

  if (!header.quocHieu && !header.partyHeader) ctx.notFound(partNames.header, docStart);

  // Organ.
  const coQuan: Record<string, Tree> = {};
  if (header.organs.length === 0) {
    ctx.notFound(partNames.organ, docStart, ['co_quan', 'ten']);
    coQuan.ten = ctx.placeholder(partNames.organ, docStart);
  } else {
    const organs = header.organs;
    // Where the split between parent and issuing organ falls: in a .docx the issuing organ is
    // the bold lines at the end (NĐ 30 / HD 36 print only it in bold); in text, the last line
    // (a long parent name wraps, the issuing organ's rarely does).
    const bold = (o: { line: SourceLine }) => Boolean(o.line.para?.runs.some((r) => r.text.trim() && r.bold));
    let split = organs.length - 1;
    if (organs.some((o) => o.line.para) && organs.every(bold)) {
      // Every line bold: one issuing organ whose name the renderer (or a clerk) wrapped
      // ("ỦY BAN NHÂN DÂN" / "XÃ XUÂN PHÚ"); no parent organ is printed in bold.
      split = 0;
    } else if (organs.some((o) => o.line.para) && organs.some(bold)) {
      split = organs.length;
      while (split > 0 && bold(organs[split - 1]!)) split--;
    } else if (!organs.some((o) => o.line.para)) {
      // Text has no bold: a name wrapped over two lines ("SỞ KHOA HỌC" / "VÀ CÔNG NGHỆ") is
      // told by its second line, which continues the first (a connector at the join, or no
      // organ head word such as SỞ, BAN, ỦY BAN at its start). The issuing organ is the last
      // name, with its continuation lines.
      split = organs.length - 1;
      while (split > 0 && P.continuesOrganName(organs[split - 1]!.v.text, organs[split]!.v.text)) split--;
    }
    const parent = organs.slice(0, split);
    const own = organs.slice(split);
    if (parent.length) {
      coQuan.cap_tren = leaf(join(parent.map((o) => o.v), ' '));
      ctx.component('co_quan_cap_tren', ...parent.map((o) => o.line));
    }
    coQuan.ten = leaf(join(own.map((o) => o.v), ' '));
    ctx.component('co_quan_ban_hanh', ...own.map((o) => o.line));
    if (organs.length > 2) ctx.unsure(coQuan.ten as Leaf, unsure.organSplit, { count: organs.length });
  }
  // A State công văn's ký hiệu is <organ>-<unit> (no type code): the organ is its first part.
  const n = header.number;
  const letterOrgan = letter && n?.shape === 'state' && n.symbol.text.includes('-') ? slice(n.symbol, 0, n.symbol.text.indexOf('-')) : undefined;
  const organCode = letterOrgan ?? n?.symbolCode;
  if (organCode) coQuan.viet_tat = ctx.unsure(leaf(organCode), unsure.organCode);
  data.co_quan = coQuan;
  ctx.positions.set(coQuan, [header.organs[0]?.line.start ?? docStart, header.organs.at(-1) ? endOf(header.organs.at(-1)!.v) : docStart]);

  // Number and symbol.
  if (header.number) {
    const n = header.number;
    // Spaces typed around the separator stay in the values ("22 ", "KH/ĐU") so that the
    // so-ky-hieu-format rule sees them; a blank number is left out (draft-placeholders).
    if (n.number.text !== '') data.so = leaf(n.numberAsWritten);
    else {
      ctx.blankNumberOrDay = true;
      ctx.extraEntries.push([['so'], { start: startOf(n.cell), end: endOf(n.cell) }]);
    }
    data.ky_hieu = leaf(n.symbolAsWritten);
    if (n.written !== n.expected) ctx.unsure(data.ky_hieu as Leaf, unsure.formKept, { written: n.written });
  } else {
    ctx.notFound(partNames.number, docStart, ['so'], ['ky_hieu']);
    ctx.blankNumberOrDay = true;
  }

  // Place and date.
  if (date) {
    data.dia_danh = leaf(date.place);
    if (date.iso) data.ngay = new Leaf(date.iso, date.start, date.end);
    else ctx.extraEntries.push([['ngay'], { start: date.start, end: date.end }]);
    if (date.blankDay) ctx.blankNumberOrDay = true;
  } else {
    ctx.notFound(partNames.date, docStart, ['dia_danh'], ['ngay']);
    data.dia_danh = ctx.placeholder(partNames.date, docStart);
  }
}
