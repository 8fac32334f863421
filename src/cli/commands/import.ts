// `dvk import <file.docx|file.txt> [-o plan.yaml] [--force]`: an existing document → a plan YAML.
import type { CommandSpec } from '../main.js';

export const importCommand: CommandSpec = {
  register(program, ctx, setExit) {
    const vi = ctx().lang === 'vi';
    program
      .command('import')
      .description(vi ? 'đọc một văn bản có sẵn (.docx, .txt) và viết thành tệp kế hoạch YAML (không sửa tệp gốc)' : 'read an existing document (.docx, .txt) and write it as a plan YAML (the source is never changed)')
      .argument('<file>', vi ? 'tệp .docx hoặc .txt' : 'a .docx or .txt file')
      .option('-o, --output <file>', vi ? 'tệp YAML sẽ ghi (mặc định: cùng tên, đuôi .yaml, cạnh tệp gốc)' : 'the YAML file to write (default: same name, .yaml, beside the source)')
      .option('--force', vi ? 'cho phép ghi đè tệp YAML đã có' : 'allow overwriting an existing YAML file')
      .action(async (file: string, options: { output?: string; force?: boolean }) => {
        const { runImport } = await import('../actions/import.js');
        setExit(await runImport(file, options, ctx()));
      });
  },
};
