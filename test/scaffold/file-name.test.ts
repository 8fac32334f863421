import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiFold, planFileName, slugify, trimSlug } from '../../src/scaffold/file-name.js';

describe('file names for new plans', () => {
  it('folds Vietnamese to ASCII, đ → d', () => {
    expect(asciiFold('Đảng ủy Đại học Thái Nguyên')).toBe('Dang uy Dai hoc Thai Nguyen');
    expect(slugify('Tổ chức “Tháng cao điểm” dân vận: năm 2026!')).toBe('to-chuc-thang-cao-diem-dan-van-nam-2026');
  });

  it('derives the name from the type and the trích yếu', () => {
    expect(planFileName('ke_hoach', 'Tổ chức các hoạt động “Tháng cao điểm” dân vận năm 2026')).toBe('ke-hoach-to-chuc-cac-hoat-dong-thang-cao-diem-dan-van-nam-2026.yaml');
    expect(planFileName('thong_bao', '')).toBe('thong-bao.yaml');
  });

  it('cuts a long subject at a word boundary', () => {
    const name = planFileName('ke_hoach', 'Triển khai thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về đẩy mạnh thực hiện phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh');
    expect(name).toBe('ke-hoach-trien-khai-thuc-hien-chi-thi-cua-ban-thuong-vu-tinh-uy-ve.yaml');
    expect(trimSlug('a'.repeat(80))).toHaveLength(60);
  });

  it('always gives a safe ASCII name (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('ke_hoach', 'huong_dan', 'bao_cao', 'thong_bao'), (subject, type) => {
        const name = planFileName(type, subject);
        expect(name).toMatch(/^[a-z]+-[a-z]+(-[a-z0-9]+)*\.yaml$/);
        expect(name.length).toBeLessThanOrEqual(9 + 1 + 60 + 5);
      }),
    );
  });
});
