// The .docx backend: the intermediate document laid out per the profile with the `docx` package.
// Choices and their reasons (tech notes §1): direct formatting on every run (Times New Roman in
// all four rFonts slots, no theme fonts); real uppercase text, never allCaps; borderless
// two-column tables in DXA for the header and the signature; rules drawn as bottom borders of
// empty paragraphs sized to the measured text, so they keep their length when edited in Word.
import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, UnderlineType, VerticalAlign, WidthType, type IBorderOptions,
  type IParagraphOptions, type IRunOptions,
} from 'docx';
import type { ComponentName, Profile, TextStyle } from '../../profile/index.js';
import type { BodyBlock, HeaderLine, RenderDocument, Run } from '../document.js';
import { balancedLines, balancedWidth, mm, textWidth } from './measure.js';
import { deterministicZip, zipParts } from './package.js';
import { appendAll } from '../../shared/append.js';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
/** Cell padding left and right: 1 mm. */
const CELL_PAD = 57;

class Layout {
  readonly font: string;
  readonly textWidth: number;
  constructor(readonly profile: Profile) {
    this.font = profile.phong_chu;
    const le = profile.trang.le;
    this.textWidth = mm(210) - mm(le.trai) - mm(le.phai);
  }

  style(name: ComponentName): TextStyle {
    return this.profile.thanh_phan[name] ?? this.profile.thanh_phan.noi_dung ?? { co: 14 };
  }

  run(text: string, component: ComponentName, extra: Partial<Run> & { underline?: boolean } = {}, options: Partial<IRunOptions> = {}): TextRun {
    const s = this.style(component);
    const bold = extra.bold ?? s.dam ?? false;
    const italic = extra.italic ?? s.nghieng ?? false;
    const underline = extra.underline ?? s.gach_chan ?? false;
    return new TextRun({
      text,
      font: this.font,
      size: Math.round(s.co * 2),
      bold,
      italics: italic,
      ...(underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
      ...options,
    });
  }

  /** Runs of one line or several ("\n" → line break); text styles add to the component style. */
  runs(runs: Run[], component: ComponentName): TextRun[] {
    const base = this.style(component);
    return runs.map((r) => this.run(r.text, component, { bold: Boolean(base.dam || r.bold), italic: Boolean(base.nghieng || r.italic) }));
  }

  lineRuns(lines: string[], component: ComponentName): TextRun[] {
    return lines.map((text, i) => this.run(text, component, {}, i > 0 ? { break: 1 } : {}));
  }

  /** Body line spacing: "exactly N pt" (Party practice) or N lines (NĐ 30: 1–1.5). */
  get bodyLine(): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } {
    const g = this.profile.gian_dong;
    return g.kieu === 'chinh_xac' ? { line: Math.round(g.gia_tri * 20), lineRule: LineRuleType.EXACT } : { line: Math.round(g.gia_tri * 240), lineRule: LineRuleType.AUTO };
  }

