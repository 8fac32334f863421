// `--fix-layout` for fonts and sizes: the run formatting a docx-font or docx-component-style
// finding carries (`layoutFix.format`, decided in src/reader/layout/format-fix.ts) written into
// the reviewed copy. On runs it is a tracked formatting change (w:rPrChange by dvk with the date:
// Word lists it in the Review tab, where the drafter accepts or rejects each one, and LibreOffice
// shows it as an attribute change); in a style or w:docDefaults of styles.xml it is set directly
// (Word tracks no change to a style's definition) and listed after the report. A finding is fixed
// only when every change it carries can be made; otherwise it stays a comment and nothing of it is
// changed. Elements of w:rPr keep the schema's order (ECMA-376 Part 1, §17.3.2.28).
import type { Finding, FormatFix } from '../report/finding.js';
import type { LocatedParagraph, LocatedRun } from './locate.js';
import { applySplices, type Splice } from './markup.js';
import { attrOf, childNamed, escapeXml, parseXmlTree, type XmlElement } from './xml.js';
import { AUTHOR } from './comments.js';

type Setting = FormatFix['set'];

export interface FormatChange {
  kind: 'format';
  /** A style id, the document defaults, or the 1-based paragraphs whose runs changed (tracked). */
  where: { style: string } | { defaults: true } | { paragraphs: number[] };
  set: Setting;
  /** The values before, as the findings named them. */
  was: string[];
}

export interface FormatFixResult {
  documentXml: string;
  stylesXml?: string;
  changes: FormatChange[];
  fixed: Set<Finding>;
}

const ORDER = ['w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike', 'w:outline', 'w:shadow', 'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden', 'w:color', 'w:spacing', 'w:w', 'w:kern', 'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs', 'w:em', 'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath', 'w:rPrChange'];
const rank = (name: string): number => {
  const i = ORDER.indexOf(name);
  // Extension elements (w14:…) come after the schema's own, before the tracked change.
  return i === -1 ? ORDER.length - 1.5 : i;
};
const THEME_ATTRS = /\s+w:(asciiTheme|hAnsiTheme|eastAsiaTheme|cstheme|csTheme|ascii|hAnsi|eastAsia|cs)\s*=\s*("[^"]*"|'[^']*')/g;

/** The elements a setting writes, by name. */
function elementsFor(set: Setting, xml: string, rFonts: XmlElement | undefined): [string, string][] {
  const out: [string, string][] = [];
  if (set.font !== undefined) {
    const f = escapeXml(set.font);
    // Other attributes (w:hint) stay; the four slots are set and every theme reference goes.
    const rest = rFonts ? xml.slice(rFonts.start + '<w:rFonts'.length, rFonts.openEnd).replace(/\/?>$/, '').replace(THEME_ATTRS, '').trim() : '';
    out.push(['w:rFonts', `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"${rest ? ' ' + rest : ''}/>`]);
  }
  if (set.bold !== undefined) for (const n of ['w:b', 'w:bCs']) out.push([n, set.bold ? `<${n}/>` : `<${n} w:val="0"/>`]);
  if (set.italic !== undefined) for (const n of ['w:i', 'w:iCs']) out.push([n, set.italic ? `<${n}/>` : `<${n} w:val="0"/>`]);
  if (set.sizePt !== undefined) for (const n of ['w:sz', 'w:szCs']) out.push([n, `<${n} w:val="${Math.round(set.sizePt * 2)}"/>`]);
  return out;
}

/**
 * A w:rPr with `set` applied (its other children kept in place, new ones at the schema's place);
 * with `track`, the old properties go into a w:rPrChange (unless one is there: that earlier
 * revision already holds the state before it).
 */
