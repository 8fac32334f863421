// WordprocessingML → paragraphs in body order (table cells and content controls included) with
// the formatting Word would show, resolved docDefaults → paragraph style chain → run style
// chain → direct formatting (ECMA-376 Part 1, §17.7.2). fast-xml-parser with preserveOrder,
// trimValues: false and parseTagValue: false (shared tech notes §2): "Số " keeps its space.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { DocxFacts, DocxParagraph, DocxRun, DocxSection, DocxSectionAt, HeaderFooter } from './model.js';
import { appendAll } from '../../shared/append.js';

type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

const tag = (n: XNode): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: XNode): XNode[] => (n[tag(n)] as XNode[] | undefined) ?? [];
const attr = (n: XNode, name: string): string | undefined => (n[':@'] as Record<string, string> | undefined)?.[name];
const child = (n: XNode | undefined, name: string): XNode | undefined => (n ? kids(n).find((c) => tag(c) === name) : undefined);
const textOf = (n: XNode): string => kids(n).map((c) => (typeof c['#text'] === 'string' ? (c['#text'] as string) : '')).join('');

const TWIP_PER_MM = 1440 / 25.4;
const TWIP_PER_CM = 1440 / 2.54;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function parseXml(xml: string, part: string): XNode[] {
  // The parser takes unbalanced tags without a word and would hand back a tree of the wrong
  // shape (read as a document of a few odd paragraphs, layout findings and all): check first.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw Object.assign(new Error(valid.err.msg), { part, line: valid.err.line, column: valid.err.col });
  try {
    return parser.parse(xml) as XNode[];
  } catch (error) {
    throw Object.assign(new Error((error as Error).message), { part });
  }
}

// ------------------------------------------------------------------ properties

type Slot = 'ascii' | 'hAnsi' | 'eastAsia' | 'cs';
const SLOTS: Slot[] = ['ascii', 'hAnsi', 'eastAsia', 'cs'];
const THEME_ATTR: Record<Slot, string> = { ascii: 'w:asciiTheme', hAnsi: 'w:hAnsiTheme', eastAsia: 'w:eastAsiaTheme', cs: 'w:cstheme' };

interface RunProps {
  fonts: Partial<Record<Slot, { font?: string; theme?: string; from?: string }>>;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  /** Where size, bold and italic were set ('defaults', 'style:ID', 'direct'): what --fix-layout changes. */
  from?: Partial<Record<'size' | 'bold' | 'italic', string>>;
}

interface ParaProps {
  jc?: string;
  firstLine?: number;
  hanging?: number;
  left?: number;
  right?: number;
  before?: number;
  after?: number;
  line?: number;
  lineRule?: string;
  borderBottom?: boolean;
  borderTop?: boolean;
}

const onOff = (n: XNode | undefined): boolean | undefined => {
  if (!n) return undefined;
  const v = attr(n, 'w:val');
  return !(v === '0' || v === 'false' || v === 'off');
};

function readRunProps(rPr: XNode | undefined, from?: string): RunProps {
  const p: RunProps = { fonts: {} };
  if (!rPr) return p;
  const fonts = child(rPr, 'w:rFonts');
  if (fonts) {
    for (const slot of SLOTS) {
      const theme = attr(fonts, THEME_ATTR[slot]) ?? (slot === 'cs' ? attr(fonts, 'w:csTheme') : undefined);
      const font = attr(fonts, `w:${slot}`);
      if (theme) p.fonts[slot] = { theme, ...(from ? { from } : {}) };
      else if (font) p.fonts[slot] = { font, ...(from ? { from } : {}) };
    }
  }
  const sz = child(rPr, 'w:sz');
  if (sz && attr(sz, 'w:val')) p.size = Number(attr(sz, 'w:val')) / 2;
  const b = onOff(child(rPr, 'w:b'));
  if (b !== undefined) p.bold = b;
  const i = onOff(child(rPr, 'w:i'));
  if (i !== undefined) p.italic = i;
  const u = child(rPr, 'w:u');
  if (u) p.underline = (attr(u, 'w:val') ?? 'single') !== 'none';
  const caps = onOff(child(rPr, 'w:caps'));
  if (caps !== undefined) p.caps = caps;
  if (from) p.from = Object.fromEntries((['size', 'bold', 'italic'] as const).filter((k) => p[k] !== undefined).map((k) => [k, from]));
  return p;
}