  bodyParagraph(children: TextRun[], options: Partial<IParagraphOptions> = {}): Paragraph {
    const d = this.profile.doan;
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: Math.round((d.thut_dau_dong_cm * 1440) / 2.54) },
      spacing: { before: Math.round(d.cach_tren_pt * 20), after: Math.round(d.cach_duoi_pt * 20), ...this.bodyLine },
      children,
      ...options,
    });
  }

  centered(children: TextRun[], before = 0, options: Partial<IParagraphOptions> = {}): Paragraph {
    return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children, ...options });
  }

  /** A centred rule `length` twips long: the bottom border of an empty, 2 pt tall paragraph. */
  rule(length: number, cellInner: number, options: Partial<IParagraphOptions> = {}): Paragraph {
    const side = Math.max(0, Math.round((cellInner - length) / 2));
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: side, right: side },
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      // 6 eighths of a point = 0.75 pt, 3 pt below the text above (tech notes §1, approach A).
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 3 } },
      // Paragraph-mark size 2 pt: without it the empty paragraph is a full line tall.
      run: { size: 4 },
      children: [],
      ...options,
    });
  }

  lineWidth(line: HeaderLine): number {
    const s = this.style(line.style);
    return textWidth(line.text, s.co, { bold: s.dam ?? false, italic: s.nghieng ?? false });
  }

  cell(width: number, children: (Paragraph | Table)[], pad: { right?: number } = {}): TableCell {
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: CELL_PAD, right: pad.right ?? CELL_PAD, top: 0, bottom: 0 },
      borders: CELL_NO_BORDERS,
      verticalAlign: VerticalAlign.TOP,
      children,
    });
  }

  table(widths: [number, number], rows: TableCell[][], indent = 0): Table {
    return new Table({
      width: { size: widths[0] + widths[1], type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      ...(indent ? { indent: { size: indent, type: WidthType.DXA } } : {}),
      borders: NO_BORDERS,
      rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells })),
    });
  }
}

/** A header line too wide for its cell, broken into the fewest even lines that fit. */
function balance(line: HeaderLine, width: number, L: Layout): HeaderLine[] {
  return balancedLines(line.text, width, (text) => L.lineWidth({ text, style: line.style })).map((text) => ({ text, style: line.style }));
}

/**
 * The header: organ names and number on the left (ô 2, 3); Quốc hiệu / ĐẢNG CỘNG SẢN VIỆT NAM and
 * the date on the right (ô 1, 4). One geometry per profile (`dau_trang.bang`): the table spans
 * the text area exactly, never the margins; the right column has the profile's width and the
 * left one the rest; a long organ name or date line is broken into even lines inside its column.
 */
function headerTable(doc: RenderDocument, L: Layout): Table {
  const h = doc.header;
  const letterSubject = doc.subjectPlacement === 'under_number' ? doc.subject : undefined;
  const geometry = L.profile.dau_trang.bang;
  const right = mm(geometry.cot_phai_mm);
  const left = L.textWidth - right;
  // The gap between the columns' text is the left cell's right padding plus the right cell's.
  const gapPad = Math.max(CELL_PAD, mm(geometry.khoang_giua_mm) - CELL_PAD);
  const innerLeft = left - CELL_PAD - gapPad;
  const innerRight = right - 2 * CELL_PAD;
  const leftCell = (children: (Paragraph | Table)[]) => L.cell(left, children, { right: gapPad });

  // A line too long for the column becomes two (or more) even lines, each a paragraph as a
  // clerk would type it (an importer reads them back as one name).
  const organLines = h.organ.flatMap((line) => balance(line, innerLeft, L));
  const organ = organLines.map((line) => L.centered([L.run(line.text, line.style)]));
  const issuerLines = organLines.filter((l) => l.style === 'co_quan_ban_hanh');
  const issuerWidth = Math.max(...issuerLines.map((l) => L.lineWidth(l)));
  const underOrgan =
    h.underOrgan === 'star'
      ? L.centered([L.run('*', 'co_quan_ban_hanh', { bold: false })])
      : L.rule(Math.round(Math.min(issuerWidth, innerLeft) * h.organRuleRatio), innerLeft);
  const ruleLine = h.ruleUnder === 'motto' && h.motto ? h.motto : h.title;
  const rightRule = L.rule(Math.min(L.lineWidth(ruleLine), innerRight), innerRight);
  const number = balance(h.number, innerLeft, L).map((line, i) => L.centered([L.run(line.text, line.style)], i === 0 ? 120 : 0));
  // A công văn's trích yếu, 6 pt under the number, wrapped within the column (NĐ 30 ô 5b).
  const subject = letterSubject ? [L.centered([L.run(letterSubject.text, letterSubject.style)], 120)] : [];
  // Mật and khẩn marks sit in a single-line frame that hugs the word (NĐ 30, Phụ lục I, III.2:
  // a rectangle around the urgency mark), under the number in the left column (ô 10a, 10b); the
  // frame is paragraph borders, so it stays put in Word and never widens the column.
  const frame = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
  const marks = [doc.marks.secrecy, doc.marks.urgency]
    .filter((m): m is string => Boolean(m))
    .map((m) => {
      const s = L.style('dau_mat_khan');
      const side = Math.max(0, Math.round((innerLeft - textWidth(m, s.co, { bold: s.dam ?? false }) - mm(4)) / 2));
      return L.centered([L.run(m, 'dau_mat_khan')], 120, { indent: { left: side, right: side }, border: { top: frame, bottom: frame, left: frame, right: frame } });
    });
  const title = L.centered([L.run(h.title.text, h.title.style)]);
  const motto = h.motto ? [L.centered([L.run(h.motto.text, h.motto.style)])] : [];
  const date = balance(h.date, innerRight, L).map((line, i) => L.centered([L.run(line.text, line.style)], i === 0 ? 120 : 0));

  if (h.datePlacement === 'with_number') {
    // Two rows: the number and the date share a baseline whatever the heights above them.
    return L.table([left, right], [
      [leftCell([...organ, underOrgan]), L.cell(right, [title, ...motto, rightRule])],
      [leftCell([...number, ...subject, ...marks]), L.cell(right, date)],
    ]);
  }
  return L.table([left, right], [[leftCell([...organ, underOrgan, ...number, ...subject, ...marks]), L.cell(right, [title, rightRule, ...date])]]);
}

