import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countPlaceholders, yamlFolded, yamlScalar } from '../../src/scaffold/skeleton.js';

describe('YAML values in skeletons', () => {
  it.each([
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'], ['05'], ['[CẦN BỔ SUNG: đơn vị chủ trì]'], ['Lưu: VT'], ['VT, VP'], ['- a'], ['#1'], ['yes'], [''], ['“Dân vận khéo”'],
  ])('%s reads back as the same string', (value) => {
    expect(parse(`k: ${yamlScalar(value)}`, { schema: 'failsafe' }).k).toBe(value);
  });

  it('folds long text under 96 columns and reads back the same words', () => {
    const text = 'Tổ chức các hoạt động “Tháng cao điểm” thực hiện công tác dân vận nhân kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng: [CẦN BỔ SUNG] # không phải chú thích';
    const folded = yamlFolded(text, 2, 11);
    expect(folded.startsWith('>-\n')).toBe(true);
    for (const line of `trich_yeu: ${folded}`.split('\n')) expect(line.length).toBeLessThanOrEqual(96);
    expect(parse(`trich_yeu: ${folded}`, { schema: 'failsafe' }).trich_yeu).toBe(text);
  });

  it('counts the places left to write, not those in comments', () => {
    expect(countPlaceholders('a: "[CẦN BỔ SUNG: x]"\n# [CẦN BỔ SUNG: y]\nb: "[CẦN BỔ SUNG: z]"\n')).toBe(2);
  });
});
