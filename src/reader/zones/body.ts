// The body zone: paragraphs between the title block and the footer, the căn cứ and opening
// lines, the numbered structure (structure.ts) and, for a kế hoạch, its named parts; then the
// appendices after the signature. What a type needs (named parts or not) comes from the
// document-type registry.
import type { DocType, System } from '../../plan/model.js';
import { partNames, unsure } from '../messages.js';
import * as P from '../patterns.js';
import { lineVal } from '../source.js';
import { join, trim } from '../val.js';
import { derived, Leaf, leaf, type Para, type ReaderContext, type Tree } from './context.js';
import { withEmphasis } from '../emphasis.js';
import { docTypeOf } from '../../plan/doc-types.js';
import { appendAll } from '../../shared/append.js';
import { readArticles } from './articles.js';
import { basis } from './basis.js';
import { checkTerminator, lastTextPara } from './closing.js';
import { structure } from './structure.js';

const PART_KEYS = [
  [/mục\s+đích|yêu\s+cầu/iu, 'muc_dich_yeu_cau'],
  [/tổ\s+chức\s+thực\s+hiện|phân\s+công/iu, 'to_chuc_thuc_hien'],
  [/thời\s+gian|tiến\s+độ/iu, 'thoi_gian_thuc_hien'],
  [/kinh\s+phí/iu, 'kinh_phi'],
] as const;

/** Non-blank lines from..to as paragraphs; a paragraph broken mid-sentence (page break) is joined. */
export function paragraphs(ctx: ReaderContext, from: number, to: number): Para[] {
  const out: Para[] = [];
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i]!;
    const v = trim(lineVal(line));
    if (v.text === '' || P.RULE_LINE.test(v.text)) continue;
    const prev = out.at(-1);
    const startsLower = /^\p{Ll}/u.test(v.text) && !P.LETTER_ITEM.test(v.text);
    const prevOpen = prev && !/[.;:!?…”"')\]]$/u.test(prev.v.text) && !P.ROMAN_HEADING.test(prev.v.text);
    const hyphenBreak = prev && /\d-$/u.test(prev.v.text) && /^\p{Lu}{2,}\//u.test(v.text);
    // Inside a bracket left open by the line before ("(Ban hành kèm theo Quyết định số 59/QĐ-UBND" /
    // "Ngày 22 tháng 7 năm 2021 …)"): the line goes on with it, whatever its first letter.
    const inBracket = prev && prevOpen && prev.v.text.length < 300 && unclosedBracket(prev.v.text) && !P.isBodyStructure(v.text);
    // A web page's table or a hard wrap puts a citation's number on the next line ("Căn cứ
    // Nghị định số" / "34/2016/NĐ-CP ngày …"): the line goes on after "số".
    const numberBreak = prev && /(?:^|\s)số$/u.test(prev.v.text) && /^\d/u.test(v.text) && !P.isBodyStructure(v.text);
    // A line that ends on a word no sentence ends with ("… của" / "Luật Tổ chức Chính phủ …",
    // "… về" / "Ban hành khung …"): the next line goes on with it, whatever its first letter.
    const dangling = prev && DANGLING_END.test(prev.v.text) && !P.isBodyStructure(v.text);
    // An article's label alone on its line ("Điều 1." / "Ban hành kèm theo …"): its text is the next line.
    const labelAlone = prev && /^(?:\*\*)?Điều\s+\d{1,3}\s*[.:](?:\*\*)?$/u.test(prev.v.text) && !P.isBodyStructure(v.text) && !P.ARTICLE.test(v.text);
    // A name joined by a spaced hyphen and wrapped at it ("Sở Lao động" / "- Thương binh và Xã hội
    // tại …", "kinh tế" / "- xã hội"): the "- " opens no list item.
    const nameWrap = prev && prevOpen && P.HYPHEN_NAME_HEAD.test(prev.v.text) && P.HYPHEN_NAME_TAIL.test(v.text);
    if (prev && (nameWrap || ((labelAlone || (prevOpen && (startsLower || hyphenBreak || inBracket || numberBreak || dangling))) && !P.BULLET.test(v.text)))) {
      const joined = join([prev.v, v], hyphenBreak ? '' : ' ');
      const merged = hyphenBreak ? { text: joined.text, offsets: joined.offsets } : joined;
      out[out.length - 1] = { v: merged, line: prev.line, lines: [...prev.lines, line] };
      ctx.joinedAt.set(out.length - 1, line.no);
      continue;
    }
    out.push({ v, line, lines: [line] });
  }
  return out;
}