/**
 * A centred title (trích yếu, phụ lục title) too long for one line: the paragraph is narrowed
 * (equal left and right indents) so that Word and LibreOffice wrap it into even lines, never
 * inside a date range and never with one word alone on the last line. No manual line break: the
 * title stays one searchable, copyable string, and an edit re-wraps it naturally. 2 % of the
 * width is kept spare for the small differences between word processors' metrics.
 */
function titleIndent(text: string, component: ComponentName, L: Layout): Partial<IParagraphOptions> {
  const width = balancedWidth(text, Math.round(L.textWidth * 0.98), (t) => L.lineWidth({ text: t, style: component }));
  if (width === undefined) return {};
  const side = Math.max(0, Math.floor((L.textWidth - width) / 2) - 10);
  return { indent: { left: side, right: side } };
}

/** The tên loại, the trích yếu and the rule or "-----" under it (every type but a công văn). */
function typeAndSubject(doc: RenderDocument, L: Layout): Paragraph[] {
  const out: Paragraph[] = [];
  out.push(L.centered([L.run(doc.typeName.text, doc.typeName.style)], 360, { keepNext: true }));
  out.push(L.centered([L.run(doc.subject.text, doc.subject.style)], 0, { keepNext: true, ...titleIndent(doc.subject.text, doc.subject.style, L) }));
  if (doc.subjectSeparator.kind === 'text') {
    out.push(L.centered([L.run(doc.subjectSeparator.text, 'trich_yeu', { bold: false })], 0, { keepNext: true }));
  } else {
    // NĐ 30, Phụ lục I, II.5: a rule of 1/3–1/2 of the trích yếu line under it.
    const s = L.style('trich_yeu');
    const longest = Math.min(textWidth(doc.subject.text, s.co, { bold: s.dam ?? false }), L.textWidth);
    out.push(L.rule(Math.round(longest / 3), L.textWidth, { keepNext: true, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }));
  }
  return out;
}

function titleBlock(doc: RenderDocument, L: Layout): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.subjectPlacement === 'title') out.push(...typeAndSubject(doc, L));
  const kg = doc.addressees;
  if (kg.lines.length === 1) {
    out.push(L.centered([L.run(`${kg.label} ${kg.lines[0]}`, 'kinh_gui')], 240));
  } else if (kg.lines.length > 1) {
    out.push(L.centered([L.run(kg.label, 'kinh_gui')], 240));
    for (const line of kg.lines) out.push(new Paragraph({ indent: { left: mm(45) }, children: [L.run(line, 'kinh_gui')] }));
  }
  // Space between the title block and the body.
  out.push(new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 12 }, children: [] }));
  return out;
}

