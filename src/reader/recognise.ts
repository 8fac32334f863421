// Lines (or .docx paragraphs) → the parts of a Vietnamese official document, as plan-shaped raw
// data (the keys of schemas/plan.schema.json) with a position for every value.
//
// The document is cut into zones from its landmarks: header (up to the tên loại line), subject,
// body (up to "Nơi nhận:" or the signature block), recipients, signature. Within the body, the
// typed numbering (I., 1., 1.1., a), -) becomes structure. Written-form mistakes that the plan
// cannot hold (the colon after "Số", the punctuation the renderer adds to nơi nhận lines…) are
// reported here, on the original line; the words themselves are kept as written so that the
// lint rules see the document's own mistakes.
import type { Localized } from '../i18n/index.js';
import type { DocType, IsoDate, System } from '../plan/model.js';
import { citationText } from '../render/compose.js';
import { loadWording } from '../render/templates.js';
import type { ComponentName, Profile } from '../profile/index.js';
import { selectProfile } from '../profile/index.js';
import type { PlanPath, Severity } from '../report/finding.js';
import { partNames, readerMessages as rm, unsure } from './messages.js';
import * as P from './patterns.js';
import { pathKey, type Located } from './source-map.js';
import { lineVal, type DocumentSource, type SourceLine } from './source.js';
import { withEmphasis } from './emphasis.js';
import { NOT_FOUND, TO_WRITE } from '../shared/placeholders.js';
import { parseDate, parseNumber, type DateInfo, type NumberInfo } from './header-lines.js';
import { cells, endOf, join, slice, startOf, stripEnd, stripStart, trim, val, type Val } from './val.js';

/** What `dvk import` writes for a part it did not find (draft-placeholders reports it in the YAML). */
export const PLACEHOLDER = `[${TO_WRITE}]`;
/**
 * What `dvk lint` on a .txt/.docx puts there instead: the reader already reported the part as
 * not found, so the placeholder must not trip draft-placeholders (which skips bracketed text
 * without "bổ sung/cần/điền") nor the case rules (it is upper case).
 */
export const LINT_PLACEHOLDER = `[${NOT_FOUND}]`;

export interface ReaderNote {
  ruleId: string;
  severity: Severity;
  message: Localized;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  path?: PlanPath;
}

export interface Uncertain {
  path: PlanPath;
  why: Localized;
  data?: Record<string, string | number>;
}

export interface Recognition {
  data: Record<string, unknown>;
  entries: Map<string, Located>;
  uncertain: Uncertain[];
  notes: ReaderNote[];
  /** Paths filled with PLACEHOLDER because the part was not found. */
  placeholders: PlanPath[];
  /** Which source lines hold which component (for the .docx layout checks). */
  components: Map<ComponentName, SourceLine[]>;
  /** The number or the day was left blank: a draft. */
  blankNumberOrDay: boolean;
  /** Plan paths of the parts reported as reader/not-found (the value there, if any, is a placeholder). */
  missing: PlanPath[];
  profile: Profile;
}

/** A value with a position, in the tree built before the paths are known. */
class Leaf {
  constructor(readonly value: string | number | boolean, readonly start: number, readonly end: number, readonly offsets?: number[]) {}
}
const leaf = (v: Val): Leaf => new Leaf(v.text, startOf(v), endOf(v), v.offsets);
const derived = (value: string | number | boolean, v: Val | SourceLine): Leaf =>
  'no' in v ? new Leaf(value, v.start, v.start + v.text.length) : new Leaf(value, startOf(v), endOf(v));

type Tree = Leaf | Tree[] | { [key: string]: Tree };

interface Para {
  v: Val;
  line: SourceLine;
  lines: SourceLine[];
}

const PART_KEYS = [
  [/mục\s+đích|yêu\s+cầu/iu, 'muc_dich_yeu_cau'],
  [/tổ\s+chức\s+thực\s+hiện|phân\s+công/iu, 'to_chuc_thuc_hien'],
  [/thời\s+gian|tiến\s+độ/iu, 'thoi_gian_thuc_hien'],
  [/kinh\s+phí/iu, 'kinh_phi'],
] as const;

export function recognise(source: DocumentSource, options: { placeholder?: string } = {}): Recognition {
  return new Recogniser(source, options.placeholder ?? PLACEHOLDER).run();
}

class Recogniser {
  private readonly lines: SourceLine[];
  private notes: ReaderNote[] = [];
  private unsureOf = new Map<object, { why: Localized; data?: Record<string, string | number> }>();
  private positions = new Map<object, [number, number]>();
  private components = new Map<ComponentName, SourceLine[]>();
  private placeholderLeaves = new Set<Leaf>();
  private blankNumberOrDay = false;

  constructor(private readonly source: DocumentSource, private readonly placeholderText: string) {
    this.lines = source.lines;
  }

  private note(ruleId: string, severity: Severity, message: Localized, at: Val | SourceLine | [number, number], data?: Record<string, string | number>) {
    const [start, end] = Array.isArray(at) ? at : 'no' in at ? [at.start, at.start + at.text.length] : [startOf(at), endOf(at)];
    this.notes.push({ ruleId, severity, message, start, end, ...(data ? { data } : {}) });
  }

  private component(name: ComponentName, ...lines: SourceLine[]) {
    const list = this.components.get(name) ?? [];
    list.push(...lines);
    this.components.set(name, list);
  }

  private unsure<T extends object>(node: T, why: Localized, data?: Record<string, string | number>): T {
    this.unsureOf.set(node, { why, ...(data ? { data } : {}) });
    return node;
  }

  private placeholder(part: Localized, at: number): Leaf {
    const l = new Leaf(this.placeholderText, at, at);
    this.placeholderLeaves.add(l);
    return this.unsure(l, unsure.placeholder, { part: part.vi, partEn: part.en });
  }

  /** `paths`: where the missing part would be in the plan (see Recognition.missing). */
  private notFound(part: Localized, at: number, ...paths: PlanPath[]) {
    this.notes.push({ ruleId: 'reader/not-found', severity: 'error', message: rm.notFound, data: { part: part.vi, partEn: part.en }, start: at, end: at, ...(paths[0] ? { path: paths[0] } : {}) });
    this.missing.push(...paths);
  }

  private missing: PlanPath[] = [];

  private lineAt(offset: number): SourceLine | undefined {
    return this.lines.find((l) => offset >= l.start && offset <= l.start + l.text.length);
  }

