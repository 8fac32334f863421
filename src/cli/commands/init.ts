// `dvk init [folder]`: writes dvk.config.yaml for an office, asking on a terminal; every answer
// is also a flag, and --yes takes the defaults, so scripts and CI can run it with no terminal.
import type { Command } from 'commander';
import type { CommandSpec } from '../main.js';

export interface InitOptions {
  heThong?: string;
  capTren?: string;
  coQuan?: string;
  vietTat?: string;
  diaDanh?: string;
  quyenHan?: string;
  tapThe?: string;
  chucVu?: string;
  hoTen?: string;
  noiNhan?: string[];
  luu?: string;
  theThuc?: string;
  yes?: boolean;
  force?: boolean;
  update?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const initCommand: CommandSpec = {
  register(program, ctx, setExit) {
    const vi = ctx().lang === 'vi';
    program
      .command('init')
      .description(vi ? 'tạo tệp cấu hình dvk.config.yaml cho cơ quan (hỏi từng câu, hoặc nhận câu trả lời qua tùy chọn)' : 'write dvk.config.yaml for an office (asks on a terminal, or takes every answer as a flag)')
      .argument('[folder]', vi ? 'thư mục đặt tệp cấu hình (mặc định: thư mục hiện tại)' : 'folder for the config file (default: current folder)')
      .option('--he-thong <he_thong>', vi ? 'hệ thống văn bản: nha_nuoc hoặc dang' : 'format system: nha_nuoc or dang')
      .option('--cap-tren <ten>', vi ? 'cơ quan cấp trên trực tiếp' : 'parent organ')
      .option('--co-quan <ten>', vi ? 'tên cơ quan ban hành' : 'issuing organ')
      .option('--viet-tat <chu>', vi ? 'tên viết tắt của cơ quan (dùng trong ký hiệu)' : 'organ abbreviation (used in symbols)')
      .option('--dia-danh <ten>', vi ? 'địa danh ở dòng ngày tháng' : 'place name for the date line')
      .option('--quyen-han <kieu>', vi ? 'quyền hạn ký: khong, thay_mat, ky_thay, thua_lenh, thua_uy_quyen, quyen' : 'signing authority: khong, thay_mat, ky_thay, thua_lenh, thua_uy_quyen, quyen')
      .option('--tap-the <ten>', vi ? 'tập thể / người đứng đầu sau quyền hạn ký' : 'collective or head after the authority')
      .option('--chuc-vu <chuc_vu>', vi ? 'chức vụ người ký' : 'signer title')
      .option('--ho-ten <ho_ten>', vi ? 'họ tên người ký' : 'signer name')
      .option('--noi-nhan <ten>', vi ? 'một nơi nhận thường dùng (lặp lại được, hoặc cách nhau bằng ;)' : 'a usual recipient (repeatable, or separated by ;)', collect)
      .option('--luu <dong_luu>', vi ? 'dòng lưu, ví dụ "VT, VP"' : 'archive line, e.g. "VT, VP"')
      .option('--the-thuc <id>', vi ? 'thể thức Đảng: tu-dong, dang-hd36, dang-hd05' : 'Party profile: tu-dong, dang-hd36, dang-hd05')
      .option('-y, --yes', vi ? 'không hỏi: dùng giá trị mặc định cho câu chưa trả lời' : 'ask nothing: take defaults for unanswered questions')
      .option('--force', vi ? 'ghi đè dvk.config.yaml đã có' : 'overwrite an existing dvk.config.yaml')
      .option('--update', vi ? 'chỉ cập nhật bản sao schema trong .dvk/ (sau khi nâng cấp dvk) và dòng schema ở đầu các tệp còn trỏ chỗ khác; không hỏi gì' : 'only refresh the schema copy in .dvk/ (after upgrading dvk) and the schema line of files still pointing elsewhere; asks nothing')
      .action(async (folder: string | undefined, options: InitOptions, command: Command) => {
        const { runInit } = await import('../actions/init.js');
        setExit(await runInit(folder, options, ctx()));
        void command;
      });
  },
};
