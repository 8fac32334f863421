// Text widths in Times New Roman, from the Liberation Serif 2 metrics (same advance widths), so
// the header table and the rule lines can be sized to the text instead of guessed.
import { UNITS_PER_EM, WIDTHS } from './text-widths.js';

/** Twips (1/20 pt) per millimetre. */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

/** Width of one line of text in twips. Unknown characters count as a wide letter ("M"). */
export function textWidth(text: string, sizePt: number, style: { bold?: boolean; italic?: boolean } = {}): number {
  const face = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
  const table = WIDTHS[face];
  let units = 0;
  for (const ch of text.normalize('NFC')) units += table[ch] ?? table.M ?? UNITS_PER_EM;
  return Math.ceil((units / UNITS_PER_EM) * sizePt * 20);
}