function mergeRun(a: RunProps, b: RunProps): RunProps {
  const out: RunProps = { ...a, fonts: { ...a.fonts, ...b.fonts } };
  for (const k of ['size', 'bold', 'italic', 'underline', 'caps'] as const) if (b[k] !== undefined) (out as any)[k] = b[k];
  if (a.from || b.from) out.from = { ...a.from, ...b.from };
  return out;
}

const num = (n: XNode | undefined, name: string): number | undefined => {
  const v = n ? attr(n, name) : undefined;
  return v === undefined || v === '' ? undefined : Number(v);
};

function borderOn(n: XNode | undefined): boolean | undefined {
  if (!n) return undefined;
  const v = attr(n, 'w:val');
  return !(v === 'none' || v === 'nil');
}

function readParaProps(pPr: XNode | undefined): ParaProps {
  const p: ParaProps = {};
  if (!pPr) return p;
  const jc = child(pPr, 'w:jc');
  if (jc) p.jc = attr(jc, 'w:val');
  const ind = child(pPr, 'w:ind');
  if (ind) {
    const fl = num(ind, 'w:firstLine');
    const h = num(ind, 'w:hanging');
    const l = num(ind, 'w:left') ?? num(ind, 'w:start');
    const r = num(ind, 'w:right') ?? num(ind, 'w:end');
    if (r !== undefined) p.right = r;
    if (fl !== undefined) p.firstLine = fl;
    if (h !== undefined) p.hanging = h;
    if (l !== undefined) p.left = l;
  }
  const sp = child(pPr, 'w:spacing');
  if (sp) {
    const before = num(sp, 'w:before');
    const after = num(sp, 'w:after');
    const line = num(sp, 'w:line');
    if (before !== undefined) p.before = before;
    if (after !== undefined) p.after = after;
    if (line !== undefined) p.line = line;
    const rule = attr(sp, 'w:lineRule');
    if (rule) p.lineRule = rule;
  }
  const bdr = child(pPr, 'w:pBdr');
  if (bdr) {
    const bottom = borderOn(child(bdr, 'w:bottom'));
    const top = borderOn(child(bdr, 'w:top'));
    if (bottom !== undefined) p.borderBottom = bottom;
    if (top !== undefined) p.borderTop = top;
  }
  return p;
}

function mergePara(a: ParaProps, b: ParaProps): ParaProps {
  const out: ParaProps = { ...a };
  for (const [k, v] of Object.entries(b)) if (v !== undefined) (out as any)[k] = v;
  // A first-line indent and a hanging indent exclude each other.
  if (b.firstLine !== undefined) delete out.hanging;
  if (b.hanging !== undefined) delete out.firstLine;
  return out;
}

interface Style {
  type: string;
  basedOn?: string;
  pPr: ParaProps;
  rPr: RunProps;
  isDefault: boolean;
}

class Styles {
  readonly styles = new Map<string, Style>();
  defaultRun: RunProps = { fonts: {} };
  defaultPara: ParaProps = {};
  defaultParagraphStyle?: string;