function bodyParagraphs(blocks: BodyBlock[], L: Layout, keepLastWithNext = false): Paragraph[] {
  return blocks.map((block, i) => {
    const keep = keepLastWithNext && i === blocks.length - 1 ? { keepNext: true } : {};
    if (block.kind === 'heading') {
      const base = L.style(block.style);
      const labelRun = L.run(`${block.label} `, block.style, { bold: base.dam ?? false, italic: base.nghieng ?? false });
      return L.bodyParagraph([labelRun, ...L.runs(block.runs, block.style)], { keepNext: true });
    }
    if (block.kind === 'paragraph' && block.align === 'center') {
      return L.bodyParagraph(L.runs(block.runs, block.style), { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true });
    }
    const lead = block.kind === 'bullet' ? block.marker : block.label ? `${block.label} ` : '';
    return L.bodyParagraph([...(lead ? [L.run(lead, block.style)] : []), ...L.runs(block.runs, block.style)], keep);
  });
}

/** Nơi nhận on the left, the signature block on the right, kept on one page with the last lines. */
function signatureTable(doc: RenderDocument, L: Layout): Table {
  const sig = doc.signature;
  const signerLines: HeaderLine[] = [
    ...(sig.authority ? [{ text: sig.authority, style: 'quyen_han' as const }] : []),
    ...sig.titleLines.map((text) => ({ text, style: 'chuc_vu' as const })),
  ];
  // The signature column is as wide as its longest line (at least 55 % of the text width), so a
  // long title such as "PHÓ TRƯỞNG BAN DÂN VẬN TỈNH ỦY" stays on one line; nơi nhận takes the rest.
  const widest = Math.max(...signerLines.map((l) => L.lineWidth(l))) + 2 * CELL_PAD + mm(2);
  const right = Math.min(Math.max(Math.round(L.textWidth * 0.55), widest), Math.round(L.textWidth * 0.62));
  const left = L.textWidth - right;
  const inner = right - 2 * CELL_PAD;
  const tight = { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true } as const;
  const dashSize = L.style('noi_nhan_muc').co;
  const hang = textWidth(doc.profile.noi_nhan.dau_muc, dashSize);
  const recipients = [
    new Paragraph({ ...tight, children: [L.run(doc.recipients.label, 'noi_nhan_nhan')] }),
    // A wrapped entry continues under its text, not under the dash.
    ...doc.recipients.lines.map((line) => new Paragraph({ ...tight, indent: { left: hang, hanging: hang }, children: [L.run(line, 'noi_nhan_muc')] })),
  ];
  const signer: Paragraph[] = [];
  for (const line of signerLines.flatMap((l) => balance(l, inner, L))) signer.push(L.centered([L.run(line.text, line.style)], 0, { keepNext: true }));
  // Room for the signature and the seal (about 30 mm), then the name.
  signer.push(new Paragraph({ spacing: { before: 0, after: 0, line: mm(30), lineRule: LineRuleType.EXACT }, keepNext: true, children: [] }));
  signer.push(L.centered([L.run(sig.name, 'ho_ten')]));
  return L.table([left, right], [[L.cell(left, recipients), L.cell(right, signer)]]);
}

