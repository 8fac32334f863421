// The body of a quyết định (registry body 'articles'): who decides (tham_quyen), the căn cứ
// lines, the enacting line, then Điều 1., Điều 2. … State (NĐ 30, Phụ lục III, mẫu 1.4): the
// authority in capitals, the căn cứ, "QUYẾT ĐỊNH:". Party (HD 36): "- Căn cứ …;" lines, the
// collective in capitals, "QUYẾT ĐỊNH". dvk prints "Điều N." itself, so an article becomes one
// entry of noi_dung (its first paragraph; further paragraphs make it an item).
import { partNames, readerMessages as rm } from '../messages.js';
import * as P from '../patterns.js';
import { join, slice, stripEnd, trim } from '../val.js';
import { Leaf, leaf, type Para, type ReaderContext, type Tree } from './context.js';

export function readArticles(ctx: ReaderContext, paras: Para[], data: Record<string, Tree>, text: (p: Para) => Leaf, anchor: number): void {
  const plain = (p: Para) => p.v.text.replace(/\*\*/g, '').trim();
  const enacting = paras.findIndex((p) => P.ENACTING.test(plain(p)));
  const firstArticle = paras.findIndex((p) => P.ARTICLE.test(plain(p)));
  // A text cut off before "QUYẾT ĐỊNH:" (a web page's first 2,000 characters) still has its
  // authority and căn cứ: the leading lines that read as them are the preamble.
  const preambleEnd = enacting !== -1 ? enacting : firstArticle !== -1 ? firstArticle : leadingBasis(paras.map(plain));
  const preamble = paras.slice(0, preambleEnd);
  if (enacting !== -1) ctx.component('tieu_de_phan', paras[enacting]!.line);
  else if (firstArticle !== -1) ctx.notFound(partNames.enacting, paras[firstArticle]!.line.start);

  // Who decides: a line in capitals before the căn cứ (State) or right after them (Party).
  const isAuthority = (p: Para) => P.isUpper(plain(p)) && !P.BASIS_START.test(plain(p));
  let authority: Para | undefined;
  if (preamble[0] && isAuthority(preamble[0])) {
    authority = preamble.shift();
    // Wrapped by a narrow cell: "ỦY BAN NHÂN DÂN TỈNH" / "BÌNH THUẬN".
    while (preamble[0] && isAuthority(preamble[0]) && plain(preamble[0]).length <= 40) {
      const more = preamble.shift()!;
      authority = { v: join([authority!.v, more.v], ' '), line: authority!.line, lines: [...authority!.lines, ...more.lines] };
    }
  }
  else if (preamble.at(-1) && isAuthority(preamble.at(-1)!)) authority = preamble.pop();
  if (authority) {
    data.tham_quyen = leaf(authority.v);
    ctx.component('tieu_de_phan', authority.line);
  } else {
    ctx.notFound(partNames.authority, paras[0]?.line.start ?? anchor, ['tham_quyen']);
    data.tham_quyen = ctx.placeholder(partNames.authority, paras[0]?.line.start ?? anchor);
  }

  // Căn cứ: dvk prints the Party "- " and each line's final mark itself, so they are taken off.
  if (preamble.length) {
    data.can_cu = preamble.map((p) => {
      const v = trim(stripEnd(p.v.text.startsWith('- ') ? slice(p.v, 2) : p.v, /[;.,]+$/u));
      return text({ ...p, v });
    });
    for (const p of preamble) ctx.component('can_cu', ...p.lines);
  }

  // The articles.
  const articles: Tree[] = [];
  let current: { first: Tree; rest: Tree[]; at: [number, number] } | undefined;
  let previous = 0;
  const close = () => {
    if (!current) return;
    if (current.rest.length === 0) articles.push(current.first);
    else {
      const item: Record<string, Tree> = { noi_dung: [current.first, ...current.rest] };
      ctx.positions.set(item, current.at);
      articles.push(item);
    }
  };
  for (const p of paras.slice(Math.max(enacting + 1, firstArticle === -1 ? paras.length : firstArticle))) {
    const m = P.ARTICLE.exec(plain(p));
    if (m) {
      close();
      const n = Number(m[1]);
      if (n !== previous + 1) ctx.note('arabic-sequence', 'error', rm.sequenceGap, slice(p.v, 0, p.v.text.indexOf(m[1]!) + m[1]!.length), { written: `Điều ${n}`, previous: previous ? `Điều ${previous}` : '—', expected: `Điều ${previous + 1}` });
      previous = n;
      const label = /^\*\*Điều\s+\d+\s*[.:]\*\*\s*/u.exec(p.v.text)?.[0] ?? /^Điều\s+\d+\s*[.:]\s*/u.exec(p.v.text)?.[0] ?? '';
      current = { first: text({ ...p, v: trim(slice(p.v, label.length)) }), rest: [], at: [p.line.start, p.line.start + p.line.text.length] };
    } else if (current) {
      current.rest.push(text(p));
    } else {
      articles.push(text(p));
    }
  }
  close();
  if (articles.length) data.noi_dung = articles;
}

/** How many leading paragraphs are an authority line and căn cứ (0 when no căn cứ leads). */
function leadingBasis(texts: string[]): number {
  let i = texts[0] !== undefined && P.isUpper(texts[0]) && !P.BASIS_START.test(texts[0]) ? 1 : 0;
  const first = i;
  while (i < texts.length && P.AUTHORITY_FOLLOWER.test(texts[i]!)) i++;
  return i > first ? i : 0;
}