  constructor(root: XNode[] | undefined) {
    const doc = root?.find((n) => tag(n) === 'w:styles');
    if (!doc) return;
    for (const n of kids(doc)) {
      if (tag(n) === 'w:docDefaults') {
        this.defaultRun = readRunProps(child(child(n, 'w:rPrDefault'), 'w:rPr'), 'defaults');
        this.defaultPara = readParaProps(child(child(n, 'w:pPrDefault'), 'w:pPr'));
      } else if (tag(n) === 'w:style') {
        const id = attr(n, 'w:styleId');
        if (!id) continue;
        const basedOn = child(n, 'w:basedOn');
        const style: Style = {
          type: attr(n, 'w:type') ?? 'paragraph',
          pPr: readParaProps(child(n, 'w:pPr')),
          rPr: readRunProps(child(n, 'w:rPr'), `style:${id}`),
          isDefault: ['1', 'true', 'on'].includes(attr(n, 'w:default') ?? ''),
          ...(basedOn && attr(basedOn, 'w:val') ? { basedOn: attr(basedOn, 'w:val')! } : {}),
        };
        this.styles.set(id, style);
        if (style.isDefault && style.type === 'paragraph') this.defaultParagraphStyle = id;
      }
    }
  }

  /** The style chain from the root ancestor down to `id`. */
  chain(id: string | undefined): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let cur = id; cur && !seen.has(cur); ) {
      seen.add(cur);
      const s = this.styles.get(cur);
      if (!s) break;
      out.unshift(s);
      cur = s.basedOn;
    }
    return out;
  }
}

// ------------------------------------------------------------------ body

interface Context {
  styles: Styles;
  paragraphs: DocxParagraph[];
  table?: { index: number; row: number; cell: number; innerMm?: number };
  tableCount: number;
  /** Section breaks: the w:sectPr and the number of paragraphs read when it was met. */
  sections: { node: XNode; end: number }[];
  inTextBox?: boolean;
}

/** Word's default left/right cell margin (0.075 in) when neither the table nor the cell sets one. */
const DEFAULT_CELL_MARGIN_TW = 108;

function cellMargins(mar: XNode | undefined, into: { left: number; right: number }): { left: number; right: number } {
  const out = { ...into };
  const side = (names: string[]) => {
    for (const name of names) {
      const n = child(mar, name);
      const w = num(n, 'w:w');
      if (w !== undefined && (attr(n!, 'w:type') ?? 'dxa') === 'dxa') return w;
    }
    return undefined;
  };
  out.left = side(['w:left', 'w:start']) ?? out.left;
  out.right = side(['w:right', 'w:end']) ?? out.right;
  return out;
}

function walkBlock(nodes: XNode[], ctx: Context) {
  for (const n of nodes) {
    const t = tag(n);
    if (t === 'w:p') {
      const { para, textBoxes, sectPr } = readParagraph(n, ctx);
      ctx.paragraphs.push(para);
      // Text in a text box (a header drawn in a box, a framed note) is read where the box is
      // anchored, right after the anchoring paragraph, numbered like any other paragraph.
      for (const box of textBoxes) {
        const saved = ctx.inTextBox;
        ctx.inTextBox = true;
        walkBlock(kids(box), ctx);
        ctx.inTextBox = saved;
      }
      if (sectPr) ctx.sections.push({ node: sectPr, end: ctx.paragraphs.length });
    } else if (t === 'w:tbl') {
      const index = ctx.tableCount++;
      const saved = ctx.table;
      const tblMar = cellMargins(child(child(n, 'w:tblPr'), 'w:tblCellMar'), { left: DEFAULT_CELL_MARGIN_TW, right: DEFAULT_CELL_MARGIN_TW });
      kids(n).filter((r) => tag(r) === 'w:tr').forEach((row, r) => {
        kids(row).filter((c) => tag(c) === 'w:tc' || tag(c) === 'w:sdt').forEach((cell, c) => {
          const tc = tag(cell) === 'w:sdt' ? kids(child(cell, 'w:sdtContent') ?? {}).find((x) => tag(x) === 'w:tc') : cell;
          const tcPr = child(tc, 'w:tcPr');
          const tcW = child(tcPr, 'w:tcW');
          const width = tcW && (attr(tcW, 'w:type') ?? 'dxa') === 'dxa' ? num(tcW, 'w:w') : undefined;
          const mar = cellMargins(child(tcPr, 'w:tcMar'), tblMar);
          ctx.table = { index, row: r, cell: c, ...(width ? { innerMm: round((width - mar.left - mar.right) / TWIP_PER_MM, 1) } : {}) };
          walkBlock(tag(cell) === 'w:sdt' ? kids(child(cell, 'w:sdtContent') ?? {}).flatMap((x) => (tag(x) === 'w:tc' ? kids(x) : [x])) : kids(cell), ctx);
        });
      });
      ctx.table = saved;
    } else if (t === 'w:sdt') walkBlock(kids(child(n, 'w:sdtContent') ?? {}), ctx);
    else if (t === 'w:customXml' || t === 'w:ins' || t === 'w:smartTag') walkBlock(kids(n), ctx);
    else if (t === 'w:sectPr') ctx.sections.push({ node: n, end: ctx.paragraphs.length });
  }
}

