// The closing zone: the final mark of the body (“./.” under NĐ 30, “.” in Party documents) —
// taken off the last paragraph so it is not printed twice, and checked against the profile given.
import type { Localized } from '../../i18n/index.js';
import type { Profile } from '../../profile/index.js';
import { readerMessages as rm } from '../messages.js';
import * as P from '../patterns.js';
import { endOf, slice, startOf } from '../val.js';
import { type Para, type ReaderContext, type Tree } from './context.js';
import type { Footer } from './recipients.js';

/**
 * The paragraph the terminator belongs to: the last one, passing over a note in brackets under
 * the text ("(Đính kèm Công văn số …)", "(Kèm theo …)"), which follows the final mark.
 */
export function lastTextPara(paras: Para[]): Para | undefined {
  let i = paras.length - 1;
  while (i > 0 && /^\(.*\)\.?$/u.test(paras[i]!.v.text.trim())) i--;
  return paras[i];
}

export function checkTerminator(ctx: ReaderContext, last: Para, paras: Para[], closingIndex: number, _data: Record<string, Tree>) {
  // The renderer prints the terminator ("./." for State, "." for Party); a typed "./." is taken
  // off so it is not printed twice, and remembered for the comment.
  const m = /\s*\.?\/\.$/u.exec(last.v.text);
  if (!m) return;
  const kept = slice(last.v, 0, m.index + (m[0].trimStart().startsWith('.') ? 1 : 0));
  const index = paras.indexOf(last);
  paras[index] = { ...last, v: kept };
  ctx.removedTerminator = { mark: m[0].trim(), para: paras[index]!, at: [startOf(slice(last.v, m.index)), endOf(last.v)] };
  void closingIndex;
}

/**
 * A text that stops mid-way: no "Nơi nhận:", no signature, and the last paragraph ends with no
 * mark at all ("… phát triển. Ngu"): a web page or a copy that kept only the first part. It is
 * said once, where the text stops: at the end of the file, past its last character, because
 * the finding is about the document (its missing end), not about the last line, which may be
 * right as far as it goes. The parts that would have followed are not reported missing
 * (ReaderContext.notFound) and the final mark is not checked.
 */
export function cutOffAt(ctx: ReaderContext, paras: Para[], footer: Footer): void {
  if (footer.label || footer.signature.lines.length) return;
  const last = paras.at(-1);
  if (!last || !/[\p{L}\p{N}]$/u.test(last.v.text.trimEnd()) || P.CLOSING.test(last.v.text)) return;
  markCutOff(ctx, last.v.text, rm.cutOff);
}

/** Says once that the text stops, at the end of the file, quoting its last words; what follows is then not reported missing. */
export function markCutOff(ctx: ReaderContext, lastText: string, message: Localized): void {
  const text = lastText.trimEnd();
  const tail = text.length > 30 ? `…${text.slice(-30).replace(/^\S*\s/u, '')}` : text;
  const end = ctx.source.text.length;
  ctx.cutOff = [end, end];
  ctx.note('reader/cut-off', 'warning', message, ctx.cutOff, { tail });
}

/** Catalog rule 31 (body-terminator): State "./.", Party "." — checked on what was typed. */
export function terminatorCheck(ctx: ReaderContext, paras: Para[], profile: Profile) {
  if (ctx.cutOff) return;
  const expected = profile.dau_ket_thuc;
  const removed = ctx.removedTerminator;
  const last = paras.filter((p) => P.CLOSING.test(p.v.text)).at(-1) ?? lastTextPara(paras);
  if (!last) return;
  const written = removed ? removed.mark : (last.v.text.trimEnd().at(-1) ?? '');
  // Party practice writes both "." and "./." (HD 36 does not settle it): only State is checked.
  const ok = expected === './.' ? written === './.' : true;
  if (ok) return;
  const at: [number, number] = removed ? removed.at : [endOf(last.v) - 1, endOf(last.v)];
  // Quote the end of the sentence when it ends without any mark ("…một dòng").
  const shown = /\p{P}/u.test(written) ? written : `…${last.v.text.slice(-12)}`;
  ctx.note('body-terminator', 'info', rm.terminator, at, { expected, written: shown, profile: profile.can_cu.nguon });
}
