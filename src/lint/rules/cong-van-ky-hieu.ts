// Why: a State công văn has no type abbreviation ("Số: 12/UBND-VX"); a Party công văn does
// ("Số 365-CV/ĐUK"). Clerks moving between the systems carry one habit into the other.
import { nd30, hd36 } from '../helpers/basis.js';
import { allowedTypeAbbreviations, parseSymbol } from '../helpers/number-symbol.js';
import { defineRule } from '../rule.js';

export const congVanKyHieu = defineRule({
  meta: {
    id: 'cong-van-ky-hieu',
    title: { vi: 'Ký hiệu công văn', en: 'Symbol of a công văn' },
    description: {
      vi: 'Công văn Nhà nước: <cơ quan>-<đơn vị soạn thảo>, không có chữ viết tắt tên loại; công văn Đảng: CV/<cơ quan>.',
      en: 'State công văn: <organ>-<drafting unit>, with no type abbreviation; Party công văn: CV/<organ>.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.3; Phụ lục III'), party: hd36('mục 1.3; thực tế “365-CV/ĐUK”') },
    fix: 'none',
    tags: ['so-ky-hieu', 'loai-van-ban'],
    messages: {
      stateHasType: {
        vi: 'Công văn Nhà nước không có chữ viết tắt tên loại: bỏ “{{type}}-”, ký hiệu là <cơ quan>-<đơn vị>, ví dụ “UBND-VP”.',
        en: 'A State công văn has no type abbreviation: drop “{{type}}-”; the symbol is <organ>-<unit>, e.g. “UBND-VP”.',
      },
      partyNeedsCv: {
        vi: 'Công văn Đảng có chữ viết tắt “CV”: ký hiệu là “CV/{{organ}}”.',
        en: 'A Party công văn carries “CV”: the symbol is “CV/{{organ}}”.',
      },
    },
    examples: { wrong: 'he_thong: nha_nuoc\nloai: cong_van\nky_hieu: CV-UBND', right: 'he_thong: nha_nuoc\nloai: cong_van\nky_hieu: UBND-VP' },
  },
  check({ plan, profile, report }) {
    const symbol = plan.symbol;
    if (!symbol || plan.docType !== 'cong_van') return;
    const parsed = parseSymbol(symbol.text);
    if (parsed.shape === 'unknown') return;
    if (plan.system === 'state') {
      if (parsed.type === 'CV' || allowedTypeAbbreviations(profile, 'state').includes(parsed.type)) {
        report({ messageId: 'stateHasType', data: { type: parsed.type }, path: symbol.path });
      }
    } else if (parsed.type !== 'CV') {
      report({ messageId: 'partyNeedsCv', data: { organ: plan.issuer.code?.text ?? parsed.organ }, path: symbol.path });
    }
  },
});