const EMU_PER_MM = 36000;
const UNIT_MM: Record<string, number> = { pt: 25.4 / 72, in: 25.4, mm: 1, cm: 10, px: 25.4 / 96 };
const lengthMm = (value: string | undefined): number | undefined => {
  const m = value ? /^\s*(-?[\d.]+)\s*(pt|in|mm|cm|px)\s*$/.exec(value) : null;
  return m ? Number(m[1]) * UNIT_MM[m[2]!]! : undefined;
};

/** All descendants named `name`, not looking inside mc:Fallback (it repeats mc:Choice). */
function findAll(n: XNode, name: string, out: XNode[] = []): XNode[] {
  for (const c of kids(n)) {
    const t = tag(c);
    if (t === 'mc:Fallback') continue;
    if (t === name) out.push(c);
    else if (t !== '#text') findAll(c, name, out);
  }
  return out;
}

/** A drawing, VML picture or alternate content: its text boxes, or the width of the shape drawn. */
function inspectShape(n: XNode): { textBoxes: XNode[]; widthMm?: number } {
  const wrapper = { [tag(n) || 'x']: [n] } as XNode;
  const textBoxes = findAll(wrapper, 'w:txbxContent');
  if (textBoxes.length) return { textBoxes };
  const extent = findAll(wrapper, 'wp:extent')[0];
  const cx = num(extent, 'cx');
  if (cx !== undefined) return { textBoxes, widthMm: round(cx / EMU_PER_MM, 1) };
  const line = findAll(wrapper, 'v:line')[0];
  if (line) {
    const [x1, x2] = [attr(line, 'from'), attr(line, 'to')].map((v) => lengthMm(v?.split(',')[0]));
    if (x1 !== undefined && x2 !== undefined) return { textBoxes, widthMm: round(Math.abs(x2 - x1), 1) };
  }
  const styled = [...findAll(wrapper, 'v:shape'), ...findAll(wrapper, 'v:rect')][0];
  const width = lengthMm(styled && /(?:^|;)\s*width:\s*([^;]+)/.exec(attr(styled, 'style') ?? '')?.[1]);
  return width !== undefined ? { textBoxes, widthMm: round(width, 1) } : { textBoxes };
}

const LOOK = ['sizePt', 'bold', 'italic', 'underline', 'caps'] as const;
const FONT_SLOTS = ['ascii', 'hAnsi', 'eastAsia', 'cs'] as const;

function sameOrigin(a: NonNullable<DocxRun['from']>, b: NonNullable<DocxRun['from']>): boolean {
  return a.size === b.size && a.bold === b.bold && a.italic === b.italic && !b.mixed && FONT_SLOTS.every((k) => a.fonts[k] === b.fonts[k]);
}

function sameLook(a: DocxRun, b: DocxRun): boolean {
  return LOOK.every((k) => a[k] === b[k]) && FONT_SLOTS.every((k) => a.fonts[k] === b.fonts[k]) && a.fonts.themes.join() === b.fonts.themes.join();
}