/** A function word at a line's end: the sentence cannot stop there. */
const DANGLING_END = /(?:^|\s)(?:của|về|và|các|những|cho|với|theo|tại|trong|là|được|để|nhằm|từ|đến|hoặc|bằng)$/u;

/** More "(" than ")" in the text: a bracket is still open. */
function unclosedBracket(text: string): boolean {
  let depth = 0;
  for (const ch of text) depth += ch === '(' ? 1 : ch === ')' ? (depth > 0 ? -1 : 0) : 0;
  return depth > 0;
}

export function buildBody(ctx: ReaderContext, paras: Para[], type: DocType, data: Record<string, Tree>, footerStart: number, system: System) {
  const joined = new Map<Para, number>();
  for (const [index, lineNo] of ctx.joinedAt) if (paras[index]) joined.set(paras[index]!, lineNo);
  const text = (p: Para): Leaf => {
    const l = leaf(withEmphasis(p.v, ctx.source));
    const at = joined.get(p);
    if (at !== undefined) ctx.unsure(l, unsure.joinedBroken, { line: at });
    if (ctx.removedTerminator?.para === p) ctx.unsure(l, unsure.terminatorRemoved, { mark: ctx.removedTerminator.mark });
    ctx.component('noi_dung', ...p.lines);
    return l;
  };
  const bodyAnchor = paras[0]?.line.start ?? ctx.lines[Math.max(0, footerStart - 1)]?.start ?? 0;

  // The closing sentence ("Trên đây là …") and the terminator.
  let closingIndex = -1;
  for (let i = paras.length - 1; i >= Math.max(0, paras.length - 2); i--) if (P.CLOSING.test(paras[i]!.v.text)) { closingIndex = i; break; }
  const last = closingIndex !== -1 ? paras[closingIndex] : lastTextPara(paras);
  if (last) checkTerminator(ctx, last, paras, closingIndex, data);
  let closing: Para | undefined;
  if (closingIndex !== -1) {
    closing = paras[closingIndex]!;
    paras = paras.filter((_, i) => i !== closingIndex);
  }

  const entry = docTypeOf(type);
  if (entry.body === 'articles') {
    readArticles(ctx, paras, data, text, bodyAnchor);
    requiredParts(ctx, entry.required, data, bodyAnchor);
    if (closing) data.cau_ket = text(closing);
    return;
  }

  const hasRoman = paras.some((p) => P.ROMAN_HEADING.test(p.v.text));
  const isHeading = (p: Para) => (hasRoman ? P.ROMAN_HEADING.test(p.v.text) : P.ARABIC_ITEM.test(p.v.text) || P.DECIMAL_ITEM.test(p.v.text));
  let firstHeading = paras.findIndex(isHeading);
  if (firstHeading === -1) firstHeading = entry.body === 'parts' ? paras.length : 0;
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
      data.can_cu = opening.slice(0, n).map((p) => basis(ctx, p, system, type, restText, text));
      data.mo_dau = rest.map(text);
    } else {
      data.mo_dau = opening.map(text);
    }
    for (const p of opening) ctx.component('can_cu', ...p.lines);
  }

  // Numbered structure.
  const parts = structure(ctx, rest, hasRoman, text);
  const decimal = rest.some((p) => P.DECIMAL_ITEM.test(p.v.text));
  if (entry.body === 'parts' && hasRoman) {
    const byKey = new Map<string, Record<string, Tree>>();
    const order: string[] = [];
    for (const part of parts.sections) {
      const title = part.title!;
      const match = PART_KEYS.find(([re]) => re.test(title.value as string));
      let key: string = match ? match[1] : 'noi_dung';
      if (byKey.has(key) && key !== 'noi_dung' && !byKey.has('noi_dung')) key = 'noi_dung';
      const existing = byKey.get(key);
      if (existing) {
        const merged = { tieu_de: title, noi_dung: part.blocks.length ? part.blocks : [ctx.placeholder(partNames.body, title.start)] };
        ctx.unsure(merged, unsure.partRepeated, { title: String(title.value) });
        (existing.noi_dung as Tree[]).push(merged);
        continue;
      }
      const value: Record<string, Tree> = { tieu_de: title, noi_dung: part.blocks.length ? part.blocks : [ctx.placeholder(partNames.body, title.start)] };
      ctx.positions.set(value, [title.start, title.end]);
      byKey.set(key, value);
      order.push(key);
      if (!match) ctx.unsure(title, unsure.partKey, { title: String(title.value), key });
    }
    if (parts.loose.length) {
      const target = byKey.get('noi_dung');
      if (target) {
        // In place (the array may be keyed in the position maps); no spread of a long list.
        const blocks = target.noi_dung as Tree[];
        const after = blocks.splice(0);
        appendAll(appendAll(blocks, parts.loose), after);
      }
    }
    for (const key of order) data[key] = byKey.get(key)!;
  } else {
    const blocks = blocksOf(ctx, parts);
    if (blocks.length) data.noi_dung = blocks;
    if (!hasRoman && decimal) data.danh_so = derived('thap_phan', rest[0]!.line);
    else if (!hasRoman && rest.some((p) => P.ARABIC_ITEM.test(p.v.text))) data.danh_so = derived('so', rest[0]!.line);
  }
  requiredParts(ctx, entry.required, data, bodyAnchor);
  if (closing) data.cau_ket = text(closing);
}

