// `dvk schema`: where the plan and config JSON Schemas are installed, and the modeline that
// points an editor at them (docs/editor.md).
import type { Command } from 'commander';
import type { CommandSpec } from '../main.js';

export interface SchemaOptions {
  modeline?: boolean;
  config?: boolean;
  json?: boolean;
}

export const schemaCommand: CommandSpec = {
  register(program, ctx, setExit) {
    const vi = ctx().lang === 'vi';
    program
      .command('schema')
      .description(vi ? 'in đường dẫn tới schema của kế hoạch và của cấu hình (để trình soạn thảo gợi ý và kiểm tra)' : 'print where the plan and config schemas are (for editor completion and checking)')
      .argument('[file]', vi ? 'với --modeline: tệp sẽ đặt dòng này (để tính đường dẫn tương đối)' : 'with --modeline: the file that gets the line (for a relative path)')
      .option('--modeline', vi ? 'in dòng `# yaml-language-server: $schema=…` để dán vào đầu tệp' : 'print the `# yaml-language-server: $schema=…` line to paste at the top of a file')
      .option('--config', vi ? 'với --modeline: dòng cho dvk.config.yaml' : 'with --modeline: the line for dvk.config.yaml')
      .option('--json', vi ? 'in dạng JSON' : 'print JSON')
      .action(async (file: string | undefined, options: SchemaOptions, command: Command) => {
        const { runSchema } = await import('../actions/schema.js');
        setExit(runSchema(file, options, ctx()));
        void command;
      });
  },
};