  run(): Recognition {
    const lines = this.lines;
    const blank = (i: number) => (lines[i]?.text.trim() ?? '') === '';
    const firstContent = lines.findIndex((l) => l.text.trim() !== '');
    const docStart = firstContent === -1 ? 0 : lines[firstContent]!.start;

    // 1. The tên loại line splits header from body.
    let typeIndex = -1;
    let docType: DocType | undefined;
    for (let i = 0; i < lines.length && typeIndex === -1; i++) {
      const t = lines[i]!.text.replace(/\*\*/g, '').trim();
      for (const [re, type] of P.DOC_TYPES) if (re.test(t)) { typeIndex = i; docType = type; break; }
    }

    // 2. Header zone.
    const header = this.readHeader(typeIndex === -1 ? this.guessHeaderEnd() : typeIndex);

    // 3. Subject (trích yếu): the lines right after the tên loại.
    let cursor = typeIndex === -1 ? header.end : typeIndex + 1;
    let subject: Leaf | undefined;
    if (typeIndex !== -1) {
      const typeLine = lines[typeIndex]!;
      this.component('ten_loai', typeLine);
      const typeText = trim(lineVal(typeLine));
      if (typeText.text !== typeText.text.toLocaleUpperCase('vi')) {
        this.note('ten-loai-uppercase', 'error', rm.tenLoaiUppercase, typeText, { expected: typeText.text.toLocaleUpperCase('vi') });
      }
      const separator = (i: number) => blank(i) || P.SUBJECT_SEPARATOR.test(lines[i]!.text.replace(/\*\*/g, '').trim());
      while (cursor < lines.length && separator(cursor)) cursor++;
      const subjectLines = this.subjectLines(cursor);
      cursor += subjectLines.length;
      if (subjectLines.length) {
        subject = leaf(join(subjectLines.map((l) => trim(lineVal(l))), ' '));
        this.component('trich_yeu', ...subjectLines);
        if (subjectLines.length > 1) this.unsure(subject, unsure.joinedLines, { count: subjectLines.length });
      }
      while (cursor < lines.length && separator(cursor)) cursor++;
    }

    // 4. Appendices ("Phụ lục" after the signature) and the footer: "Nơi nhận:" and the
    // signature block, read from the end of what comes before them.
    let appendixStart = lines.findIndex((l, i) => i > cursor && P.APPENDIX.test(l.text.replace(/\*\*/g, '').trim()));
    if (appendixStart === -1) appendixStart = lines.length;
    const footer = this.readFooter(cursor, appendixStart);

    // 5. Body between them.
    const bodyParas = this.paragraphs(cursor, footer.start);
    let kinhGui: Leaf | undefined;
    if (bodyParas[0] && P.KINH_GUI.test(bodyParas[0].v.text)) {
      kinhGui = leaf(trim(stripStart(bodyParas[0].v, P.KINH_GUI)));
      this.component('kinh_gui', bodyParas[0].line);
      bodyParas.shift();
    }

    // System and profile: the header decides; the number's shape, the authority form and the
    // Party star break a tie.
    const system = this.decideSystem(header, footer);
    const date = header.date;
    const profile = selectProfile({ system: system.value, ...(date?.iso ? { issueDate: isoParts(date.iso) } : {}) }).profile;
    this.formChecks(header, footer, system.value, profile);
    this.readRecipients(footer, profile);

    const data: Record<string, Tree> = {};
    data.dvk = new Leaf(1, docStart, docStart);
    data.he_thong = system.leaf;
    const typeLeaf = typeIndex !== -1 ? derived(docType!, lines[typeIndex]!) : this.unsure(new Leaf('ke_hoach', docStart, docStart), unsure.typeGuess);
    if (typeIndex === -1) this.notFound(partNames.type, docStart, ['loai']);
    data.loai = typeLeaf;
    if (header.draft) data.du_thao = header.draft.text.toLocaleUpperCase('vi') === 'DỰ THẢO' ? derived(true, header.draft) : leaf(header.draft);
    if (header.secrecy) data.mat = leaf(header.secrecy);
    if (header.urgency) data.khan = leaf(header.urgency);
    const type = (typeLeaf.value as DocType) ?? 'ke_hoach';

    if (!header.quocHieu && !header.partyHeader) this.notFound(partNames.header, docStart);

    // Organ.
    const coQuan: Record<string, Tree> = {};
    if (header.organs.length === 0) {
      this.notFound(partNames.organ, docStart, ['co_quan', 'ten']);
      coQuan.ten = this.placeholder(partNames.organ, docStart);
    } else {
      const organs = header.organs;
      // Where the split between parent and issuing organ falls: in a .docx the issuing organ is
      // the bold lines at the end (NĐ 30 / HD 36 print only it in bold); in text, the last line
      // (a long parent name wraps, the issuing organ's rarely does).
      const bold = (o: { line: SourceLine }) => Boolean(o.line.para?.runs.some((r) => r.text.trim() && r.bold));
      let split = organs.length - 1;
      if (organs.some((o) => o.line.para) && organs.some(bold) && !organs.every(bold)) {
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
        this.component('co_quan_cap_tren', ...parent.map((o) => o.line));
      }
      coQuan.ten = leaf(join(own.map((o) => o.v), ' '));
      this.component('co_quan_ban_hanh', ...own.map((o) => o.line));
      if (organs.length > 2) this.unsure(coQuan.ten as Leaf, unsure.organSplit, { count: organs.length });
    }
    if (header.number?.symbolCode) coQuan.viet_tat = this.unsure(leaf(header.number.symbolCode), unsure.organCode);
    data.co_quan = coQuan;
    this.positions.set(coQuan, [header.organs[0]?.line.start ?? docStart, header.organs.at(-1) ? endOf(header.organs.at(-1)!.v) : docStart]);

    // Number and symbol.
    if (header.number) {
      const n = header.number;
      // Spaces typed around the separator stay in the values ("22 ", "KH/ĐU") so that the
      // so-ky-hieu-format rule sees them; a blank number is left out (draft-placeholders).
      if (n.number.text !== '') data.so = leaf(n.numberAsWritten);
      else {
        this.blankNumberOrDay = true;
        this.extraEntries.push([['so'], { start: startOf(n.cell), end: endOf(n.cell) }]);
      }
      data.ky_hieu = leaf(n.symbolAsWritten);
      if (n.written !== n.expected) this.unsure(data.ky_hieu as Leaf, unsure.formKept, { written: n.written });
    } else {
      this.notFound(partNames.number, docStart, ['so'], ['ky_hieu']);
      this.blankNumberOrDay = true;
    }

    // Place and date.
    if (date) {
      data.dia_danh = leaf(date.place);
      if (date.iso) data.ngay = new Leaf(date.iso, date.start, date.end);
      else this.extraEntries.push([['ngay'], { start: date.start, end: date.end }]);
      if (date.blankDay) this.blankNumberOrDay = true;
    } else {
      this.notFound(partNames.date, docStart, ['dia_danh'], ['ngay']);
      data.dia_danh = this.placeholder(partNames.date, docStart);
    }

    if (subject) data.trich_yeu = subject;
    else {
      this.notFound(partNames.subject, docStart, ['trich_yeu']);
      data.trich_yeu = this.placeholder(partNames.subject, docStart);
    }
    if (kinhGui) data.kinh_gui = kinhGui;

    // Body.
    this.buildBody(bodyParas, type, data, footer.start, system.value);
    this.terminatorCheck(bodyParas, profile);

    // Recipients.
    const bodyEnd = lines[Math.max(0, footer.start - 1)]?.start ?? docStart;
    const noiNhan: Record<string, Tree> = {};
    if (footer.label) {
      const gui = footer.recipients.map((r): Tree => ('ten' in r ? { ten: leaf(r.ten), de: leaf(r.de) } : leaf(r)));
      noiNhan.gui = gui.length ? gui : [this.placeholder(partNames.recipients, footer.label.start)];
      if (footer.archive) noiNhan.luu = leaf(footer.archive);
      else {
        this.notFound(partNames.archive, footer.label.start, ['noi_nhan', 'luu']);
        noiNhan.luu = this.placeholder(partNames.archive, footer.label.start);
      }
      this.positions.set(noiNhan, [footer.label.start, footer.label.start + footer.label.text.length]);
    } else {
      this.notFound(partNames.recipients, bodyEnd, ['noi_nhan']);
      noiNhan.gui = [this.placeholder(partNames.recipients, bodyEnd)];
      noiNhan.luu = this.placeholder(partNames.archive, bodyEnd);
    }
    data.noi_nhan = noiNhan;

    // Signer.
    const nguoiKy: Record<string, Tree> = {};
    const sig = footer.signature;
    const sigAt = sig.lines[0]?.start ?? bodyEnd;
    if (sig.lines.length === 0) this.notFound(partNames.signer, bodyEnd, ['nguoi_ky']);
    if (sig.authority) {
      nguoiKy.quyen_han = leaf(sig.authority);
      if (sig.onBehalfOf) nguoiKy.tap_the = leaf(sig.onBehalfOf);
    }
    if (sig.title) nguoiKy.chuc_vu = leaf(sig.title);
    else {
      if (sig.lines.length) this.notFound(partNames.signerTitle, sigAt, ['nguoi_ky', 'chuc_vu']);
      nguoiKy.chuc_vu = this.placeholder(partNames.signerTitle, sigAt);
    }
    if (sig.name) nguoiKy.ho_ten = leaf(sig.name);
    else {
      if (sig.lines.length) this.notFound(partNames.signerName, sigAt, ['nguoi_ky', 'ho_ten']);
      nguoiKy.ho_ten = this.placeholder(partNames.signerName, sigAt);
    }
    data.nguoi_ky = nguoiKy;
    if (sig.lines.length) this.positions.set(nguoiKy, [sig.lines[0]!.start, sig.lines.at(-1)!.start + sig.lines.at(-1)!.text.length]);

    const appendices = this.readAppendices(appendixStart);
    if (appendices.length) data.phu_luc = appendices;

    // Materialise: tree → plain data + positions by path.
    const entries = new Map<string, Located>();
    const uncertain: Uncertain[] = [];
    const placeholders: PlanPath[] = [];
    const plain = this.materialise(data, [], entries, uncertain, placeholders) as Record<string, unknown>;
    for (const [path, at] of this.extraEntries) if (!entries.has(pathKey(path))) entries.set(pathKey(path), at);
    return {
      data: orderKeys(plain),
      entries,
      uncertain,
      notes: this.notes,
      placeholders,
      components: this.components,
      blankNumberOrDay: this.blankNumberOrDay,
      missing: this.missing,
      profile,
    };
  }

