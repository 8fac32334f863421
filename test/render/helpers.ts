// Render a plan through the library (no CLI) and read the .docx back as XML for assertions.
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { loadPlanFile, loadPlanText } from '../../src/plan/index.js';
import { prepareDocument, toDocx, toMarkdown } from '../../src/render/index.js';
import type { ProfileId } from '../../src/plan/model.js';

export const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['w:p', 'w:r', 'w:tbl', 'w:tr', 'w:tc', 'w:t', 'w:br', 'w:fldSimple', 'w:instrText'].includes(name),
});

export interface Para {
  text: string;
  pPr: any;
  runs: { text: string; rPr: any }[];
  inTable: boolean;
}

/** Every w:p in document order (tables included), with its text and run properties. */
export function paragraphs(node: any, inTable = false, out: Para[] = []): Para[] {
  if (Array.isArray(node)) {
    for (const n of node) paragraphs(n, inTable, out);
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'w:p') {
      for (const p of value as any[]) {
        const runs = ((p['w:r'] ?? []) as any[]).map((r) => ({
          // A line break inside a paragraph (a long title or organ name broken by dvk) reads as a space.
          text: (r['w:br'] ? ' ' : '') + ((r['w:t'] ?? []) as any[]).map((t) => (typeof t === 'string' ? t : (t['#text'] ?? ''))).join(''),
          rPr: r['w:rPr'] ?? {},
        }));
        out.push({ text: runs.map((r) => r.text).join(''), pPr: p['w:pPr'] ?? {}, runs, inTable });
      }
    } else if (key === 'w:tbl') {
      paragraphs(value, true, out);
    } else if (typeof value === 'object') {
      paragraphs(value, inTable, out);
    }
  }
  return out;
}

export interface Rendered {
  bytes: Uint8Array;
  zip: JSZip;
  documentXml: string;
  document: any;
  paras: Para[];
  markdown: string;
  /** The profile the document was rendered with. */
  profileId: ProfileId;
  read(name: string): Promise<string>;
}

async function finish(loaded: Awaited<ReturnType<typeof loadPlanFile>>, file: string, profile?: ProfileId): Promise<Rendered> {
  if (!loaded.plan) throw new Error(`invalid plan ${file}: ${loaded.report.findings.map((f) => f.message).join('; ')}`);
  const prepared = await prepareDocument(loaded.plan, file, 'vi', profile ? { profile } : {});
  const bytes = await toDocx(prepared.doc);
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const document = parser.parse(documentXml);
  return {
    bytes, zip, documentXml, document,
    paras: paragraphs(document['w:document']['w:body']),
    markdown: toMarkdown(prepared.doc),
    profileId: prepared.doc.profile.id,
    read: (name) => zip.file(name)!.async('string'),
  };
}

export async function renderFile(file: string, profile?: ProfileId): Promise<Rendered> {
  return finish(await loadPlanFile(file, 'vi'), file, profile);
}

export async function renderText(yaml: string, file = 'test/fixtures/virtual-plan.yaml'): Promise<Rendered> {
  return finish(loadPlanText(yaml, file, 'vi'), file);
}

export const find = (paras: Para[], pattern: string | RegExp): Para => {
  const p = paras.find((x) => (typeof pattern === 'string' ? x.text === pattern : pattern.test(x.text)));
  if (!p) throw new Error(`no paragraph ${String(pattern)} among:\n${paras.map((x) => x.text).filter(Boolean).join('\n')}`);
  return p;
};

/** The w:rPr values that matter, of the first run with text. */
export function runStyle(p: Para): { size: number; bold: boolean; italic: boolean; underline: boolean; fonts: any } {
  const r = p.runs.find((x) => x.text.trim())!.rPr;
  return {
    size: Number(r['w:sz']?.['w:val']),
    bold: r['w:b'] !== undefined && r['w:b']?.['w:val'] !== 'false' && r['w:b']?.['w:val'] !== '0',
    italic: r['w:i'] !== undefined && r['w:i']?.['w:val'] !== 'false' && r['w:i']?.['w:val'] !== '0',
    underline: r['w:u'] !== undefined && r['w:u']?.['w:val'] !== 'none',
    fonts: r['w:rFonts'],
  };
}

/** Paragraph texts of word/document.xml, in document order (table cells included). */
export function docxText(xml: string): string[] {
  // A line break inside a paragraph (a long title broken by dvk) reads as a space.
  return xml.split(/<w:p[ >]/).slice(1).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? ' ').join(''))
    .map((t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}
