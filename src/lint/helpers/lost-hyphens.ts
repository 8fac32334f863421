// A PDF extraction (123docz-type previews) can drop every hyphen glyph of a text: the cited symbols
// come out glued ("61/2018/NĐCP", "2468/QĐUBND", "01/2018/TTVPCP"), the Tiêu ngữ as "Độc lập  Tự do
// Hạnh phúc", ranges as "20112020" (unseen 08). That is the copy's damage, not the drafter's: the
// rules that judge a hyphen stay silent and text-damaged says it once. Decided from the symbols a
// text cites, which a drafter never glues all at once.
import { memoByText } from './memo.js';

/** A type code glued to the organ's code in a cited symbol: "NĐCP", "QĐUBND", "TTVPCP", "NQCP". */
const GLUED_SYMBOL = /(?<![\p{L}\p{N}])\d{1,5}[a-z]?\/(?:\d{4}\/)?(?:NĐ|QĐ|NQ|TT|TTLT|CT|KH|TB|HD|CV|BC|TTr)(?:CP|UBND|HĐND|TTg|VPCP|BNV|BTC|BGDĐT|BLĐTBXH|QH\d*|TW|TU|BCT)(?![\p{L}\p{N}])/gu;

/** The glued symbols of a text whose hyphens were lost (two at least), or none. */
export const lostHyphens: (text: string) => readonly string[] = memoByText((text: string): string[] => {
  const found = [...text.matchAll(GLUED_SYMBOL)].map((m) => m[0]);
  return found.length >= 2 ? found : [];
});