/** One appendix: label, title, the “Kèm theo …” line and a short rule, then its body. */
function appendixParagraphs(doc: RenderDocument, appendix: RenderDocument['appendices'][number], L: Layout): Paragraph[] {
  return [
    L.centered([L.run(appendix.label, 'phu_luc_nhan')], 0, { keepNext: true }),
    L.centered([L.run(appendix.title, 'phu_luc_tieu_de')], 0, { keepNext: true, ...titleIndent(appendix.title, 'phu_luc_tieu_de', L) }),
    L.centered([L.run(appendix.note, 'noi_dung', { italic: true })], 0, { keepNext: true }),
    L.rule(mm(40), L.textWidth, { spacing: { before: 60, after: 120, line: 240, lineRule: LineRuleType.AUTO } }),
    ...bodyParagraphs(appendix.body, L),
  ];
}

function pageHeaders(L: Layout): { first: Header; default: Header } {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: L.font, size: Math.round(L.profile.so_trang.co * 2) })],
        }),
      ],
    }),
  };
}

export function buildDocx(doc: RenderDocument): Document {
  const L = new Layout(doc.profile);
  const le = doc.profile.trang.le;
  const sectionProperties = (restartNumbering: boolean) => ({
    titlePage: true, // a different first page: no page number on page 1 (NĐ 30, Phụ lục I, I.6)
    page: {
      size: { width: mm(210), height: mm(297) },
      margin: { top: mm(le.tren), bottom: mm(le.duoi), left: mm(le.trai), right: mm(le.phai), header: mm(10), footer: mm(10) },
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  });
  const children: (Paragraph | Table)[] = [];
  if (doc.marks.draft) {
    const box = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 };
    // The frame is drawn `space` outside the text: indent the paragraph on the right by the cell
    // padding plus that space, so the frame ends where the header's text may end, inside the margin.
    const s = L.style('du_thao');
    const inset = CELL_PAD + mm(1);
    const label = ` ${doc.marks.draft} `;
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 120 }, children: [L.run(label, 'du_thao')], border: { top: box, bottom: box, left: box, right: box }, indent: { left: Math.max(0, L.textWidth - inset - textWidth(label, s.co, { bold: s.dam ?? true }) - mm(3)), right: inset } }));
  }
  children.push(headerTable(doc, L), ...titleBlock(doc, L));
  // The last body line goes to the signature's page ("Trên đây là …" never stands alone).
  appendAll(children, bodyParagraphs(doc.body, L, true));
  children.push(new Paragraph({ keepNext: true, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [] }));
  children.push(signatureTable(doc, L));

  return new Document({
    creator: 'dvk',
    lastModifiedBy: 'dvk',
    description: 'dvk', // replaced by the owner mark in package.ts
    title: doc.subject.text,
    styles: {
      default: {
        document: {
          run: { font: L.font, size: Math.round(L.style('noi_dung').co * 2), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    // The document, then each appendix in a section of its own: NĐ 30 (Phụ lục I, mục I) numbers
    // the pages of each appendix separately; like page 1, an appendix's first page shows no number.
    sections: [
      { properties: sectionProperties(false), headers: pageHeaders(L), children },
      ...doc.appendices.map((appendix) => ({ properties: sectionProperties(true), headers: pageHeaders(L), children: appendixParagraphs(doc, appendix, L) })),
    ],
  });
}

// docx's Packer zips with the current time, so its zip has to be redone. Its compiler (a static
// field, not a documented API) gives the parts before zipping, which saves a deflate and an
// inflate per file; when a docx version lacks it, fall back to the documented Packer.pack.
type PartsCompiler = { compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, Uint8Array | string> };
const compiler = (Packer as unknown as { compiler?: PartsCompiler }).compiler;

/** The .docx bytes; the same document always gives the same bytes. */
export async function renderDocx(doc: RenderDocument): Promise<Uint8Array> {
  const file = buildDocx(doc);
  if (typeof compiler?.compile === 'function') {
    const parts = compiler.compile(file, undefined, []);
    if (parts instanceof Map && parts.has('word/document.xml')) return zipParts(Object.fromEntries(parts), doc.stamp);
  }
  return deterministicZip(await Packer.pack(file, 'uint8array'), doc.stamp);
}
