// Legal sources cited by rule metadata, written once.
import type { LegalBasis } from '../../report/finding.js';

export const nd30 = (where: string): LegalBasis => ({ source: 'NĐ 30/2020/NĐ-CP', where });
export const hd36 = (where: string): LegalBasis => ({ source: 'HD 36-HD/VPTW', where });
export const tcvn6909 = (where: string): LegalBasis => ({ source: 'TCVN 6909:2001; QĐ 72/2002/QĐ-TTg', where });
