// The clerk's first hour on a terminal (issue 12, item 7), driven through tmux as a clerk types:
// yes/no answers in Vietnamese, "already exists" before the questions, a title in the signer's
// name or a purpose in a recipient caught at once with the split form offered, and examples in
// the questions that follow the answers already given.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYesNo } from '../../src/scaffold/ask.js';
import { q } from '../../src/scaffold/questions.js';
import { localize } from '../../src/i18n/index.js';
import { runDvk, tempDir } from '../helpers/cli.js';
import { hasTmux, TmuxSession } from '../scaffold/tmux.js';

const office = ['--he-thong', 'nha_nuoc', '--co-quan', 'Sở Khoa học và Công nghệ', '--viet-tat', 'SKHCN', '--dia-danh', 'Hà Nam'];

describe('yes/no answers', () => {
  it.each(['c', 'C', 'có', 'Có', 'CÓ', 'co', 'y', 'Y', 'yes', 'đồng ý', 'ok'])('“%s” is yes', (answer) => expect(parseYesNo(answer)).toBe(true));
  it.each(['k', 'K', 'không', 'Không', 'KHÔNG', 'khong', 'ko', 'n', 'N', 'no'])('“%s” is no', (answer) => expect(parseYesNo(answer)).toBe(false));
  it.each(['', 'có lẽ', 'x', 'yep', 'kh', '1'])('“%s” is neither: asked again', (answer) => expect(parseYesNo(answer)).toBeUndefined());
});

describe('examples follow the answers already given', () => {
  const vi = (question: { message: { vi: string; en: string } }) => localize(question.message, 'vi');
  it('KT. asks for the head after it and shows a deputy as the signer', () => {
    expect(vi(q.onBehalfOf('nha_nuoc', 'ky_thay'))).toContain('“KT.” (ví dụ Giám đốc)');
    expect(vi(q.signerTitle('nha_nuoc', 'ky_thay'))).toContain('ví dụ Phó Giám đốc');
    expect(vi(q.signerTitle('nha_nuoc', 'thay_mat'))).toContain('ví dụ Chủ tịch');
    expect(vi(q.onBehalfOf('dang', 'thay_mat'))).toContain('“T/M” (ví dụ Ban Thường vụ)');
  });
  it('a State office gets State examples, a Party office Party ones', () => {
    expect(vi(q.issuer('nha_nuoc'))).toContain('Sở Khoa học và Công nghệ');
    expect(vi(q.issuer('dang'))).toContain('ví dụ Ban Dân vận;');
    expect(vi(q.parentOrgan('dang'))).toContain('ví dụ Tỉnh ủy Hà Nam');
    expect(vi(q.citedNumber('nha_nuoc'))).toContain('25/KH-UBND');
    expect(vi(q.citedNumber('dang'))).toContain('25-CT/TU');
    expect(vi(q.recipients('dang'))).not.toContain('UBND');
  });
});

