// `dvk rules` and `dvk explain` as a user runs them.
import { describe, expect, it } from 'vitest';
import { runDvk } from '../helpers/cli.js';

describe('dvk rules and dvk explain', () => {
  it('lists the catalog as a table and as JSON', () => {
    const table = runDvk(['rules']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Quy tắc\s+Mức độ\s+Hệ thống\s+Tự sửa\s+Mô tả/);
    expect(table.stdout).toMatch(/quyen-han-format\s+lỗi\s+Nhà nước, Đảng\s+có\s+Quyền hạn ký/);
    const json = JSON.parse(runDvk(['rules', '--format', 'json']).stdout);
    expect(json.find((r: { id: string }) => r.id === 'duplicate-so-ky-hieu')).toMatchObject({ severity: 'warning', fixable: false });
  });

  it('explains a rule in Vietnamese (English with --lang en), with basis and examples', () => {
    const r = runDvk(['explain', 'quyen-han-format']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kiểm tra gì:');
    expect(r.stdout).toContain('- Nhà nước: NĐ 30/2020/NĐ-CP, Điều 13; Phụ lục I, mục II.7.a');
    expect(r.stdout).toContain('Sai:\n    he_thong: dang\n    nguoi_ky:\n      quyen_han: T/M.');
    expect(runDvk(['explain', 'quyen-han-format', '--lang', 'en']).stdout).toContain('What it checks:');
  });

  it('suggests the closest id for an unknown rule and exits 2', () => {
    const r = runDvk(['explain', 'quyen-han-fomat']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có quy tắc “quyen-han-fomat”. Có phải ý bạn là “quyen-han-format”?');
  });
});