  private materialise(node: Tree, path: PlanPath, entries: Map<string, Located>, uncertain: Uncertain[], placeholders: PlanPath[]): unknown {
    const why = this.unsureOf.get(node as object);
    if (why) uncertain.push({ path, ...why });
    if (node instanceof Leaf) {
      entries.set(pathKey(path), { start: node.start, end: node.end, ...(node.offsets ? { offsets: node.offsets } : {}) });
      if (this.placeholderLeaves.has(node)) placeholders.push(path);
      return node.value;
    }
    const at = this.positions.get(node as object);
    if (at) entries.set(pathKey(path), { start: at[0], end: at[1] });
    if (Array.isArray(node)) {
      const out = node.map((child, i) => this.materialise(child, [...path, i], entries, uncertain, placeholders));
      if (!at && out.length && !entries.has(pathKey(path))) {
        const first = entries.get(pathKey([...path, 0]));
        if (first) entries.set(pathKey(path), { start: first.start, end: first.end });
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      if (Array.isArray(child) && child.length === 0) continue;
      out[key] = this.materialise(child, [...path, key], entries, uncertain, placeholders);
    }
    if (!at) {
      const firstKey = Object.keys(node)[0];
      const first = firstKey === undefined ? undefined : entries.get(pathKey([...path, firstKey]));
      if (first) entries.set(pathKey(path), { start: first.start, end: first.end });
    }
    return out;
  }

  // ---------------------------------------------------------------- subject

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
  private subjectLines(from: number): SourceLine[] {
    const text = (l: SourceLine) => l.text.replace(/\*\*/g, '').trim();
    const first = this.lines[from];
    if (!first) return [];
    const t0 = text(first);
    if (t0 === '' || P.isBodyStructure(t0) || /:$/u.test(t0)) return [];
    const centred = (l: SourceLine) => l.para?.align === 'center';
    const byLayout = this.source.kind === 'docx' && centred(first);
    const upper = P.isUpper(t0);
    const out = [first];
    for (let i = from + 1; i < this.lines.length && out.length < 4; i++) {
      const l = this.lines[i]!;
      const t = text(l);
      if (t === '') break;
      if (byLayout && !centred(l)) break;
      if (P.isBodyStructure(t) || P.OPENING_START.test(t) || P.SENTENCE_END.test(t) || t.length > 100) break;
      if (!upper && P.isUpper(t) && /\s/u.test(t)) break;
      out.push(l);
    }
    return out;
  }

  // ---------------------------------------------------------------- header

  /** Without a tên loại line: the header ends before the first long line or heading. */
  private guessHeaderEnd(): number {
    const i = this.lines.findIndex((l) => {
      const t = l.text.trim();
      return t.length > 120 || P.ROMAN_HEADING.test(t) || P.ARABIC_ITEM.test(t);
    });
    return i === -1 ? 0 : i;
  }

  private readHeader(end: number): Header {
    const h: Header = { end, organs: [], quocHieu: false, tieuNgu: false, partyHeader: false, star: undefined };
    const lines = this.lines.slice(0, end);
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
      this.note('reader/stamp', 'info', rm.stamp, [lines[from]!.start, lines[to]!.start + lines[to]!.text.length], { from: lines[from]!.no, to: lines[to]!.no });
    });