describe('dvk init with flags: a title or a purpose is warned about, the answer kept', () => {
  it('names the value to write instead', () => {
    const dir = tempDir();
    const r = runDvk(['init', ...office, '--ho-ten', 'PGS.TS. Nguyễn Văn A', '--noi-nhan', 'UBND tỉnh (để báo cáo)'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--ho-ten "Nguyễn Văn A"');
    expect(r.stderr).toContain('nên ghi tên “UBND tỉnh” và đặt mục đích “báo cáo” ở `de:`');
    expect(parse(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8')).nguoi_ky.ho_ten).toBe('PGS.TS. Nguyễn Văn A');
  });
});

describe.skipIf(!hasTmux)('prompts on a terminal (tmux)', () => {
  it('a yes/no question takes “có”/“K” and asks again on anything else', async () => {
    const dir = tempDir();
    expect(runDvk(['init', ...office, '--chuc-vu', 'Giám đốc', '--ho-ten', 'Nguyễn Văn A'], { cwd: dir }).code).toBe(0);
    const session = new TmuxSession(['new', 'kehoach', 'a.yaml'], dir);
    try {
      await session.waitFor('Trích yếu của kế hoạch');
      session.type('Tổ chức hội nghị');
      await session.waitFor('triển khai một văn bản của cấp trên? (c/k)');
      session.type('có lẽ');
      await session.waitFor('Gõ c (có) hoặc k (không), rồi Enter.');
      expect(session.screen()).not.toContain('Tên loại văn bản được triển khai');
      session.type('có');
      await session.waitFor('Tên loại văn bản được triển khai');
      session.keys('C-c');
      expect(await session.exitCode()).toBe(2);
    } finally {
      session.close();
    }
    const again = new TmuxSession(['new', 'kehoach', 'b.yaml'], dir);
    try {
      await again.waitFor('Trích yếu của kế hoạch');
      again.type('Tổ chức hội nghị');
      await again.waitFor('(c/k)');
      again.type('K');
      expect(await again.exitCode()).toBe(0);
      expect(again.screen()).toContain('Không');
    } finally {
      again.close();
    }
    expect(parse(readFileSync(join(dir, 'b.yaml'), 'utf8')).can_cu).toBeUndefined();
  });

  it('“already exists” comes before the questions: a named file at once, a derived name right after the trích yếu', async () => {
    const dir = tempDir();
    expect(runDvk(['init', ...office], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'co-roi.yaml'), 'bài đang soạn\n');
    const named = new TmuxSession(['new', 'kehoach', 'co-roi.yaml'], dir);
    try {
      expect(await named.exitCode()).toBe(2);
      expect(named.screen()).toContain('Đã có tệp co-roi.yaml');
      expect(named.screen()).not.toContain('Trích yếu');
    } finally {
      named.close();
    }
    writeFileSync(join(dir, 'ke-hoach-hoi-nghi.yaml'), 'bài đang soạn\n');
    const derived = new TmuxSession(['new', 'kehoach'], dir);
    try {
      await derived.waitFor('Trích yếu của kế hoạch');
      derived.type('Hội nghị');
      expect(await derived.exitCode()).toBe(2);
      expect(derived.screen()).toContain('Đã có tệp ke-hoach-hoi-nghi.yaml');
      expect(derived.screen()).not.toContain('triển khai một văn bản');
    } finally {
      derived.close();
    }
    expect(readFileSync(join(dir, 'ke-hoach-hoi-nghi.yaml'), 'utf8')).toBe('bài đang soạn\n');
  });

  it('dvk init catches “TS.” in the name and a purpose in a recipient at once, offers the split form, and shows examples that fit KT.', async () => {
    const dir = tempDir();
    const session = new TmuxSession(['init'], dir);
    try {
      await session.waitFor('Hệ thống văn bản của cơ quan');
      session.keys('Enter'); // Nhà nước
      await session.waitFor('Cơ quan cấp trên trực tiếp (ví dụ Ủy ban nhân dân tỉnh Hà Nam');
      session.type('');
      await session.waitFor('Tên cơ quan ban hành');
      session.type('Ủy ban nhân dân xã An Bình');
      await session.waitFor('(UBND)');
      session.type('');
      await session.waitFor('Địa danh ở dòng ngày tháng');
      session.type('An Bình');
      await session.waitFor('Người ký thường ký với quyền hạn nào');
      session.keys('Down', 'Down', 'Enter'); // KT.
      await session.waitFor('ghi sau “KT.” (ví dụ Giám đốc)');
      session.type('Chủ tịch');
      await session.waitFor('Chức vụ người ký (ví dụ Phó Giám đốc');
      session.type('Phó Chủ tịch');
      await session.waitFor('Họ tên người ký');
      session.type('TS. Nguyễn Văn A');
      await session.waitFor('“TS.” là học hàm, học vị');
      await session.waitFor('Ghi “Nguyễn Văn A”? (c/k)');
      session.type(''); // default: yes
      await session.waitFor('Nơi nhận thường dùng');
      session.type('UBND huyện (để báo cáo); Các thôn');
      await session.waitFor('Ghi “UBND huyện”? (c/k)');
      session.type('c');
      await session.waitFor('Dòng lưu');
      session.type('');
      expect(await session.exitCode()).toBe(0);
    } finally {
      session.close();
    }
    const config = parse(readFileSync(join(dir, 'dvk.config.yaml'), 'utf8'));
    expect(config).toMatchObject({
      co_quan: { ten: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', viet_tat: 'UBND' },
      nguoi_ky: { quyen_han: 'ky_thay', tap_the: 'CHỦ TỊCH', chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: 'Nguyễn Văn A' },
      noi_nhan: { gui: ['UBND huyện', 'Các thôn'] },
    });
    expect(existsSync(join(dir, '.dvk', 'plan.schema.json'))).toBe(true);
  });
});