function readParagraph(p: XNode, ctx: Context): { para: DocxParagraph; textBoxes: XNode[]; sectPr?: XNode } {
  const pPrNode = child(p, 'w:pPr');
  const styleId = attr(child(pPrNode, 'w:pStyle') ?? {}, 'w:val') ?? ctx.styles.defaultParagraphStyle;
  const chain = ctx.styles.chain(styleId);
  let pp = ctx.styles.defaultPara;
  let paraRun = ctx.styles.defaultRun;
  for (const s of chain) {
    pp = mergePara(pp, s.pPr);
    paraRun = mergeRun(paraRun, s.rPr);
  }
  pp = mergePara(pp, readParaProps(pPrNode));

  const runs: DocxRun[] = [];
  let text = '';
  let hasShape = false;
  const textBoxes: XNode[] = [];
  const shapeWidths: number[] = [];
  const shape = (n: XNode) => {
    const found = inspectShape(n);
    if (found.textBoxes.length) appendAll(textBoxes, found.textBoxes);
    else {
      hasShape = true;
      if (found.widthMm !== undefined) shapeWidths.push(found.widthMm);
    }
  };
  const readRuns = (nodes: XNode[]) => {
    for (const n of nodes) {
      const t = tag(n);
      if (t === 'w:r') {
        const rPrNode = child(n, 'w:rPr');
        const rStyle = attr(child(rPrNode, 'w:rStyle') ?? {}, 'w:val');
        let rp = paraRun;
        for (const s of ctx.styles.chain(rStyle)) rp = mergeRun(rp, s.rPr);
        rp = mergeRun(rp, readRunProps(rPrNode, 'direct'));
        let runText = '';
        for (const c of kids(n)) {
          const ct = tag(c);
          if (ct === 'w:t') runText += textOf(c);
          else if (ct === 'w:tab' || ct === 'w:ptab') runText += '\t';
          else if (ct === 'w:br' || ct === 'w:cr') runText += attr(c, 'w:type') === 'page' ? '' : '\t';
          else if (ct === 'w:noBreakHyphen') runText += '-';
          else if (ct === 'w:drawing' || ct === 'w:pict' || ct === 'mc:AlternateContent' || ct === 'w:object') shape(c);
        }
        if (runText === '') continue;
        const start = text.length;
        text += runText;
        const fonts = { themes: [] as string[] } as DocxRun['fonts'];
        const from: NonNullable<DocxRun['from']> = { ...rp.from, fonts: {} };
        for (const slot of SLOTS) {
          const f = rp.fonts[slot];
          if (f?.theme) fonts.themes.push(f.theme);
          else if (f?.font) fonts[slot] = f.font;
          if (f?.from) from.fonts[slot] = f.from;
        }
        const run: DocxRun = {
          text: runText,
          start,
          end: text.length,
          fonts,
          ...(rp.size !== undefined ? { sizePt: rp.size } : {}),
          bold: rp.bold ?? false,
          italic: rp.italic ?? false,
          underline: rp.underline ?? false,
          caps: rp.caps ?? false,
          from,
        };
        // Runs that look the same are one run: Word splits runs for its own reasons (editing
        // sessions, spelling marks, a comment's range), and a layout finding must not change with them.
        const previous = runs.at(-1);
        if (previous && previous.end === start && sameLook(previous, run)) {
          // Looks the same but set in another place: a fix at one style would not reach it all.
          if (!sameOrigin(previous.from!, run.from!)) previous.from = { ...previous.from!, mixed: true };
          previous.text += runText;
          previous.end = run.end;
        } else runs.push(run);
      } else if (t === 'w:hyperlink' || t === 'w:ins' || t === 'w:smartTag' || t === 'w:fldSimple' || t === 'w:customXml' || t === 'w:bdo' || t === 'w:dir') readRuns(kids(n));
      else if (t === 'w:sdt') readRuns(kids(child(n, 'w:sdtContent') ?? {}));
      else if (t === 'mc:AlternateContent' || t === 'w:pict' || t === 'w:drawing') shape(n);
    }
  };
  readRuns(kids(p));
  // NFC, as for text files (Word stores what was typed; some keyboards type decomposed marks).
  const nfc = text.normalize('NFC');
  if (nfc !== text) text = nfc;

  const para: DocxParagraph = {
    text,
    borderBottom: pp.borderBottom ?? false,
    borderTop: pp.borderTop ?? false,
    hasShape,
    runs,
    ...(styleId ? { styleId } : {}),
  };
  if (pp.jc) para.align = pp.jc === 'both' || pp.jc === 'distribute' ? 'both' : pp.jc === 'start' ? 'left' : pp.jc === 'end' ? 'right' : pp.jc;
  if (pp.firstLine !== undefined) para.firstLineCm = round(pp.firstLine / TWIP_PER_CM);
  else if (pp.hanging !== undefined) para.firstLineCm = -round(pp.hanging / TWIP_PER_CM);
  if (pp.left !== undefined) para.leftCm = round(pp.left / TWIP_PER_CM);
  if (pp.right !== undefined) para.rightCm = round(pp.right / TWIP_PER_CM);
  if (shapeWidths.length) para.shapeWidthsMm = shapeWidths;
  if (ctx.inTextBox) para.inTextBox = true;
  if (pp.before !== undefined) para.beforePt = pp.before / 20;
  if (pp.after !== undefined) para.afterPt = pp.after / 20;
  if (pp.line !== undefined) {
    const rule = pp.lineRule === 'exact' ? 'exact' : pp.lineRule === 'atLeast' ? 'atLeast' : 'auto';
    para.line = { rule, value: rule === 'auto' ? round(pp.line / 240) : pp.line / 20 };
  }
  if (ctx.table) para.table = { ...ctx.table };
  const sectPr = child(pPrNode, 'w:sectPr');
  return { para, textBoxes, ...(sectPr ? { sectPr } : {}) };
}

