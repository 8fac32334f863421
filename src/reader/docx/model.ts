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
}

export interface DocxParagraph {
  text: string;
  styleId?: string;
  align?: string;
  /** First-line indent in cm (negative for a hanging indent). */
  firstLineCm?: number;
  leftCm?: number;
  beforePt?: number;
  afterPt?: number;
  /** Line spacing: multiple of a single line ('auto') or points ('exact' / 'atLeast'). */
  line?: { rule: 'auto' | 'exact' | 'atLeast'; value: number };
  borderBottom: boolean;
  borderTop: boolean;
  /** The paragraph holds a drawing or VML shape (often a drawn rule line). */
  hasShape: boolean;
  runs: DocxRun[];
  /** Position in a layout table, when the paragraph sits in one. */
  table?: { index: number; row: number; cell: number };
}

export interface DocxSection {
  pageWidthMm?: number;
  pageHeightMm?: number;
  orientation?: string;
  margins: { top?: number; bottom?: number; left?: number; right?: number };
  /** w:titlePg: a different first-page header/footer. */
  titlePage: boolean;
  headers: { type: string; part: string; hasPageField: boolean; text: string }[];
  footers: { type: string; part: string; hasPageField: boolean; text: string }[];
}

export interface DocxFacts {
  section: DocxSection;
  /** Theme font references found anywhere (styles.xml, document.xml): "minorHAnsi" → where. */
  themeFontRefs: { theme: string; where: string }[];
  /** Theme fonts as the theme part defines them. */
  themeFonts: { major?: string; minor?: string };
}
