// Why: offices that issue both State and Party documents copy headers between them; a
// Party-shaped symbol ("KH/SKHCN") in a State plan, or a State one ("KH-ĐU") in a Party plan,
// prints a number in the other system's form (the-thuc.md §8).
import { nd30, hd36 } from '../helpers/basis.js';
import { composeSymbol, parseSymbol } from '../helpers/number-symbol.js';
import { defineRule } from '../rule.js';

export const soKyHieuSystemMismatch = defineRule({
  meta: {
    id: 'so-ky-hieu-system-mismatch',
    title: { vi: 'Ký hiệu theo đúng hệ thống văn bản', en: "Symbol in the plan's own system" },
    description: {
      vi: 'Văn bản Nhà nước ghép ký hiệu bằng gạch nối (KH-SKHCN), văn bản Đảng bằng gạch chéo (KH/ĐU); không dùng dạng của hệ thống kia.',
      en: 'State symbols join their parts with a hyphen (KH-SKHCN), Party symbols with a slash (KH/ĐU); never the other system’s form.',
    },
    systems: ['state', 'party'],
    severity: 'error',
    basis: { state: nd30('Phụ lục I, mục II.3'), party: hd36('mục 1.3 (số và ký hiệu)') },
    fix: 'safe',
    tags: ['so-ky-hieu'],
    messages: {
      mismatch: {
        vi: 'Ký hiệu “{{value}}” có dạng của văn bản {{other}}; theo {{profile}} viết “{{expected}}”.',
        en: 'Symbol “{{value}}” has the {{other}} form; under {{profile}} write “{{expected}}”.',
      },
    },
    examples: { wrong: 'he_thong: nha_nuoc\nky_hieu: KH/SKHCN', right: 'he_thong: nha_nuoc\nky_hieu: KH-SKHCN' },
  },
  check({ plan, profile, lang, report }) {
    const symbol = plan.symbol;
    if (!symbol) return;
    const parsed = parseSymbol(symbol.text);
    if (parsed.shape === 'unknown' || parsed.shape === plan.system) return;
    // Joint Party symbols list several bodies after the slash joined by hyphens: not a mismatch.
    const expected = composeSymbol(profile, parsed.type, parsed.organ);
    const other = parsed.shape === 'party' ? (lang === 'vi' ? 'Đảng' : 'Party') : lang === 'vi' ? 'Nhà nước' : 'State';
    report({ messageId: 'mismatch', data: { value: symbol.text, other, profile: profile.ten, expected }, path: symbol.path, fix: [{ path: symbol.path, text: expected }] });
  },
});
