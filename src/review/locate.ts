// Where each line the reader numbered sits in word/document.xml. The reader's line N is its
// N-th body paragraph (table cells, content controls and text boxes included, a text box's
// paragraphs right after the paragraph anchoring it) and its column an offset into the text of
// the runs it reads; this module walks document.xml in that same order, with offsets, so a
// finding's line:column range becomes runs (and characters inside them) to put a comment on.
// It must read exactly what src/reader/docx/parse.ts reads (walkBlock, readParagraph, readRuns):
// what that skips (deleted text, moves, field codes) is skipped here; the two are compared on
// every document (annotate.ts) and a paragraph where they differ is only annotated as a whole.
import { attrOf, childNamed, textContent, type XmlElement } from './xml.js';

/** A child of a run that stands for characters of the paragraph text ([start, end), end = start for none). */
export interface RunPiece {
  element: XmlElement;
  start: number;
  end: number;
  /** 'text' is a w:t (its text can be cut); 'char' one character (tab, break, hyphen); 'other' no text (field char, drawing, reference…). */
  kind: 'text' | 'char' | 'other';
  /** For 'text': the decoded text. */
  text?: string;
}

export interface LocatedRun {
  element: XmlElement;
  rPr?: XmlElement;
  start: number;
  end: number;
  pieces: RunPiece[];
}

export interface LocatedParagraph {
  element: XmlElement;
  /** The text as the runs give it (before the reader's NFC). */
  text: string;
  runs: LocatedRun[];
  /** Offset where the paragraph's content starts (after w:pPr, or after the start tag). */
  contentStart: number;
  /** For a paragraph inside a text box: the body paragraph and the run that hold the box. */
  textBoxAnchor?: { para: LocatedParagraph; run?: LocatedRun };
}

type Node = XmlElement;

const TEXT_CONTAINERS = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:customXml', 'w:bdo', 'w:dir']);
const SHAPES = new Set(['w:drawing', 'w:pict', 'mc:AlternateContent', 'w:object']);

/** Paragraphs of the document body in the reader's order. */
export function locateParagraphs(xml: string, root: XmlElement): LocatedParagraph[] {
  const document = childNamed(root, 'w:document');
  const body = childNamed(document, 'w:body');
  const out: LocatedParagraph[] = [];
  if (body) walkBlock(xml, body.children, out, undefined);
  return out;
}

type Anchor = LocatedParagraph['textBoxAnchor'];

function walkBlock(xml: string, nodes: Node[], out: LocatedParagraph[], anchor: Anchor) {
  for (const n of nodes) {
    const t = n.name;
    if (t === 'w:p') {
      const { para, boxes } = readParagraph(xml, n);
      if (anchor) para.textBoxAnchor = anchor;
      out.push(para);
      for (const box of boxes) walkBlock(xml, box.box.children, out, anchor ?? { para, ...(box.run ? { run: box.run } : {}) });
    } else if (t === 'w:tbl') {
      for (const row of n.children.filter((r) => r.name === 'w:tr')) {
        for (const cell of row.children.filter((c) => c.name === 'w:tc' || c.name === 'w:sdt')) {
          const content = cell.name === 'w:sdt' ? (childNamed(cell, 'w:sdtContent')?.children ?? []).flatMap((x) => (x.name === 'w:tc' ? x.children : [x])) : cell.children;
          walkBlock(xml, content, out, anchor);
        }
      }
    } else if (t === 'w:sdt') walkBlock(xml, childNamed(n, 'w:sdtContent')?.children ?? [], out, anchor);
    else if (t === 'w:customXml' || t === 'w:ins' || t === 'w:smartTag') walkBlock(xml, n.children, out, anchor);
  }
}

/** w:txbxContent elements inside a shape, not looking inside mc:Fallback (it repeats mc:Choice). */
function textBoxesIn(n: Node, found: Node[] = []): Node[] {
  for (const c of n.children) {
    if (c.name === 'mc:Fallback') continue;
    if (c.name === 'w:txbxContent') found.push(c);
    else textBoxesIn(c, found);
  }
  return found;
}

function shapeBoxes(n: Node): Node[] {
  if (n.name === 'w:txbxContent') return [n];
  return textBoxesIn(n);
}

function readParagraph(xml: string, p: Node): { para: LocatedParagraph; boxes: { box: Node; run?: LocatedRun }[] } {
  const pPr = childNamed(p, 'w:pPr');
  const para: LocatedParagraph = { element: p, text: '', runs: [], contentStart: pPr ? pPr.end : p.openEnd };
  const boxes: { box: Node; run?: LocatedRun }[] = [];
  const readRuns = (nodes: Node[]) => {
    for (const n of nodes) {
      const t = n.name;
      if (t === 'w:r') {
        const run: LocatedRun = { element: n, start: para.text.length, end: para.text.length, pieces: [] };
        const rPr = childNamed(n, 'w:rPr');
        if (rPr) run.rPr = rPr;
        for (const c of n.children) {
          if (c === rPr) continue;
          const at = para.text.length;
          const ct = c.name;
          let add = '';
          let kind: RunPiece['kind'] = 'other';
          if (ct === 'w:t') {
            add = textContent(xml, c);
            kind = 'text';
          } else if (ct === 'w:tab' || ct === 'w:ptab') {
            add = '\t';
            kind = 'char';
          } else if (ct === 'w:br' || ct === 'w:cr') {
            add = attrOf(xml, c, 'w:type') === 'page' ? '' : '\t';
            kind = 'char';
          } else if (ct === 'w:noBreakHyphen') {
            add = '-';
            kind = 'char';
          } else if (SHAPES.has(ct)) {
            for (const box of shapeBoxes(c)) boxes.push({ box, run });
          }
          para.text += add;
          run.pieces.push({ element: c, start: at, end: para.text.length, kind, ...(kind === 'text' ? { text: add } : {}) });
        }
        run.end = para.text.length;
        para.runs.push(run);
      } else if (TEXT_CONTAINERS.has(t)) readRuns(n.children);
      else if (t === 'w:sdt') readRuns(childNamed(n, 'w:sdtContent')?.children ?? []);
      else if (t === 'mc:AlternateContent' || t === 'w:pict' || t === 'w:drawing') for (const box of shapeBoxes(n)) boxes.push({ box });
    }
  };
  readRuns(p.children);
  return { para, boxes };
}