/** The parts the type requires (document-type registry) that the body did not have: reported, and a placeholder. */
function requiredParts(ctx: ReaderContext, required: readonly string[], data: Record<string, Tree>, anchor: number): void {
  const names: Record<string, (typeof partNames)[keyof typeof partNames]> = {
    muc_dich_yeu_cau: partNames.purposes,
    noi_dung: partNames.body,
    to_chuc_thuc_hien: partNames.organisation,
    tham_quyen: partNames.authority,
  };
  for (const key of required) {
    if (data[key]) continue;
    const name = names[key] ?? partNames.body;
    ctx.notFound(name, anchor, [key]);
    data[key] = key === 'tham_quyen' ? ctx.placeholder(name, anchor) : [ctx.placeholder(name, anchor)];
  }
}

/** Numbered parts and items as one list of blocks (Roman parts become items with a title). */
export function blocksOf(ctx: ReaderContext, parts: { sections: { title?: Leaf; blocks: Tree[] }[]; loose: Tree[] }): Tree[] {
  const blocks: Tree[] = [...parts.loose];
  for (const part of parts.sections) {
    const item: Record<string, Tree> = { tieu_de: part.title! };
    if (part.blocks.length) item.noi_dung = part.blocks;
    ctx.positions.set(item, [part.title!.start, part.title!.end]);
    blocks.push(item);
  }
  return blocks;
}

/**
 * "Phụ lục [I|1]" then its title, an optional "(Kèm theo …)" line (dvk prints it itself) and
 * the appendix body, up to the next "Phụ lục".
 */
export function readAppendices(ctx: ReaderContext, from: number): Tree[] {
  const out: Tree[] = [];
  const lines = ctx.lines;
  let i = from;
  while (i < lines.length) {
    const label = lines[i]!;
    ctx.component('phu_luc_nhan', label);
    let next = lines.findIndex((l, k) => k > i && P.APPENDIX.test(l.text.replace(/\*\*/g, '').trim()));
    if (next === -1) next = lines.length;
    let k = i + 1;
    while (k < next && lines[k]!.text.trim() === '') k++;
    const entry: Record<string, Tree> = {};
    if (k < next) {
      entry.tieu_de = leaf(trim(lineVal(lines[k]!)));
      ctx.component('phu_luc_tieu_de', lines[k]!);
      k++;
    } else {
      entry.tieu_de = ctx.placeholder(partNames.subject, label.start);
    }
    while (k < next && (lines[k]!.text.trim() === '' || /^\(\s*Kèm theo\b/iu.test(lines[k]!.text.trim()))) k++;
    const paras = paragraphs(ctx, k, next);
    const hasRoman = paras.some((p) => P.ROMAN_HEADING.test(p.v.text));
    const blocks = blocksOf(ctx, structure(ctx, paras, hasRoman, (p) => {
      ctx.component('noi_dung', ...p.lines);
      return leaf(p.v);
    }));
    if (blocks.length) entry.noi_dung = blocks;
    ctx.positions.set(entry, [label.start, label.start + label.text.length]);
    out.push(entry);
    i = next;
  }
  return out;
}