    for (const line of lines) {
      if (stampLines.has(line)) continue;
      // A number or date line is read whole first: a draft's blanks ("Số:      /KH-SKHCN",
      // "ngày     tháng 10") are runs of spaces, not a column break.
      const whole = trim(lineVal(line));
      const wholeNumber = P.NUMBER_LINE.exec(whole.text);
      const lineCells = P.DATE_LINE.test(whole.text) || (wholeNumber && !/\t|\s{2,}\S|\sngày\s/u.test(wholeNumber[8]!)) ? [whole] : cells(lineVal(line));
      for (const cell of lineCells) {
        const c = trim(cell);
        const t = c.text.replace(/\*\*/g, '');
        if (P.QUOC_HIEU.test(t)) { h.quocHieu = true; this.component('quoc_hieu', line); continue; }
        if (P.TIEU_NGU.test(t)) { h.tieuNgu = true; this.component('tieu_ngu', line); continue; }
        if (P.PARTY_HEADER.test(t)) { h.partyHeader = true; this.component('tieu_de_dang', line); continue; }
        if (P.STAR.test(t)) { h.star = line; continue; }
        if (P.DRAFT_MARK.test(t)) { h.draft = c; this.component('du_thao', line); continue; }
        if (P.SECRECY.test(t)) { h.secrecy = c; this.component('dau_mat_khan', line); continue; }
        if (P.URGENCY.test(t)) { h.urgency = c; this.component('dau_mat_khan', line); continue; }
        if (P.RULE_LINE.test(t)) continue;
        const number = P.NUMBER_LINE.exec(c.text);
        if (number && !h.number && /[\p{L}]/u.test(number[8]!)) {
          h.number = parseNumber(c, number);
          this.component('so_ky_hieu', line);
          continue;
        }
        const date = parseDate(c);
        if (date && !h.date) { h.date = date; this.component('dia_danh_ngay', line); continue; }
        if (P.STAMP_CELLS.some((re) => re.test(t))) {
          this.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, c, { text: c.text });
          continue;
        }
        if (P.isUpper(t) && !P.DOC_TYPES.some(([re]) => re.test(t))) {
          h.organs.push({ v: c, line });
          continue;
        }
        this.note('reader/unrecognised', 'info', rm.unrecognisedHeaderLine, c, { text: c.text });
      }
    }
    return h;
  }

  // ---------------------------------------------------------------- footer

  private readFooter(from: number, end: number): Footer {
    const lines = this.lines.slice(0, end);
    const f: Footer = { start: lines.length, recipients: [], recipientLines: [], signature: { lines: [] } };
    const labelIndex = lines.findIndex((l, i) => i >= from && cells(lineVal(l)).some((c) => P.NOI_NHAN_LABEL.test(c.text)));
    const right: { v: Val; line: SourceLine }[] = [];
    if (labelIndex !== -1) {
      f.start = labelIndex;
      f.label = lines[labelIndex]!;
      this.component('noi_nhan_nhan', f.label);
      let listEnded = false;
      let seenItem = false;
      for (let i = labelIndex; i < lines.length; i++) {
        const line = lines[i]!;
        const cs = cells(lineVal(line));
        if (cs.length === 0) {
          if (seenItem) listEnded = true;
          continue;
        }
        for (const c of cs) {
          if (P.NOI_NHAN_LABEL.test(c.text)) {
            const rest = trim(stripStart(c, P.NOI_NHAN_LABEL));
            if (rest.text) right.push({ v: rest, line });
            continue;
          }
          const bullet = P.BULLET.test(c.text) || /^\+\s/u.test(c.text);
          const single = cs.length === 1;
          if (!listEnded && (bullet || (single && !P.isUpper(c.text) && !P.AUTHORITY.test(c.text) && !P.looksLikeName(c.text.replace(/\*\*/g, ''))))) {
            f.recipientLines.push({ v: c, line });
            seenItem = true;
          } else {
            right.push({ v: c, line });
            if (single) listEnded = true;
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
    f.signature = this.readSignature(right);
    return f;
  }

  /**
   * Recipient lines → names. dvk prints the dash and the punctuation of the profile, so a line
   * written exactly that way loses them; any other punctuation is kept as written, for the
   * noi-nhan-punctuation rule to report. The archive line likewise: the profile's own "Lưu: "
   * (State) or "Lưu " (Party) is taken off, anything else stays ("Lưu : VT", "Lưu: VP" in a
   * Party document) for noi-nhan-luu-form.
   */
  private readRecipients(f: Footer, profile: Profile) {
    const luuPrefix = profile.noi_nhan.mau_luu.replace('{luu}', '');
    f.recipientLines.forEach(({ v, line }, i) => {
      this.component('noi_nhan_muc', line);
      const item = trim(stripStart(v, /^[-–—•·+]\s*/u));
      const isLast = i === f.recipientLines.length - 1;
      if (/^Lưu\b/u.test(item.text) && (isLast || P.LUU_ITEM.exec(item.text)?.[2] === ':')) {
        let rest = stripEnd(item, new RegExp(`${escape(profile.noi_nhan.ket_cuoi)}$`, 'u'));
        if (rest.text.startsWith(luuPrefix) && !/^\s/u.test(rest.text.slice(luuPrefix.length))) rest = slice(rest, luuPrefix.length);
        f.archive = trim(rest);
        return;
      }
      const mark = profile.noi_nhan.ket_muc;
      const kept = item.text.endsWith(mark) && !/\s$/u.test(item.text.slice(0, -mark.length)) ? slice(item, 0, item.text.length - mark.length) : item;
      // "(để báo cáo)" is how dvk prints `de`: read it back as { ten, de }. Other forms
      // ("(báo cáo)", "(b/c)") stay in the name, where noi-nhan-purpose suggests `de`.
      const purpose = /^(.*\S)\s+\(để\s+([^()]+)\)$/u.exec(kept.text);
      if (purpose) f.recipients.push({ ten: slice(kept, 0, purpose[1]!.length), de: slice(kept, kept.text.length - 1 - purpose[2]!.length, kept.text.length - 1) });
      else f.recipients.push(kept);
    });
  }

  private readSignature(right: { v: Val; line: SourceLine }[]): Signature {
    const sig: Signature = { lines: right.map((r) => r.line) };
    const items = right.map((r) => {
      const cleaned = trim(stripEnd(stripStart(r.v, /^\*\*/u), /\*\*$/u));
      if (cleaned.text !== r.v.text.trim()) this.note('reader/markdown', 'info', rm.markdownMarks, r.v);
      return { v: cleaned, line: r.line };
    }).filter((r) => r.v.text !== '' && !/^\((đã\s+ký|ký.*|.*đóng\s+dấu.*)\)$/iu.test(r.v.text));
    if (items.length === 0) return sig;
    const last = items.at(-1)!;
    let titleItems = items;
    // The name is the last line, in ordinary case. A draft dvk rendered may still have
    // "[CẦN BỔ SUNG: HỌ TÊN NGƯỜI KÝ]" there, in capitals like every placeholder: under a title
    // it is the name still to write, not a second title line.
    const placeholderName = items.length > 1 && /^\[[^\]]+\]$/u.test(last.v.text);
    if ((!P.isUpper(last.v.text) && last.v.text !== 'kiêm') || placeholderName) {
      sig.name = last.v;
      this.component('ho_ten', last.line);
      titleItems = items.slice(0, -1);
    }
    const authority = titleItems[0] ? P.AUTHORITY.exec(titleItems[0].v.text) : null;
    if (authority && titleItems[0]) {
      const first = titleItems[0];
      sig.authority = slice(first.v, 0, authority[1]!.length + authority[2]!.length);
      sig.onBehalfOf = trim(slice(first.v, authority[1]!.length + authority[2]!.length));
      this.component('quyen_han', first.line);
      titleItems = titleItems.slice(1);
    }
    if (titleItems.length) {
      sig.title = join(titleItems.map((t) => t.v), '\n');
      this.component('chuc_vu', ...titleItems.map((t) => t.line));
    }
    return sig;
  }

  // ---------------------------------------------------------------- body

  /** Non-blank lines from..to as paragraphs; a paragraph broken mid-sentence (page break) is joined. */
  private paragraphs(from: number, to: number): Para[] {
    const out: Para[] = [];
    for (let i = from; i < to; i++) {
      const line = this.lines[i]!;
      const v = trim(lineVal(line));
      if (v.text === '' || P.RULE_LINE.test(v.text)) continue;
      const prev = out.at(-1);
      const startsLower = /^\p{Ll}/u.test(v.text) && !P.LETTER_ITEM.test(v.text);
      const prevOpen = prev && !/[.;:!?…”"')\]]$/u.test(prev.v.text) && !P.ROMAN_HEADING.test(prev.v.text);
      const hyphenBreak = prev && /\d-$/u.test(prev.v.text) && /^\p{Lu}{2,}\//u.test(v.text);
      if (prev && prevOpen && (startsLower || hyphenBreak) && !P.BULLET.test(v.text)) {
        const joined = join([prev.v, v], hyphenBreak ? '' : ' ');
        const merged = hyphenBreak ? { text: joined.text, offsets: joined.offsets } : joined;
        out[out.length - 1] = { v: merged, line: prev.line, lines: [...prev.lines, line] };
        this.joinedAt.set(out.length - 1, line.no);
        continue;
      }
      out.push({ v, line, lines: [line] });
    }
    return out;
  }

  private joinedAt = new Map<number, number>();
  /** Positions for paths that have no value (a blank number still has a place in the text). */
  private extraEntries: [PlanPath, Located][] = [];

  private buildBody(paras: Para[], type: DocType, data: Record<string, Tree>, footerStart: number, system: System) {
    const joined = new Map<Para, number>();
    for (const [index, lineNo] of this.joinedAt) if (paras[index]) joined.set(paras[index]!, lineNo);
    const text = (p: Para): Leaf => {
      const l = leaf(withEmphasis(p.v, this.source));
      const at = joined.get(p);
      if (at !== undefined) this.unsure(l, unsure.joinedBroken, { line: at });
      if (this.removedTerminator?.para === p) this.unsure(l, unsure.terminatorRemoved, { mark: this.removedTerminator.mark });
      this.component('noi_dung', ...p.lines);
      return l;
    };
    const bodyAnchor = paras[0]?.line.start ?? this.lines[Math.max(0, footerStart - 1)]?.start ?? 0;

    // The closing sentence ("Trên đây là …") and the terminator.
    let closingIndex = -1;
    for (let i = paras.length - 1; i >= Math.max(0, paras.length - 2); i--) if (P.CLOSING.test(paras[i]!.v.text)) { closingIndex = i; break; }
    const last = closingIndex !== -1 ? paras[closingIndex] : paras.at(-1);
    if (last) this.checkTerminator(last, paras, closingIndex, data);
    let closing: Para | undefined;
    if (closingIndex !== -1) {
      closing = paras[closingIndex]!;
      paras = paras.filter((_, i) => i !== closingIndex);
    }

    const hasRoman = paras.some((p) => P.ROMAN_HEADING.test(p.v.text));
    const isHeading = (p: Para) => (hasRoman ? P.ROMAN_HEADING.test(p.v.text) : P.ARABIC_ITEM.test(p.v.text) || P.DECIMAL_ITEM.test(p.v.text));
    let firstHeading = paras.findIndex(isHeading);
    if (firstHeading === -1) firstHeading = type === 'ke_hoach' ? paras.length : 0;
    const opening = paras.slice(0, firstHeading);
    const rest = paras.slice(firstHeading);

    // Opening: the "Căn cứ …" / "Thực hiện …" lines that come first (each a sentence of its own,
    // not the lead-in "…, Sở xây dựng kế hoạch như sau:") become can_cu, when something follows.
    if (opening.length) {
      const isBasis = (p: Para) => P.BASIS_START.test(p.v.text) && !/:$/u.test(p.v.text);
      let n = 0;
      while (n < opening.length && isBasis(opening[n]!)) n++;
      if (n > 0 && n < opening.length) {
        const rest = opening.slice(n);
        const restText = rest.map((p) => p.v.text).join(' ');
        data.can_cu = opening.slice(0, n).map((p) => this.basis(p, system, type, restText, text));
        data.mo_dau = rest.map(text);
      } else {
        data.mo_dau = opening.map(text);
      }
      for (const p of opening) this.component('can_cu', ...p.lines);
    }

    // Numbered structure.
    const parts = this.structure(rest, hasRoman, text);
    const decimal = rest.some((p) => P.DECIMAL_ITEM.test(p.v.text));
    if (type === 'ke_hoach' && hasRoman) {
      const byKey = new Map<string, Record<string, Tree>>();
      const order: string[] = [];
      for (const part of parts.sections) {
        const title = part.title!;
        const match = PART_KEYS.find(([re]) => re.test(title.value as string));
        let key: string = match ? match[1] : 'noi_dung';
        if (byKey.has(key) && key !== 'noi_dung' && !byKey.has('noi_dung')) key = 'noi_dung';
        const existing = byKey.get(key);
        if (existing) {
          const merged = { tieu_de: title, noi_dung: part.blocks.length ? part.blocks : [this.placeholder(partNames.body, title.start)] };
          this.unsure(merged, unsure.partRepeated, { title: String(title.value) });
          (existing.noi_dung as Tree[]).push(merged);
          continue;
        }
        const value: Record<string, Tree> = { tieu_de: title, noi_dung: part.blocks.length ? part.blocks : [this.placeholder(partNames.body, title.start)] };
        this.positions.set(value, [title.start, title.end]);
        byKey.set(key, value);
        order.push(key);
        if (!match) this.unsure(title, unsure.partKey, { title: String(title.value), key });
      }
      if (parts.loose.length) {
        const target = byKey.get('noi_dung');
        if (target) (target.noi_dung as Tree[]).unshift(...parts.loose);
      }
      for (const key of order) data[key] = byKey.get(key)!;
    } else {
      const blocks = this.blocksOf(parts);
      if (blocks.length) data.noi_dung = blocks;
      if (!hasRoman && decimal) data.danh_so = derived('thap_phan', rest[0]!.line);
      else if (!hasRoman && rest.some((p) => P.ARABIC_ITEM.test(p.v.text))) data.danh_so = derived('so', rest[0]!.line);
    }
    if (type === 'ke_hoach') {
      if (!data.muc_dich_yeu_cau) {
        this.notFound(partNames.purposes, bodyAnchor, ['muc_dich_yeu_cau']);
        data.muc_dich_yeu_cau = [this.placeholder(partNames.purposes, bodyAnchor)];
      }
      if (!data.noi_dung) {
        this.notFound(partNames.body, bodyAnchor, ['noi_dung']);
        data.noi_dung = [this.placeholder(partNames.body, bodyAnchor)];
      }
      if (!data.to_chuc_thuc_hien) {
        this.notFound(partNames.organisation, bodyAnchor, ['to_chuc_thuc_hien']);
        data.to_chuc_thuc_hien = [this.placeholder(partNames.organisation, bodyAnchor)];
      }
    } else if (!data.noi_dung) {
      this.notFound(partNames.body, bodyAnchor, ['noi_dung']);
      data.noi_dung = [this.placeholder(partNames.body, bodyAnchor)];
    }
    if (closing) data.cau_ket = text(closing);
  }

  private checkTerminator(last: Para, paras: Para[], closingIndex: number, _data: Record<string, Tree>) {
    // The renderer prints the terminator ("./." for State, "." for Party); a typed "./." is taken
    // off so it is not printed twice, and remembered for the comment.
    const m = /\s*\.?\/\.$/u.exec(last.v.text);
    if (!m) return;
    const kept = slice(last.v, 0, m.index + (m[0].trimStart().startsWith('.') ? 1 : 0));
    const index = paras.indexOf(last);
    paras[index] = { ...last, v: kept };
    this.removedTerminator = { mark: m[0].trim(), para: paras[index]!, at: [startOf(slice(last.v, m.index)), endOf(last.v)] };
    void closingIndex;
  }

  removedTerminator?: { mark: string; para: Para; at: [number, number] };

  /** Catalog rule 31 (body-terminator): State "./.", Party "." — checked on what was typed. */
  private terminatorCheck(paras: Para[], profile: Profile) {
    const expected = profile.dau_ket_thuc;
    const removed = this.removedTerminator;
    const last = paras.filter((p) => P.CLOSING.test(p.v.text)).at(-1) ?? paras.at(-1);
    if (!last) return;
    const written = removed ? removed.mark : (last.v.text.trimEnd().at(-1) ?? '');
    // Party practice writes both "." and "./." (HD 36 does not settle it): only State is checked.
    const ok = expected === './.' ? written === './.' : true;
    if (ok) return;
    const at: [number, number] = removed ? removed.at : [endOf(last.v) - 1, endOf(last.v)];
    // Quote the end of the sentence when it ends without any mark ("…một dòng").
    const shown = /\p{P}/u.test(written) ? written : `…${last.v.text.slice(-12)}`;
    this.note('body-terminator', 'info', rm.terminator, at, { expected, written: shown, profile: profile.can_cu.nguon });
  }

  /** Numbered parts and items as one list of blocks (Roman parts become items with a title). */
  private blocksOf(parts: { sections: { title?: Leaf; blocks: Tree[] }[]; loose: Tree[] }): Tree[] {
    const blocks: Tree[] = [...parts.loose];
    for (const part of parts.sections) {
      const item: Record<string, Tree> = { tieu_de: part.title! };
      if (part.blocks.length) item.noi_dung = part.blocks;
      this.positions.set(item, [part.title!.start, part.title!.end]);
      blocks.push(item);
    }
    return blocks;
  }

  /**
   * "Phụ lục [I|1]" then its title, an optional "(Kèm theo …)" line (dvk prints it itself) and
   * the appendix body, up to the next "Phụ lục".
   */
  private readAppendices(from: number): Tree[] {
    const out: Tree[] = [];
    const lines = this.lines;
    let i = from;
    while (i < lines.length) {
      const label = lines[i]!;
      this.component('phu_luc_nhan', label);
      let next = lines.findIndex((l, k) => k > i && P.APPENDIX.test(l.text.replace(/\*\*/g, '').trim()));
      if (next === -1) next = lines.length;
      let k = i + 1;
      while (k < next && lines[k]!.text.trim() === '') k++;
      const entry: Record<string, Tree> = {};
      if (k < next) {
        entry.tieu_de = leaf(trim(lineVal(lines[k]!)));
        this.component('phu_luc_tieu_de', lines[k]!);
        k++;
      } else {
        entry.tieu_de = this.placeholder(partNames.subject, label.start);
      }
      while (k < next && (lines[k]!.text.trim() === '' || /^\(\s*Kèm theo\b/iu.test(lines[k]!.text.trim()))) k++;
      const paras = this.paragraphs(k, next);
      const hasRoman = paras.some((p) => P.ROMAN_HEADING.test(p.v.text));
      const blocks = this.blocksOf(this.structure(paras, hasRoman, (p) => {
        this.component('noi_dung', ...p.lines);
        return leaf(p.v);
      }));
      if (blocks.length) entry.noi_dung = blocks;
      this.positions.set(entry, [label.start, label.start + label.text.length]);
      out.push(entry);
      i = next;
    }
    return out;
  }

  /** Turns numbered paragraphs into parts (Roman) and nested items. */
  private structure(paras: Para[], hasRoman: boolean, text: (p: Para) => Leaf): { sections: { title?: Leaf; blocks: Tree[] }[]; loose: Tree[] } {
    const sections: { title?: Leaf; blocks: Tree[] }[] = [];
    const loose: Tree[] = [];
    // Stack of open containers: level 0 = part, 1 = "1.", 2 = "1.1." or "a)", …
    type Frame = { level: number; blocks: Tree[]; item?: Record<string, Tree>; numbers: Map<string, { n: number; written: string }> };
    const root: Frame = { level: -1, blocks: loose, numbers: new Map() };
    let stack: Frame[] = [root];
    const top = () => stack[stack.length - 1]!;
    let lastBullets: Tree[] | undefined;
    let lastArabicLevel = 0;

    const sequence = (frame: Frame, kind: string, n: number, written: Val, show: (k: number) => string) => {
      const prev = frame.numbers.get(kind);
      const expected = prev ? prev.n + 1 : 1;
      if (n !== expected && (prev || n !== 1)) {
        this.note(kind === 'roman' ? 'roman-sequence' : kind === 'letter' ? 'diem-letter-sequence' : 'arabic-sequence', 'error', rm.sequenceGap, written, {
          written: written.text,
          previous: prev?.written ?? '—',
          expected: show(expected),
        });
      }
      frame.numbers.set(kind, { n, written: written.text });
    };

    // "a) …" items are tiểu mục (italic titles); "1.", "1.1." are mục (bold titles).
    const openItem = (level: number, titleOrText: Val, para: Para, letterItem = false) => {
      while (top().level >= level) stack.pop();
      const parent = top();
      const item: Record<string, Tree> = {};
      const t = titleOrText.text;
      const titleLike = t.length <= 150 && !/[.;:,!?…]$/u.test(t) && !/\.\s/u.test(t);
      if (titleLike) {
        item.tieu_de = leaf(titleOrText);
        this.component(letterItem ? 'tieu_de_tieu_muc' : 'tieu_de_muc', para.line);
        item.noi_dung = [];
      } else {
        item.noi_dung = [text({ ...para, v: titleOrText })];
      }
      this.positions.set(item, [para.line.start, endOf(para.v)]);
      parent.blocks.push(item);
      // The item's own blocks are its noi_dung (an empty one is dropped when materialising).
      const frame: Frame = { level, blocks: item.noi_dung as Tree[], item, numbers: new Map() };
      stack.push(frame);
      lastBullets = undefined;
    };

    for (const para of paras) {
      const t = para.v.text;
      const roman = hasRoman ? P.ROMAN_HEADING.exec(t) : null;
      if (roman) {
        const numeral = slice(para.v, 0, roman[1]!.length);
        sequence(root, 'roman', P.romanToInt(roman[1]!), numeral, P.intToRoman);
        const title = leaf(trim(slice(para.v, roman[1]!.length + roman[2]!.length)));
        const section = { title, blocks: [] as Tree[] };
        sections.push(section);
        this.component('tieu_de_phan', para.line);
        stack = [root, { level: 0, blocks: section.blocks, numbers: new Map() }];
        lastBullets = undefined;
        continue;
      }
      const decimal = P.DECIMAL_ITEM.exec(t);
      if (decimal) {
        const parts = decimal[1]!.split('.').map(Number);
        const level = parts.length;
        while (top().level >= level) stack.pop();
        sequence(top(), `arabic${level}`, parts.at(-1)!, slice(para.v, 0, decimal[1]!.length), (k) => [...parts.slice(0, -1), k].join('.'));
        openItem(level, trim(slice(para.v, decimal[1]!.length + decimal[2]!.length)), para);
        lastArabicLevel = level;
        continue;
      }
      const arabic = P.ARABIC_ITEM.exec(t);
      if (arabic) {
        while (top().level >= 1) stack.pop();
        sequence(top(), 'arabic1', Number(arabic[1]), slice(para.v, 0, arabic[1]!.length), String);
        openItem(1, trim(slice(para.v, arabic[1]!.length + arabic[2]!.length)), para);
        lastArabicLevel = 1;
        continue;
      }
      const letter = P.LETTER_ITEM.exec(t);
      if (letter && stack.length > 1) {
        const level = lastArabicLevel + 1;
        while (top().level >= level) stack.pop();
        sequence(top(), 'letter', P.VIET_LETTERS.indexOf(letter[1]!) + 1, slice(para.v, 0, letter[1]!.length), (k) => P.VIET_LETTERS[k - 1] ?? '?');
        openItem(level, trim(slice(para.v, letter[1]!.length + letter[2]!.length)), para, true);
        continue;
      }
      const bullet = P.BULLET.exec(t);
      if (this.taskDetail(top().item, bullet ? trim(slice(para.v, bullet[0].length)) : para.v, para)) {
        lastBullets = undefined;
        continue;
      }
      if (bullet) {
        const item = text({ ...para, v: trim(slice(para.v, bullet[0].length)) });
        if (!lastBullets) {
          lastBullets = [];
          top().blocks.push({ gach: lastBullets });
        }
        lastBullets.push(item);
        continue;
      }
      lastBullets = undefined;
      top().blocks.push(text(para));
    }
    return { sections, loose };
  }



  /**
   * One căn cứ line. dvk prints the ";" or "." at its end, so a typed one is taken off. The line
   * becomes a cited document (loai, so_ky_hieu, ngay, co_quan, trich_yeu) only when dvk would
   * print exactly the same sentence from those fields (templates/_chung.yaml, dan_chieu: State
   * "… số X ngày DD/MM/YYYY của …", Party "… số X, ngày …"): import never rewrites what was
   * written. Otherwise, and when the opening names the same số ký hiệu again (the renderer
   * then leaves the citation out as already mentioned), the sentence is kept as text.
   */
  private basis(p: Para, system: System, type: DocType, openingText: string, text: (p: Para) => Leaf): Tree {
    const v = trim(stripEnd(p.v, /[;.,]+$/u));
    const sentence = (): Leaf => text({ ...p, v });
    const m = P.CITATION.exec(v.text);
    if (!m?.groups) return sentence();
    const g = m.groups as Record<string, string | undefined>;
    if (openingText.includes(g.symbol!)) return sentence();
    const mode = /^Căn/u.test(g.mode!) ? 'can_cu' : 'thuc_hien';
    let date: IsoDate | undefined;
    if (g.date) {
      const [d, mo, y] = [Number(g.day), Number(g.month), Number(g.year)];
      if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return sentence();
      date = { iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, year: y, month: mo, day: d };
    }
    // The renderer's own sentence for these fields (date form, the Party comma before "ngày"…)
    // must be the line as written, or the line stays text: one source for both directions.
    const none: PlanPath = [];
    const printed = citationText(
      {
        kind: 'citation',
        mode,
        docType: { text: g.type!, path: none },
        numberSymbol: { text: g.symbol!, path: none },
        ...(date ? { date: { ...date, path: none } } : {}),
        ...(g.organ ? { issuer: { text: g.organ, path: none } } : {}),
        ...(g.subject ? { subject: { text: g.subject, path: none } } : {}),
      },
      system,
      loadWording(type),
    );
    if (printed !== v.text) return sentence();
    const at = (name: string): Val => {
      const start = m.indices?.groups?.[name]?.[0] ?? 0;
      return slice(v, start, start + g[name]!.length);
    };
    const cited: Record<string, Tree> = {};
    if (mode !== (system === 'party' ? 'thuc_hien' : 'can_cu')) cited.cach_dan = derived(mode, at('mode'));
    cited.loai = leaf(at('type'));
    cited.so_ky_hieu = leaf(at('symbol'));
    if (date) cited.ngay = derived(date.iso, at('date'));
    if (g.organ) cited.co_quan = leaf(at('organ'));
    if (g.subject) cited.trich_yeu = leaf(at('subject'));
    this.positions.set(cited, [startOf(v), endOf(v)]);
    return cited;
  }


  /**
   * "Chủ trì: …", "Đơn vị phối hợp: …", "Thời gian thực hiện: …", "Sản phẩm: …" in a numbered
   * item (a task) become its chu_tri, phoi_hop, thoi_gian, san_pham: dvk prints them back as
   * "Đơn vị chủ trì: ….", so a line in another wording is noted as "the original reads …".
   * Only on an item, once per field, and only for a short line that is nothing but the label
   * and a value; a sentence that merely mentions "chủ trì" stays text. Partners are kept as
   * one entry: splitting "Phòng A, B và C" at commas would guess where a unit's name ends.
   * "Thời hạn: …" stays text (thoi_han is a date; the wording of deadlines varies too much).
   */
  private taskDetail(item: Record<string, Tree> | undefined, v: Val, para: Para): boolean {
    if (!item || v.text.length > 250) return false;
    const m = P.TASK_DETAIL.exec(v.text);
    if (!m) return false;
    const key = m[1] ? 'chu_tri' : m[2] ? 'phoi_hop' : m[3] ? 'thoi_gian' : 'san_pham';
    if (key in item) return false;
    const label = m[0].length;
    const value = trim(stripEnd(trim(slice(v, label)), /[.;,]$/u));
    if (value.text === '' || /[:]/u.test(value.text.slice(0, 3))) return false;
    const valueLeaf = leaf(value);
    const printed = { chu_tri: 'Đơn vị chủ trì: ', phoi_hop: 'Đơn vị phối hợp: ', thoi_gian: 'Thời gian thực hiện: ', san_pham: 'Sản phẩm: ' }[key];
    if (`${printed}${value.text}.` !== v.text.trim()) this.unsure(valueLeaf, unsure.formKept, { written: v.text.trim() });
    item[key] = key === 'phoi_hop' ? [valueLeaf] : valueLeaf;
    // The plan's key order (and the order dvk prints them in): chủ trì, phối hợp, thời gian, sản phẩm.
    for (const k of ['chu_tri', 'phoi_hop', 'thoi_gian', 'san_pham']) if (k in item) { const x = item[k]!; delete item[k]; item[k] = x; }
    this.component('noi_dung', ...para.lines);
    return true;
  }

  // ---------------------------------------------------------------- system and form

  private decideSystem(h: Header, f: Footer): { value: System; leaf: Leaf } {
    const evidence: { system: System; why: string; whyEn?: string; at: Val | SourceLine }[] = [];
    const quoc = this.components.get('quoc_hieu')?.[0];
    const party = this.components.get('tieu_de_dang')?.[0];
    if (party) evidence.push({ system: 'party', why: 'ĐẢNG CỘNG SẢN VIỆT NAM', at: party });
    if (quoc) evidence.push({ system: 'state', why: 'Quốc hiệu', whyEn: 'the national title', at: quoc });
    if (h.number) evidence.push({ system: h.number.shape, why: `“${h.number.written}”`, at: h.number.cell });
    if (h.star) evidence.push({ system: 'party', why: '“*”', at: h.star });
    const auth = f.signature.authority?.text;
    if (auth) evidence.push({ system: auth.includes('/') ? 'party' : 'state', why: `“${auth}”`, at: f.signature.authority! });
    const first = evidence[0];
    if (!first) {
      const l = this.unsure(new Leaf('nha_nuoc', 0, 0), unsure.systemDefault);
      return { value: 'state', leaf: l };
    }
    const value = first.system;
    const l = derived(value === 'party' ? 'dang' : 'nha_nuoc', first.at);
    if (!party && !quoc) this.unsure(l, unsure.systemGuess, { evidence: first.why, evidenceEn: first.whyEn ?? first.why });
    return { value, leaf: l };
  }

  private formChecks(h: Header, f: Footer, system: System, profile: Profile) {
    const n = h.number;
    if (n) {
      const num = n.number.text;
      const expected = system === 'party' ? `${num}-${n.symbol.text}` : `${num}/${n.symbol.text}`;
      n.expected = system === 'party' ? `Số ${expected}` : `Số: ${expected}`;
      if (system === 'party' && n.colon) this.note('so-ky-hieu-format', 'error', rm.soColonParty, [n.colonAt, n.colonAt + 1], { expected });
      if (system === 'state' && !n.colon) this.note('so-ky-hieu-format', 'error', rm.soColonState, slice(n.cell, 0, 2), { expected });
      const written = n.cell.text.replace(/^Số\s*:?\s*/u, '');
      if (n.shape !== system) {
        this.note('so-ky-hieu-system-mismatch', 'error', rm.soShapeMismatch, n.cell, {
          written,
          shape: n.shape === 'party' ? 'Đảng (Số 22-KH/ĐU)' : 'Nhà nước (Số: 15/KH-UBND)',
          system: system === 'party' ? 'văn bản Đảng' : 'văn bản Nhà nước',
        });
      }
    }
    const d = h.date;
    if (d) {
      if (d.slashes) this.note('date-line-format', 'error', rm.dateSlashes, d.cell, { written: d.cell.text });
      else if (!d.comma) this.note('date-line-format', 'error', rm.dateComma, [endOf(d.place), endOf(d.place) + 1], { expected: `${d.place.text}, ngày` });
      const zero = (what: { vi: string }, written: string, needs: boolean) => {
        if (!needs || written.length !== 1) return;
        const i = d.cell.text.indexOf(` ${written} `, d.place.text.length);
        this.note('date-leading-zero', 'error', rm.dateLeadingZero, i === -1 ? d.cell : slice(d.cell, i + 1, i + 2), { what: what.vi, written, expected: `0${written}` });
      };
      if (!d.slashes) {
        zero({ vi: 'Ngày' }, d.day, d.day !== '' && Number(d.day) < 10);
        zero({ vi: 'Tháng' }, d.month, d.month !== '' && Number(d.month) <= 2);
      }
    }
    if (system === 'party' && !h.star && h.organs.length) {
      const last = h.organs.at(-1)!;
      this.note('party-dau-sao', 'error', rm.missingStar, last.v);
    }
    if (system === 'state' && h.star) this.note('party-dau-sao', 'error', rm.starInState, h.star);

  }
}

interface Header {
  end: number;
  organs: { v: Val; line: SourceLine }[];
  quocHieu: boolean;
  tieuNgu: boolean;
  partyHeader: boolean;
  star: SourceLine | undefined;
  draft?: Val;
  secrecy?: Val;
  urgency?: Val;
  number?: NumberInfo;
  date?: DateInfo;
}

interface Signature {
  lines: SourceLine[];
  authority?: Val;
  onBehalfOf?: Val;
  title?: Val;
  name?: Val;
}

interface Footer {
  start: number;
  label?: SourceLine;
  recipientLines: { v: Val; line: SourceLine }[];
  recipients: (Val | { ten: Val; de: Val })[];
  archive?: Val;
  signature: Signature;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function isoParts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { iso, year: y!, month: m ?? 1, ...(d ? { day: d } : {}) };
}

/** The plan's keys in the order of the schema (and of a hand-written plan). */
const KEY_ORDER = ['dvk', 'he_thong', 'the_thuc', 'loai', 'du_thao', 'mat', 'khan', 'co_quan', 'so', 'ky_hieu', 'dia_danh', 'ngay', 'trich_yeu', 'kinh_gui', 'can_cu', 'mo_dau', 'danh_so', 'muc_dich_yeu_cau', 'noi_dung', 'thoi_gian_thuc_hien', 'kinh_phi', 'to_chuc_thuc_hien', 'cau_ket', 'noi_nhan', 'nguoi_ky', 'phu_luc'];

function orderKeys(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (key in data) out[key] = data[key];
  for (const key of Object.keys(data)) if (!(key in out)) out[key] = data[key];
  return out;
}

export { val };