// ------------------------------------------------------------------ section, headers, theme

function readRels(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) out.set(id, target.replace(/^\/?word\//, '').replace(/^\//, ''));
  }
  return out;
}

/** A PAGE field, simple (w:fldSimple) or complex (w:instrText). */
export function hasPageField(xml: string): boolean {
  return /w:instr="\s*PAGE\b/.test(xml) || /<w:instrText\b[^>]*>\s*PAGE\b/.test(xml);
}


export interface DocxParts {
  paragraphs: DocxParagraph[];
  facts: DocxFacts;
}

export async function parseDocxParts(read: (name: string) => Promise<string | undefined>): Promise<DocxParts> {
  const documentXml = (await read('word/document.xml'))!;
  const stylesXml = await read('word/styles.xml');
  const styles = new Styles(stylesXml ? parseXml(stylesXml, 'word/styles.xml') : undefined);
  const root = parseXml(documentXml, 'word/document.xml');
  const doc = root.find((n) => tag(n) === 'w:document');
  const body = doc && child(doc, 'w:body');
  if (!body) throw Object.assign(new Error('w:body missing'), { part: 'word/document.xml' });
  const ctx: Context = { styles, paragraphs: [], tableCount: 0, sections: [] };
  walkBlock(kids(body), ctx);

  const rels = readRels(await read('word/_rels/document.xml.rels'));
  const parts = new Map<string, Promise<{ xml: string; text: string }>>();
  // A header or footer part is read apart from the body, through the same styles, so its text
  // (an organ name, "Trang 2", a file path) is never taken for body text or numbered with it.
  const readPart = (part: string) => {
    let found = parts.get(part);
    if (!found) {
      found = (async () => {
        const xml = (await read(`word/${part}`)) ?? '';
        const partRoot = xml ? parseXml(xml, `word/${part}`) : [];
        const top = partRoot.find((n) => tag(n) === 'w:hdr' || tag(n) === 'w:ftr');
        const partCtx: Context = { styles, paragraphs: [], tableCount: 0, sections: [] };
        if (top) walkBlock(kids(top), partCtx);
        return { xml, text: partCtx.paragraphs.map((p) => p.text).join('\n') };
      })();
      parts.set(part, found);
    }
    return found;
  };

  const readSection = async (sect: XNode | undefined, previous: DocxSection | undefined): Promise<DocxSection> => {
    const section: DocxSection = { margins: {}, titlePage: false, headers: [], footers: [] };
    if (!sect) return section;
    const pgSz = child(sect, 'w:pgSz');
    const w = num(pgSz, 'w:w');
    const h = num(pgSz, 'w:h');
    if (w !== undefined) section.pageWidthMm = round(w / TWIP_PER_MM, 1);
    if (h !== undefined) section.pageHeightMm = round(h / TWIP_PER_MM, 1);
    const orient = pgSz && attr(pgSz, 'w:orient');
    if (orient) section.orientation = orient;
    const mar = child(sect, 'w:pgMar');
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const v = num(mar, `w:${side}`);
      if (v !== undefined) section.margins[side] = round(Math.abs(v) / TWIP_PER_MM, 1);
    }
    section.titlePage = onOff(child(sect, 'w:titlePg')) === true;
    for (const n of kids(sect)) {
      const t = tag(n);
      if (t !== 'w:headerReference' && t !== 'w:footerReference') continue;
      const part = rels.get(attr(n, 'r:id') ?? '');
      if (!part) continue;
      const { xml, text } = await readPart(part);
      const entry: HeaderFooter = { type: attr(n, 'w:type') ?? 'default', part, hasPageField: hasPageField(xml), text };
      (t === 'w:headerReference' ? section.headers : section.footers).push(entry);
    }
    // A section without a header (footer) of a kind uses the previous section's (ECMA-376 §17.10.5).
    if (previous) {
      for (const kind of ['headers', 'footers'] as const) {
        for (const inherited of previous[kind]) if (!section[kind].some((e) => e.type === inherited.type)) section[kind].push(inherited);
      }
    }
    return section;
  };

  if (ctx.sections.length === 0 || ctx.sections.at(-1)!.end < ctx.paragraphs.length) ctx.sections.push({ node: {}, end: ctx.paragraphs.length });
  const sections: DocxSectionAt[] = [];
  let firstParagraph = 0;
  for (const { node, end } of ctx.sections) {
    const section = await readSection(tag(node) ? node : undefined, sections.at(-1)?.section);
    sections.push({ section, firstParagraph: Math.min(firstParagraph, Math.max(0, ctx.paragraphs.length - 1)) });
    firstParagraph = end;
  }

  const themeFontRefs: DocxFacts['themeFontRefs'] = [];
  for (const [where, xml] of [['word/styles.xml', stylesXml ?? ''], ['word/document.xml', documentXml]] as const) {
    for (const m of xml.matchAll(/w:(ascii|hAnsi|eastAsia|cs)Theme="([^"]+)"/gi)) themeFontRefs.push({ theme: m[2]!, where });
  }
  const themeXml = (await read('word/theme/theme1.xml')) ?? '';
  const themeFonts: DocxFacts['themeFonts'] = {};
  const major = /<a:majorFont>\s*<a:latin typeface="([^"]*)"/.exec(themeXml)?.[1];
  const minor = /<a:minorFont>\s*<a:latin typeface="([^"]*)"/.exec(themeXml)?.[1];
  if (major) themeFonts.major = major;
  if (minor) themeFonts.minor = minor;

  return { paragraphs: ctx.paragraphs, facts: { section: sections[0]!.section, sections, themeFontRefs, themeFonts } };
}
