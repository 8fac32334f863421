// Legal sources cited by rule metadata, written once.
import type { LegalBasis } from '../../report/finding.js';

export const nd30 = (where: string): LegalBasis => ({ source: 'NĐ 30/2020/NĐ-CP', where });
/** The text in force for State documents from 2011 until NĐ 30 (05/3/2020): a basis keyed by its name is cited on those (src/profile/basis.ts). */
export const tt01 = (where: string): LegalBasis => ({ source: 'TT 01/2011/TT-BNV', where });
/** The Party guide before HD 36 (28/5/2004): a basis keyed by its name is cited on Party documents of 2004–2018. */
export const hd11 = (where: string): LegalBasis => ({ source: 'HD 11-HD/VPTW', where });
export const hd36 = (where: string): LegalBasis => ({ source: 'HD 36-HD/VPTW', where });
export const tcvn6909 = (where: string): LegalBasis => ({ source: 'TCVN 6909:2001; QĐ 72/2002/QĐ-TTg', where });
