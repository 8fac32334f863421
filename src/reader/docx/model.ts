// Layout facts read from a .docx, already resolved through styles.xml (docDefaults, then the
// paragraph style chain, then the run style chain, then direct formatting), in the units the
// profiles use where that is simple (points, millimetres, centimetres).

export interface RunFonts {
  ascii?: string;
  hAnsi?: string;
  eastAsia?: string;
  cs?: string;
  /** Theme references (w:asciiTheme…) in effect for this run: "minorHAnsi" etc. */
  themes: string[];
}

export interface DocxRun {
  text: string;
  /** Character range [start, end) of this run inside the paragraph text. */
  start: number;
  end: number;
  fonts: RunFonts;
  /** Points, or undefined when nothing sets it (Word's built-in 10 pt). */
  sizePt?: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  caps: boolean;
  /**
   * Where each property was set: 'defaults' (w:docDefaults), 'style:ID' (a paragraph or character
   * style), 'direct' (the run's own w:rPr); per font slot. `mixed`: runs read as one (same look)
   * that take it from different places. The .docx layout checks tell --fix-layout what to change.
   */
  from?: { fonts: Partial<Record<'ascii' | 'hAnsi' | 'eastAsia' | 'cs', string>>; size?: string; bold?: string; italic?: string; mixed?: true };
}

export interface DocxParagraph {
  text: string;
  styleId?: string;
  align?: string;
  /** First-line indent in cm (negative for a hanging indent). */
  firstLineCm?: number;
  leftCm?: number;
  rightCm?: number;
  beforePt?: number;
  afterPt?: number;
  /** Line spacing: multiple of a single line ('auto') or points ('exact' / 'atLeast'). */
  line?: { rule: 'auto' | 'exact' | 'atLeast'; value: number };
  borderBottom: boolean;
  borderTop: boolean;
  /** The paragraph holds a drawing or VML shape (often a drawn rule line); a text box is not one. */
  hasShape: boolean;
  /** Widths of the drawn shapes, in mm, where the file gives them (DrawingML extent, VML line). */
  shapeWidthsMm?: number[];
  /** The paragraph sits in a text box (w:txbxContent), read right after the paragraph anchoring it. */
  inTextBox?: boolean;
  runs: DocxRun[];
  /** Position in a layout table, when the paragraph sits in one; the cell's text width in mm when the file gives it. */
  table?: { index: number; row: number; cell: number; innerMm?: number };
}

export interface DocxSection {
  pageWidthMm?: number;
  pageHeightMm?: number;
  orientation?: string;
  margins: { top?: number; bottom?: number; left?: number; right?: number };
  /** w:titlePg: a different first-page header/footer. */
  titlePage: boolean;
  headers: HeaderFooter[];
  footers: HeaderFooter[];
}

/** A header or footer part: read apart from the body (never numbered as body paragraphs). */
export interface HeaderFooter {
  type: string;
  part: string;
  hasPageField: boolean;
  text: string;
}

/** One section of the document (w:sectPr in a paragraph ends a section; the body's ends the last). */
export interface DocxSectionAt {
  section: DocxSection;
  /** Index (0-based) of the section's first paragraph in the body paragraphs. */
  firstParagraph: number;
}

export interface DocxFacts {
  /** The section of page 1 (its header decides the first page's number). */
  section: DocxSection;
  /** Every section in order; one for most documents. */
  sections: DocxSectionAt[];
  /** Theme font references found anywhere (styles.xml, document.xml): "minorHAnsi" → where. */
  themeFontRefs: { theme: string; where: string }[];
  /** Theme fonts as the theme part defines them. */
  themeFonts: { major?: string; minor?: string };
}
