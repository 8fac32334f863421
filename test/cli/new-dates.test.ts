// `dvk new --ngay` and `--can-cu-ngay` read a date as clerks write it, through the one dates
// module: ISO, "ngày 05 tháng 02 năm 2026" or "5/2/2026"; a day not on the calendar is refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runDvk, tempDir } from '../helpers/cli.js';

const office = ['--he-thong', 'nha_nuoc', '--cap-tren', 'Ủy ban nhân dân tỉnh Hà Nam', '--co-quan', 'Sở Khoa học và Công nghệ', '--viet-tat', 'SKHCN', '--dia-danh', 'Hà Nam', '--trich-yeu', 'Thử'];
const cited = (date: string) => ['--can-cu-loai', 'Chỉ thị', '--can-cu-so', '25-CT/TU', '--can-cu-co-quan', 'Ban Thường vụ Tỉnh ủy', '--can-cu-ngay', date];

describe('dvk new: dates as clerks write them', () => {
  it('reads the spoken and the short form and writes the plan’s ISO date', () => {
    const dir = tempDir();
    const r = runDvk(['new', 'kehoach', 'a.yaml', '-y', ...office, '--ngay', 'ngày 05 tháng 02 năm 2026', ...cited('7/1/2026')], { cwd: dir });
    expect(r.code).toBe(0);
    const plan = parse(readFileSync(join(dir, 'a.yaml'), 'utf8'));
    expect(plan.ngay).toBe('2026-02-05');
    expect(plan.can_cu[0].ngay).toBe('2026-01-07');
  });

  it('refuses a day that is not on the calendar, and a text that is not a date, with exit 2', () => {
    const dir = tempDir();
    const notOnCalendar = runDvk(['new', 'kehoach', 'b.yaml', '-y', ...office, '--ngay', '29/02/2026'], { cwd: dir });
    expect(notOnCalendar).toMatchObject({ code: 2, stderr: expect.stringContaining('ngày này không có trên lịch') });
    const notADate = runDvk(['new', 'kehoach', 'c.yaml', '-y', ...office, '--ngay', 'đầu tháng sau'], { cwd: dir });
    expect(notADate).toMatchObject({ code: 2, stderr: expect.stringContaining('“ngày 23 tháng 4 năm 2024”') });
  });
});