export function rewriteRPr(xml: string, rPr: XmlElement | undefined, set: Setting, track?: { id: number; date: string }): string {
  const children = (rPr?.children ?? []).map((c) => ({ name: c.name, raw: xml.slice(c.start, c.end) }));
  const old = children.filter((c) => c.name !== 'w:rPrChange').map((c) => c.raw).join('');
  for (const [name, raw] of elementsFor(set, xml, rPr && childNamed(rPr, 'w:rFonts'))) {
    const at = children.findIndex((c) => c.name === name);
    if (at !== -1) children[at] = { name, raw };
    else {
      const before = children.findIndex((c) => rank(c.name) > rank(name));
      children.splice(before === -1 ? children.length : before, 0, { name, raw });
    }
  }
  if (track && !children.some((c) => c.name === 'w:rPrChange')) {
    children.push({ name: 'w:rPrChange', raw: `<w:rPrChange w:id="${track.id}" w:author="${AUTHOR}" w:date="${track.date}"><w:rPr>${old}</w:rPr></w:rPrChange>` });
  }
  return `<w:rPr>${children.map((c) => c.raw).join('')}</w:rPr>`;
}

const merge = (a: Setting | undefined, b: Setting): Setting | undefined => {
  if (!a) return { ...b };
  for (const k of Object.keys(b) as (keyof Setting)[]) if (a[k] !== undefined && a[k] !== b[k]) return undefined;
  return { ...a, ...b };
};

interface Plan {
  runs: Map<LocatedRun, { set: Setting; para: number; was: Set<string> }>;
  styles: Map<string, { set: Setting; was: Set<string> }>;
  defaults?: { set: Setting; was: Set<string> };
}

/** The runs with text inside [start, end) of a located paragraph. */
const runsIn = (p: LocatedParagraph, start: number, end: number): LocatedRun[] => p.runs.filter((r) => r.end > r.start && r.start >= start && r.end <= end);

function findStyle(stylesXml: string, root: XmlElement, id: string): XmlElement | undefined {
  const styles = childNamed(root, 'w:styles');
  return styles?.children.find((s) => s.name === 'w:style' && attrOf(stylesXml, s, 'w:styleId') === id);
}

