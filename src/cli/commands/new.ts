// `dvk new <loai> [file]`: starts a new plan from the office's config and a skeleton of the
// type, asking only what the config does not know. Every question is also a flag.
import { newWords } from '../../plan/doc-types.js';
import type { Command } from 'commander';
import type { CommandSpec } from '../main.js';

export interface NewOptions {
  trichYeu?: string;
  heThong?: string;
  capTren?: string;
  coQuan?: string;
  vietTat?: string;
  diaDanh?: string;
  ngay?: string;
  so?: string;
  canCuLoai?: string;
  canCuSo?: string;
  canCuNgay?: string;
  canCuCoQuan?: string;
  canCuTrichYeu?: string;
  canCuCach?: string;
  yes?: boolean;
  force?: boolean;
}

export const newCommand: CommandSpec = {
  register(program, ctx, setExit) {
    const vi = ctx().lang === 'vi';
    program
      .command('new')
      .description(vi ? `tạo văn bản mới (${newWords()}) có sẵn phần đầu của cơ quan và các phần chuẩn` : `start a new document (${newWords()}) with the office header and the standard sections`)
      .argument('<loai>', vi ? `loại văn bản: ${newWords()}` : `document type: ${newWords()}`)
      .argument('[file]', vi ? 'tên tệp hoặc thư mục (mặc định: đặt tên theo loại và trích yếu)' : 'file name or folder (default: named after the type and subject)')
      .option('--trich-yeu <text>', vi ? 'trích yếu' : 'subject line')
      .option('--he-thong <he_thong>', vi ? 'nha_nuoc hoặc dang (mặc định: theo dvk.config.yaml)' : 'nha_nuoc or dang (default: from dvk.config.yaml)')
      .option('--cap-tren <ten>', vi ? 'cơ quan cấp trên (mặc định: theo cấu hình)' : 'parent organ (default: from the config)')
      .option('--co-quan <ten>', vi ? 'cơ quan ban hành (mặc định: theo cấu hình)' : 'issuing organ (default: from the config)')
      .option('--viet-tat <chu>', vi ? 'tên viết tắt của cơ quan (mặc định: theo cấu hình)' : 'organ abbreviation (default: from the config)')
      .option('--dia-danh <ten>', vi ? 'địa danh (mặc định: theo cấu hình)' : 'place name (default: from the config)')
      .option('--ngay <ngay>', vi ? 'ngày ban hành dự kiến, năm-tháng-ngày (mặc định: hôm nay)' : 'planned issue date, year-month-day (default: today)')
      .option('--so <so>', vi ? 'ghi số văn bản: chữ số, hoặc "tiep-theo" để dùng số tiếp theo dvk đề xuất (mặc định: để trống)' : 'document number: digits, or "tiep-theo" for the proposed next number (default: blank)')
      .option('--can-cu-loai <loai>', vi ? 'văn bản được triển khai: tên loại (Chỉ thị, Kế hoạch…)' : 'implemented document: its type')
      .option('--can-cu-so <so_ky_hieu>', vi ? 'văn bản được triển khai: số, ký hiệu' : 'implemented document: number and symbol')
      .option('--can-cu-ngay <ngay>', vi ? 'văn bản được triển khai: ngày' : 'implemented document: date')
      .option('--can-cu-co-quan <ten>', vi ? 'văn bản được triển khai: cơ quan ban hành' : 'implemented document: issuer')
      .option('--can-cu-trich-yeu <text>', vi ? 'văn bản được triển khai: trích yếu (“về …”)' : 'implemented document: subject (“về …”)')
      .option('--can-cu-cach <cach>', vi ? 'cách dẫn: thuc_hien (mặc định) hoặc can_cu' : 'how to cite it: thuc_hien (default) or can_cu')
      .option('-y, --yes', vi ? 'không hỏi: dùng giá trị mặc định, thiếu thông tin bắt buộc thì báo lỗi' : 'ask nothing: take defaults, fail when a required answer is missing')
      .option('--force', vi ? 'ghi đè tệp đã có' : 'overwrite an existing file')
      .action(async (loai: string, file: string | undefined, options: NewOptions, command: Command) => {
        const { runNew } = await import('../actions/new.js');
        setExit(await runNew(loai, file, options, ctx()));
        void command;
      });
  },
};
