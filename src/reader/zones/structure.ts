// Numbered paragraphs → parts (I., II.) and nested items (1., 1.1., a)), with the sequence
// checks (a gap in I., II. or 1., 2.) and the task details of an item (chủ trì, phối hợp…).
import { readerMessages as rm, unsure } from '../messages.js';
import * as P from '../patterns.js';
import { endOf, slice, stripEnd, trim, type Val } from '../val.js';
import { Leaf, leaf, type Para, type ReaderContext, type Tree } from './context.js';

/** Turns numbered paragraphs into parts (Roman) and nested items. */
export function structure(ctx: ReaderContext, paras: Para[], hasRoman: boolean, text: (p: Para) => Leaf): { sections: { title?: Leaf; blocks: Tree[] }[]; loose: Tree[] } {
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
      ctx.note(kind === 'roman' ? 'roman-sequence' : kind === 'letter' ? 'diem-letter-sequence' : 'arabic-sequence', 'error', rm.sequenceGap, written, {
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
      ctx.component(letterItem ? 'tieu_de_tieu_muc' : 'tieu_de_muc', para.line);
      item.noi_dung = [];
    } else {
      item.noi_dung = [text({ ...para, v: titleOrText })];
    }
    ctx.positions.set(item, [para.line.start, endOf(para.v)]);
    parent.blocks.push(item);
    // The item's own blocks are its noi_dung (an empty one is dropped when materialising).
    const frame: Frame = { level, blocks: item.noi_dung as Tree[], item, numbers: new Map() };
    stack.push(frame);
    lastBullets = undefined;
  };

  for (const para of paras) {
    const t = para.v.text;
    // "Điều 2. …", "Chương II" in a text built of articles (a quy chế, a quy định read as
    // blocks): the numbered items of each article start again at 1 (NĐ 30, Phụ lục I, II.6: a
    // khoản is numbered within its Điều), so the count and the nesting restart here.
    if (P.ARTICLE.test(t) || P.CHAPTER.test(t)) {
      while (top().level >= 1) stack.pop();
      for (const kind of [...top().numbers.keys()]) if (kind !== 'roman') top().numbers.delete(kind);
      lastBullets = undefined;
      lastArabicLevel = 0;
      top().blocks.push(text(para));
      continue;
    }
    const roman = hasRoman ? P.ROMAN_HEADING.exec(t) : null;
    if (roman) {
      const numeral = slice(para.v, 0, roman[1]!.length);
      sequence(root, 'roman', P.romanToInt(roman[1]!), numeral, P.intToRoman);
      const title = leaf(trim(slice(para.v, roman[1]!.length + roman[2]!.length)));
      const section = { title, blocks: [] as Tree[] };
      sections.push(section);
      ctx.component('tieu_de_phan', para.line);
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
    if (taskDetail(ctx, top().item, bullet ? trim(slice(para.v, bullet[0].length)) : para.v, para)) {
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
 * "Chủ trì: …", "Đơn vị phối hợp: …", "Thời gian thực hiện: …", "Sản phẩm: …" in a numbered
 * item (a task) become its chu_tri, phoi_hop, thoi_gian, san_pham: dvk prints them back as
 * "Đơn vị chủ trì: ….", so a line in another wording is noted as "the original reads …".
 * Only on an item, once per field, and only for a short line that is nothing but the label
 * and a value; a sentence that merely mentions "chủ trì" stays text. Partners are kept as
 * one entry: splitting "Phòng A, B và C" at commas would guess where a unit's name ends.
 * "Thời hạn: …" stays text (thoi_han is a date; the wording of deadlines varies too much).
 */
export function taskDetail(ctx: ReaderContext, item: Record<string, Tree> | undefined, v: Val, para: Para): boolean {
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
  if (`${printed}${value.text}.` !== v.text.trim()) ctx.unsure(valueLeaf, unsure.formKept, { written: v.text.trim() });
  item[key] = key === 'phoi_hop' ? [valueLeaf] : valueLeaf;
  // The plan's key order (and the order dvk prints them in): chủ trì, phối hợp, thời gian, sản phẩm.
  for (const k of ['chu_tri', 'phoi_hop', 'thoi_gian', 'san_pham']) if (k in item) { const x = item[k]!; delete item[k]; item[k] = x; }
  ctx.component('noi_dung', ...para.lines);
  return true;
}