/** Applies the format fixes of `findings` to document.xml (tracked) and styles.xml (direct). */
export function fixFormats(
  documentXml: string,
  stylesXml: string | undefined,
  findings: readonly Finding[],
  doc: {
    paragraphs: LocatedParagraph[];
    exact: (i: number) => boolean;
    newId: () => number;
    date: string;
    /** The package has footnotes or endnotes with text: they may take their size from a style the reader does not see them use, so no size is changed in a style. */
    notes?: boolean;
  },
): FormatFixResult {
  const stylesRoot = stylesXml !== undefined ? parseXmlTree(stylesXml) : undefined;
  const plan: Plan = { runs: new Map(), styles: new Map() };
  const fixed = new Set<Finding>();
  for (const finding of findings) {
    const fixes = finding.layoutFix?.format;
    if (!fixes?.length || (finding.ruleId !== 'docx-font' && finding.ruleId !== 'docx-component-style')) continue;
    // All of the finding's changes, or none: try them on a copy of the plan.
    const trial: Plan = { runs: new Map([...plan.runs].map(([k, v]) => [k, { ...v, was: new Set(v.was) }])), styles: new Map([...plan.styles].map(([k, v]) => [k, { ...v, was: new Set(v.was) }])), ...(plan.defaults ? { defaults: { ...plan.defaults, was: new Set(plan.defaults.was) } } : {}) };
    const ok = fixes.every((fix) => {
      if ('runs' in fix.at) {
        const { para, start, end } = fix.at.runs;
        const p = doc.paragraphs[para];
        if (!p || !doc.exact(para)) return false;
        const runs = runsIn(p, start, end);
        if (runs.length === 0 || runs.some((r) => r.start < start || r.end > end)) return false;
        return runs.every((r) => {
          const entry = trial.runs.get(r);
          const set = merge(entry?.set, fix.set);
          if (!set) return false;
          trial.runs.set(r, { set, para, was: new Set([...(entry?.was ?? []), ...(fix.was ? [fix.was] : [])]) });
          return true;
        });
      }
      if (!stylesXml || !stylesRoot || !childNamed(stylesRoot, 'w:styles')) return false;
      if (doc.notes && fix.set.sizePt !== undefined) return false;
      if ('style' in fix.at) {
        const style = findStyle(stylesXml, stylesRoot, fix.at.style);
        if (!style || style.end === style.openEnd && style.closeStart === style.openEnd) return false;
        const entry = trial.styles.get(fix.at.style);
        const set = merge(entry?.set, fix.set);
        if (!set) return false;
        trial.styles.set(fix.at.style, { set, was: new Set([...(entry?.was ?? []), ...(fix.was ? [fix.was] : [])]) });
        return true;
      }
      const set = merge(trial.defaults?.set, fix.set);
      if (!set) return false;
      trial.defaults = { set, was: new Set([...(trial.defaults?.was ?? []), ...(fix.was ? [fix.was] : [])]) };
      return true;
    });
    if (!ok) continue;
    plan.runs = trial.runs;
    plan.styles = trial.styles;
    if (trial.defaults) plan.defaults = trial.defaults;
    fixed.add(finding);
  }

  // document.xml: one tracked change per run.
  const splices: Splice[] = [];
  const byParagraphs = new Map<string, FormatChange>();
  for (const [run, { set, para, was }] of plan.runs) {
    const rewritten = rewriteRPr(documentXml, run.rPr, set, { id: doc.newId(), date: doc.date });
    splices.push(run.rPr ? { start: run.rPr.start, end: run.rPr.end, text: rewritten } : { start: run.element.openEnd, end: run.element.openEnd, text: rewritten });
    const key = JSON.stringify(set);
    const change = byParagraphs.get(key) ?? { kind: 'format' as const, where: { paragraphs: [] as number[] }, set, was: [] };
    const paras = (change.where as { paragraphs: number[] }).paragraphs;
    if (!paras.includes(para + 1)) paras.push(para + 1);
    for (const w of was) if (!change.was.includes(w)) change.was.push(w);
    byParagraphs.set(key, change);
  }
  const changes: FormatChange[] = [];
  let styles = stylesXml;
  if (stylesXml !== undefined && stylesRoot && (plan.styles.size || plan.defaults)) {
    const edits: Splice[] = [];
    for (const [id, { set, was }] of plan.styles) {
      const style = findStyle(stylesXml, stylesRoot, id)!;
      const rPr = childNamed(style, 'w:rPr');
      if (rPr) edits.push({ start: rPr.start, end: rPr.end, text: rewriteRPr(stylesXml, rPr, set) });
      else {
        // A style's w:rPr follows its w:pPr and comes before the table properties.
        const pPr = childNamed(style, 'w:pPr');
        const next = style.children.find((c) => ['w:tblPr', 'w:trPr', 'w:tcPr', 'w:tblStylePr'].includes(c.name));
        const at = pPr ? pPr.end : next ? next.start : style.closeStart;
        edits.push({ start: at, end: at, text: rewriteRPr(stylesXml, undefined, set) });
      }
      changes.push({ kind: 'format', where: { style: id }, set, was: [...was] });
    }
    if (plan.defaults) {
      const { set, was } = plan.defaults;
      const root = childNamed(stylesRoot, 'w:styles')!;
      const defaults = childNamed(root, 'w:docDefaults');
      const rPrDefault = childNamed(defaults, 'w:rPrDefault');
      const rPr = childNamed(rPrDefault, 'w:rPr');
      const inner = rewriteRPr(stylesXml, rPr, set);
      if (rPr) edits.push({ start: rPr.start, end: rPr.end, text: inner });
      else if (rPrDefault) edits.push({ start: rPrDefault.start, end: rPrDefault.end, text: `<w:rPrDefault>${inner}</w:rPrDefault>` });
      // w:rPrDefault comes first in w:docDefaults, which comes first in w:styles.
      else if (defaults) edits.push({ start: defaults.openEnd, end: defaults.openEnd, text: `<w:rPrDefault>${inner}</w:rPrDefault>` });
      else edits.push({ start: root.openEnd, end: root.openEnd, text: `<w:docDefaults><w:rPrDefault>${inner}</w:rPrDefault></w:docDefaults>` });
      changes.push({ kind: 'format', where: { defaults: true }, set, was: [...was] });
    }
    styles = applySplices(stylesXml, edits);
  }
  changes.push(...byParagraphs.values());
  return { documentXml: applySplices(documentXml, splices), ...(styles !== undefined ? { stylesXml: styles } : {}), changes, fixed };
}
